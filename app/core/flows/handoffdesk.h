#pragma once

#include "handoffflow.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace relink {

class BelvoClient;
class HistoryService;

// One hand-off as the desk keeps it: what the Waiting for customers list shows.
struct WaitingHandoff
{
    enum class State {
        Minting,  // its customer's link is being made
        Waiting,  // the customer has a link; the watch goes on
        Restored, // from an earlier run: watched again, its link can't be copied again
        Valid,    // the customer updated it (seen not valid, then valid)
        Ended,    // the watch ran out or failed: see message
    };
    QString linkId;
    QString environment; // environmentLabel()
    QString bank;        // display name, when known
    QString externalId;
    QString ticket;
    QString agent;
    QString locale; // the language of the customer's page, as last made; empty: not known
    // Where its hand-off went, keys and all: a New link for it goes there too, whatever the
    // window is on now.
    QPointer<BelvoClient> client;
    HandoffFlow::Context context;
    State state = State::Minting;
    QString lastStatus; // as last seen; empty: not yet
    QDateTime lastSeenAt;
    QDeadlineTimer tokenExpiry; // restored: estimated from when the attempt began
    QDateTime validAt;
    QString message; // translated: why it ended (Ended)
    QPointer<HandoffFlow> flow;

    bool isOpen() const { return state != State::Valid && state != State::Ended; }
};

// The desk's hand-offs: every HandoffFlow of the desktop app lives here, not in a view, so the
// agent goes on with other links while customers work, and closing a hand-off's view never
// stops its watch. One open hand-off per link: sending again gives the same flow (the same
// URL while its token lives), never a second token. After a restart the open hand-offs in the
// history whose tokens may still live are watched again (restore()). While a hand-off of this
// agent's is open its link stays claimed for them (#25: colleagues see who is on it): claimed
// when its customer's link is ready (or its watch is restored), renewed every 4 minutes while
// that link works; then, or once the hand-off ends, the claim lapses by itself within 10 minutes
// (the form may still hold the link: it is not released).
class HandoffDesk : public QObject
{
    Q_OBJECT
public:
    // How long a link is watched after its token expires: a customer who opened it in time may
    // still be typing.
    static constexpr int kWatchGraceSeconds = 15 * 60;
    // Belvo's widget tokens live 10 minutes.
    static constexpr int kTokenLifetimeSeconds = 10 * 60;
    // An open hand-off's claim: taken for 10 minutes, renewed this often.
    static constexpr int kClaimSeconds = 10 * 60;
    static constexpr int kClaimRenewalMs = 4 * 60 * 1000;

    explicit HandoffDesk(QObject *parent = nullptr);
    ~HandoffDesk() override;

    // The open hand-off of this link (null: none).
    HandoffFlow *flowFor(const QString &linkId) const;
    // A new hand-off of `linkId` (call its start() after connecting): the flow, owned here.
    // There must be no open one (flowFor()).
    HandoffFlow *create(BelvoClient *client, const HandoffFlow::Context &context,
                        const QString &linkId);
    // Reads the history (on its thread) and watches again the open hand-offs of `environment`
    // whose tokens have not expired. `done` (optional) when the read is back.
    void restore(HistoryService *history, BelvoClient *client, const QString &environment,
                 std::function<void()> done = {});
    // A fresh token for the row's hand-off (an ended row: a new hand-off of the same link, where
    // the first went, in the language its customer had, else `locale`). False: nothing sent
    // (no such row, or its client is gone).
    bool renew(const QString &linkId, const QString &locale = QStringLiteral("en"));
    // Stops watching (recorded cancelled) and removes the row.
    void stop(const QString &linkId);

    int count() const { return static_cast<int>(m_rows.size()); }
    const WaitingHandoff &at(int row) const { return m_rows.at(row); }
    int rowOf(const QString &linkId) const;
    // Tests: renew the open hand-offs' claims this often.
    void setClaimRenewalInterval(int ms);

signals:
    void rowAdded(int row);
    void rowChanged(int row);
    void rowRemoved(int row);
    // A watched link turned valid: the customer updated it (the history has it as success).
    void linkValid(const QString &linkId, const relink::Result &result);

private:
    void adopt(HandoffFlow *flow, WaitingHandoff row);
    void onTokenReady(HandoffFlow *flow, int expiresInSeconds);
    void onChecked(HandoffFlow *flow, const Result &result, const QDateTime &at);
    void onFinished(HandoffFlow *flow, const HandoffOutcome &outcome);
    int rowOf(const HandoffFlow *flow) const;
    void removeRow(int row);
    // Claims (or renews) the link of this agent's open hand-off in row `i`.
    void claim(int i);

    QList<WaitingHandoff> m_rows;
    QTimer *m_claimRenewal;
};

} // namespace relink
