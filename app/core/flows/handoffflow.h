#pragma once

#include "belvoclient.h"
#include "linkwatch.h"
#include "result.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

// The hand-off: instead of the agent typing the customer's credentials, the customer fixes the
// link in Belvo's hosted widget (update mode). Relink mints a widget access token for the link
// (POST /api/token/), builds the widget's URL for the customer, then watches the link until it
// is valid again (LinkWatch), and records it all as one attempt in the history.

namespace relink {

class BelvoClient;
class HistoryService;
class Operation;

// Pure: the hosted widget's languages, its address, and the URL for one token.
QStringList widgetLocales(); // en, es, pt
// https://widget.belvo.io/; for a loopback API base (the simulator), <base>/widget/: its
// stand-in page.
QUrl widgetBaseFor(const QUrl &apiBaseUrl);
// <widgetBase>?access_token=<token, percent-encoded>&locale=<locale>; no locale parameter when
// it is not one of widgetLocales().
QUrl hostedWidgetUrl(const QUrl &widgetBase, const QString &accessToken, const QString &locale);

// How one hand-off ended.
struct HandoffOutcome
{
    enum class Kind {
        Valid,        // the link is valid again
        StillWaiting, // the deadline passed and the link was still not valid
        Cancelled,    // the agent stopped it
        TokenFailed,  // no widget token (refused, Belvo's error, network…): see result
        WatchFailed,  // the link could not be watched (401, 403, 404…): see result
        // The link was valid before any token was minted (nothing sent to anyone, nothing
        // recorded), or the watch saw it valid without ever seeing it not valid since the token
        // (not the customer's doing, as far as anyone knows: recorded "unknown", never success).
        AlreadyValid,
    };
    Kind kind = Kind::TokenFailed;
    Link link;          // as last seen (empty when never seen)
    QString lastStatus; // as last seen (empty when never seen)
    Result result;      // the last answer; never holds a widget token
    QString message;    // translated: what happened, what to do next

    bool isSuccess() const { return kind == Kind::Valid; }
    static HandoffOutcome fromWatch(const LinkWatch::Outcome &watch);
};

// The history of a hand-off, in the same words for the desktop app and relink-cli: an attempt
// with no field names; a step "TOKEN <http status>" for each token minted (the attempt becomes
// `handed_off`, or the token's failure); at the end a step "WATCH <last status>" and the
// outcome: success (valid), waiting (deadline), cancelled, or the failure's outcome.
QString handoffOutcomeName(const HandoffOutcome &outcome);
// Records the end of the watch (not for TokenFailed, whose TOKEN step says it all).
void recordHandoffEnd(HistoryService *history, const QString &attempt,
                      const HandoffOutcome &outcome);

// One hand-off, start to end: mints the token (a recorded TOKEN step), gives the URL, watches
// the link on request, records the outcome, emits finished() exactly once and deletes itself
// later. The access token lives only in memory, for the URL; the refresh token is never kept.
class HandoffFlow : public QObject
{
    Q_OBJECT
public:
    struct Context
    {
        QString environmentLabel; // environmentLabel(): "sandbox", "demo", "custom:host"…
        HistoryService *history = nullptr; // may be null: the hand-off goes ahead anyway
        QString ticket;                    // the support ticket it is done for, if any
        QString institution;               // the bank's display name, when known (recorded)
        // The pre-flight's findings (kinds) the agent confirmed to go ahead: recorded with the
        // attempt (an OVERRIDE step).
        QStringList confirmed;
    };

    // Runs on its own copy of client (the same network access manager and settings).
    HandoffFlow(BelvoClient *client, Context context, QObject *parent = nullptr);
    ~HandoffFlow() override;

    // Checks the link first (GET): already valid, finished() with AlreadyValid and nothing
    // minted or recorded; not valid, mints a token: tokenReady(), or finished() with TokenFailed
    // (a bad id or a failed check: no token, nothing recorded).
    // `checked`: the link as just read (the pre-flight's): it is not read again.
    void start(const QString &linkId, const QString &locale,
               const std::optional<Link> &checked = std::nullopt);
    // Watches again a hand-off recorded as `attempt` in an earlier run (its token is not known:
    // no URL until renew()). Call watch() next.
    void resume(const QString &linkId, const QString &attempt);
    // "New link": a fresh token (after the last one expired), another TOKEN step of the same
    // attempt. A watch running goes on at its pace. Ignored while a token is being minted.
    void renew();
    // Re-emits tokenReady() with the URL in that locale and the current token's remaining
    // seconds (no new token).
    void setLocale(const QString &locale);
    // Starts watching the link (LinkWatch) until the deadline; again: a new deadline only.
    void watch(QDeadlineTimer deadline);
    // Stops all; records the end (cancelled) once.
    void cancel();

    bool isFinished() const { return m_finished; }
    bool isMinting() const { return m_minting; }
    bool isChecking() const { return m_checking; }
    QString linkId() const { return m_linkId; }
    // The customer's URL while its token lives (empty otherwise: expired, never known).
    QUrl currentUrl() const;
    int tokenSecondsLeft() const;
    QString locale() const { return m_locale; }
    Link link() const { return m_link; }
    QString lastStatus() const { return m_lastStatus; }
    QString attempt() const { return m_attempt; }

signals:
    void tokenReady(const QUrl &url, int expiresInSeconds);
    // Every answer of the watch, with when it arrived.
    void checked(const relink::Result &result, const QDateTime &at);
    // renew() got no token while the watch goes on (the flow is not over): why, and Belvo's
    // answer (its request id). New link can be tried again.
    void renewFailed(const QString &message, const relink::Result &result);
    void finished(const relink::HandoffOutcome &outcome);

private:
    void mint();
    void onChecked0(const Result &result);
    void onToken(const Result &result);
    void onChecked(const Result &result, const QDateTime &at);
    void onWatchFinished(const LinkWatch::Outcome &watch);
    void stopMinting();
    void stopWatching();
    void begin();
    void recordToken(const Result &result);
    HandoffOutcome outcome(HandoffOutcome::Kind kind, const Result &result,
                           const QString &message) const;
    void finish(const HandoffOutcome &outcome);
    QUrl url() const;

    BelvoClient *m_client; // the flow's own
    Context m_context;
    QString m_linkId;
    QString m_locale;
    QString m_accessToken; // secret: only for the URL
    QDeadlineTimer m_tokenExpiry;
    QPointer<Operation> m_minting;
    QPointer<Operation> m_checking; // the first GET, before anything is minted
    LinkWatch *m_watch = nullptr;
    Link m_link; // as last seen by the watch
    QString m_lastStatus;
    QString m_attempt; // its key in the history
    bool m_started = false;
    bool m_refused = false;
    bool m_finished = false;
    bool m_sawNotValid = false; // since the (first) token: the watch saw the link not valid
};

} // namespace relink

Q_DECLARE_METATYPE(relink::HandoffOutcome)
