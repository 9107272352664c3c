#pragma once

#include "belvolink.h"
#include "historyentry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relink {

// What the pre-flight found before an update or a hand-off: each finding says what is the case
// and what to do. A Note is shown; a Confirm asks the agent to confirm before Update or Send
// (the history then records the override: who, which findings).
struct PreflightFinding
{
    enum class Severity { Note, Confirm };
    // The kinds, as relink-cli's JSON names them: institution_down, login_errors, open_handoff,
    // claimed, already_valid, last_attempt, not_checked.
    QString kind;
    Severity severity = Severity::Note;
    QString message; // translated: what is the case, what to do
};

// Which findings ask for confirmation (Settings: shared with relink-cli).
struct PreflightPolicy
{
    bool confirmBankDown = true;
    int loginErrorsToConfirm = 2; // login errors in 24 h from which to confirm; 0: never
    bool confirmOpenHandoff = true;
    bool confirmClaimed = true;

    static PreflightPolicy fromSettings();
};

// One recorded attempt as the pre-flight tells it: who, when, what came of it.
struct PreflightAttempt
{
    QString agent;
    QDateTime at; // UTC
    QString outcome;
};

// What the pre-flight gathered; a part that could not be checked says why (translated).
struct PreflightFacts
{
    QString linkId;
    std::optional<Link> link; // GET /api/links/{id}/
    QString linkProblem;

    QString institution;            // the bank's code
    QString institutionDisplayName; // empty: not known
    QString institutionStatus;      // "healthy", "down"; empty: not known
    QDateTime institutionCheckedAt; // when Belvo said so (the cache's time)
    QString institutionProblem;

    bool historyRead = false;
    QString historyProblem;
    QList<PreflightAttempt> loginErrors;         // this link's, in the last 24 h, oldest first
    std::optional<PreflightAttempt> openHandoff; // its token not expired
    QDateTime openHandoffUntil;
    std::optional<PreflightAttempt> lastAttempt;
    LinkClaim claimedBy;  // a colleague's claim in force on the link (invalid: nobody else's)
    QString claimProblem; // why who is on the link could not be checked, when it could not

    // Login errors, the open hand-off and the last attempt from this link's recorded attempts
    // (any order) in `environment`, as of `now`.
    void readHistory(const QList<HistoryEntry> &entries, const QString &environment,
                     const QDateTime &now);
};

// The findings for these facts, most serious first. Pure: tests and relink-cli call it.
QList<PreflightFinding> preflightFindings(const PreflightFacts &facts,
                                          const PreflightPolicy &policy);
bool needsConfirmation(const QList<PreflightFinding> &findings);
QString severityName(PreflightFinding::Severity severity); // "note", "confirm"

// A recorded outcome in words: "updated", "Belvo's error login_error", "sent to the customer".
QString describeAttemptOutcome(const QString &outcome);
// The outcomes the history records for a login the bank refused.
bool isLoginErrorOutcome(const QString &outcome);

} // namespace relink
