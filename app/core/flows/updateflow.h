#pragma once

#include "credentials.h"
#include "historyvocabulary.h"
#include "result.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace relink {

class BelvoClient;
class HistoryService;
class Operation;

// The steps of an update as the history records them.
// The flow's steps are the history's: Put, Patch, Get, Cancel, Expired.
using FlowStep = HistoryStep;

// How one update ended. Each kind has one meaning for every face (exit code, headline).
struct UpdateOutcome
{
    enum class Kind {
        Updated,        // the link came back (result.link); also a 2xx read back with GET
        Accepted,       // Belvo accepted it (2xx without a link) but the link could not be read
        MfaPending,     // a challenge nobody answered (no token source, or no input possible)
        SessionExpired, // the bank's MFA session ran out (session_expired, or the countdown)
        RateLimited,    // 429: wait retryAfterSeconds (-1: Belvo did not say)
        AuthFailed,     // 401/403: the API keys
        NotFound,       // 404: the link
        Rejected,       // any other 4xx (the bank's login error, bad fields…)
        Failed,         // 5xx, network, TLS, timeout, malformed or oversized answer
        Refused,        // bad input: nothing was sent
        Cancelled,      // the user stopped it
    };

    Kind kind = Kind::Failed;
    Result result;              // the last answer (the link, the errors, the failure)
    MfaChallenge challenge;     // MfaPending: the challenge to resume later
    int retryAfterSeconds = -1; // from Retry-After, on 429 and 503
    QString message;            // one translated message: what happened, what to do next
    bool isSuccess() const { return kind == Kind::Updated || kind == Kind::Accepted; }

    // The outcome of one final answer (a `get`, a `resume`, or the last step of a flow).
    static UpdateOutcome from(const Result &result);
};

// Pure: what a final answer means. Used by the flow and by one-shot operations (resume, get).
UpdateOutcome::Kind classifyResult(const Result &result);
bool isSessionExpired(const Result &result);

// What the flow asks of its face when the bank wants an MFA token. The GUI's MFA dialog and the
// CLI's prompt implement it; neither runs the loop. They answer through UpdateFlow::submitToken()
// (std::nullopt: the bank expects no input) or UpdateFlow::cancel(), now or later.
class TokenSource
{
public:
    virtual ~TokenSource() = default;
    // notice: empty for a new challenge; else why it is asked again (token not accepted, a
    // network problem while sending it…), translated.
    virtual void tokenNeeded(const MfaChallenge &challenge, const QString &notice) = 0;
};

// One credentials update from start to end: validates, sends PUT, walks the bank's MFA
// challenge through its TokenSource, reads back a link Belvo accepted without returning it,
// records every step in the history, and emits finished() exactly once. Deletes itself later.
class UpdateFlow : public QObject
{
    Q_OBJECT
public:
    struct Context
    {
        QString environmentLabel; // environmentLabel(): "sandbox", "demo", "custom:host"…
        QString institution;      // when known (recorded in the history)
        HistoryService *history = nullptr; // may be null: the update goes ahead anyway
        QString ticket;                    // the support ticket it is done for, if any
        // The pre-flight's findings (kinds) the agent confirmed to go ahead: recorded with the
        // attempt (an OVERRIDE step).
        QStringList confirmed;
    };

    // Runs on its own copy of client (the same network access manager and settings), so a
    // client the app replaces meanwhile (other keys, a new timeout) can't strand it.
    UpdateFlow(BelvoClient *client, Context context, QObject *parent = nullptr);
    ~UpdateFlow() override;

    // Without a token source a challenge ends the flow as MfaPending.
    void setTokenSource(TokenSource *source) { m_tokenSource = source; }

    // PUT /api/links/{id}/ with the filled-in fields.
    void start(const QString &linkId, const UpdateFields &fields);
    // Finishes an MFA session started elsewhere (relink-cli resume): one PATCH, no loop.
    void resume(const QString &linkId, const QString &session, const std::optional<QString> &token);

    void submitToken(const std::optional<QString> &token);
    // No token will come (end of input): ends as MfaPending, the session left to resume later.
    void leaveUnanswered();
    bool isWaitingForToken() const { return m_waiting; }
    bool isFinished() const { return m_finished; }
    MfaChallenge challenge() const { return m_challenge; }
    // When the bank's MFA session ends (forever when it did not say).
    QDeadlineTimer deadline() const { return m_deadline; }

public slots:
    void cancel();

signals:
    // A step is on the wire (for busy indicators).
    void stepStarted(relink::FlowStep step);
    void finished(const relink::UpdateOutcome &outcome);

private:
    void refuseLater(const QString &problem); // bad input: ends the flow, nothing sent
    void run(FlowStep step, Operation *operation);
    void onAnswer(FlowStep step, const Result &result);
    void askForToken(const QString &notice);
    void readBack(const Result &accepted);
    void onChallengeExpired();
    void begin(const QStringList &fieldNames);
    void record(FlowStep step, const Result &result, bool keepOutcome = false);
    void finish(UpdateOutcome outcome);
    void finishWith(const Result &result);

    BelvoClient *m_client; // the flow's own: settings changed meanwhile don't touch it
    Context m_context;
    TokenSource *m_tokenSource = nullptr;
    QString m_linkId;
    MfaChallenge m_challenge;
    QPointer<Operation> m_running;
    QTimer m_expiry;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever}; // the challenge's, for a late re-ask
    Result m_accepted;      // a 2xx without the link, while it is read back
    QString m_attempt;      // its key in the history
    bool m_oneShot = false; // resume(): the answer ends the flow, whatever it is
    bool m_waiting = false;
    bool m_finished = false;
};

} // namespace relink

Q_DECLARE_METATYPE(relink::UpdateOutcome)
