#pragma once

#include "preflightfindings.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace relink {

class BelvoClient;
class HistoryService;
class Operation;
struct HistoryRead;

// The bank's health as Belvo last said it (GET /api/institutions/?name=…), per environment
// and bank, kept for 5 minutes: every pre-flight of this process shares it.
class InstitutionHealthCache
{
public:
    struct Entry
    {
        QString displayName;
        QString status; // "healthy", "down"
        QDateTime checkedAt;
    };
    static constexpr int kLifetimeSeconds = 5 * 60;

    static InstitutionHealthCache &shared();
    // What is known and younger than 5 minutes at `now`.
    std::optional<Entry> find(const QString &environment, const QString &bank,
                              const QDateTime &now) const;
    void store(const QString &environment, const QString &bank, const Entry &entry);
    void clear() { m_entries.clear(); }

private:
    QHash<QString, Entry> m_entries;
};

// What one pre-flight found: the facts gathered and the findings they give.
struct PreflightReport
{
    PreflightFacts facts;
    QList<PreflightFinding> findings;
    Result linkRead; // Belvo's answer to the link's GET (httpStatus 0: none came)

    bool needsConfirmation() const { return relink::needsConfirmation(findings); }
};

// Before an update or a hand-off, once, for both faces: the link (GET /api/links/{id}/), the
// bank's health (cached), and this link's recent attempts in the history (login errors, an open
// hand-off, the last attempt), gathered in parallel, each part with its own timeout. A part that
// can't be checked never blocks: it becomes a note. finished() comes exactly once.
class Preflight : public QObject
{
    Q_OBJECT
public:
    struct Context
    {
        QString environmentLabel;
        HistoryService *history = nullptr; // none: the history's part is a note
        PreflightPolicy policy;
        int historyTimeoutMs = 5000;
        QString noHistoryReason; // without a history: why (translated); empty: none is kept
        // Where the bank's health is kept: the process's (shared()) when null. relink-cli
        // gives each run its own.
        InstitutionHealthCache *healthCache = nullptr;
        // Who runs it (currentAgent()): their own claim on the link is not a finding. With
        // `claim`, checking the link claims it for them (HistoryService::readLink()) with
        // `ticket`; a colleague's claim in force is left as it is and becomes a finding.
        QString agent;
        QString ticket;
        bool claim = false;
    };
    Preflight(BelvoClient *client, Context context, QObject *parent = nullptr);

    // `institution`: the bank's code when already known (its health is then asked at once,
    // beside the link); otherwise it comes from the link.
    void start(const QString &linkId, const QString &institution = {});
    // The desktop app reads the link and its bank itself (its form needs both): the pre-flight
    // then sends nothing to Belvo. It reads the history (and claims the link) at once, and takes
    // the window's two answers as they come: supplyLink() with the link's GET, then
    // supplyInstitution() with its bank's (asked only when the link was read and the bank's
    // health is not cached).
    void startWithoutBelvo(const QString &linkId);
    void supplyLink(const Result &result);
    void supplyInstitution(const Result &result);
    // Stops what is running; finished() then comes with what was gathered.
    void cancel();
    bool isFinished() const { return m_finished; }

signals:
    void finished(const relink::PreflightReport &report);

private:
    void startHistory(const QString &linkId); // the history's part, and the facts anew
    void onLink(const Result &result);
    void askInstitution(const QString &bank);
    void onInstitution(const QString &bank, const Result &result);
    void onHistory(const HistoryRead &read);
    void onHistoryTimeout();
    void historyGivenUp(const QString &why);
    void done(); // one part less; the report once none is left
    InstitutionHealthCache &healthCache() const
    {
        return m_context.healthCache ? *m_context.healthCache : InstitutionHealthCache::shared();
    }

    QPointer<BelvoClient> m_client;
    Context m_context;
    PreflightFacts m_facts;
    Result m_linkRead;
    QPointer<Operation> m_linkOp;
    QPointer<Operation> m_institutionOp;
    QTimer m_historyTimer;
    QString m_askedInstitution;
    int m_pending = 0;
    bool m_supplied = false;           // startWithoutBelvo(): Belvo's answers come from outside
    bool m_linkPending = false;        // supplied: the link's answer still to come
    bool m_institutionPending = false; // supplied: the bank's answer still to come
    bool m_historyPending = false;
    bool m_finished = false;
};

} // namespace relink

Q_DECLARE_METATYPE(relink::PreflightReport)
