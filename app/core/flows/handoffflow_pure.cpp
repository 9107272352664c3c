// The hand-off's pure parts: the hosted widget's URL, a watch's outcome and its name in the
// history (tests call them directly).
#include "handoffflow.h"

#include "environment.h"
#include "historyservice.h"
#include "updateflow.h"

namespace relink {

QStringList widgetLocales()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt")};
}

QUrl widgetBaseFor(const QUrl &apiBaseUrl)
{
    if (!isLoopbackHost(apiBaseUrl.host()))
        return QUrl(QStringLiteral("https://widget.belvo.io/"));
    QUrl url = apiBaseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo |
                                   QUrl::StripTrailingSlash);
    url.setPath(url.path() + QStringLiteral("/widget/"));
    return url;
}

QUrl hostedWidgetUrl(const QUrl &widgetBase, const QString &accessToken, const QString &locale)
{
    // Everything but unreserved characters is escaped: a '+', '&' or '=' in a token can't change
    // what the widget reads.
    QString query =
        QStringLiteral("access_token=") + QString::fromLatin1(QUrl::toPercentEncoding(accessToken));
    if (widgetLocales().contains(locale))
        query += QStringLiteral("&locale=") + locale;
    QUrl url = widgetBase;
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

HandoffOutcome HandoffOutcome::fromWatch(const LinkWatch::Outcome &watch)
{
    HandoffOutcome o;
    switch (watch.kind) {
    case LinkWatch::Outcome::Kind::Valid:
        o.kind = Kind::Valid;
        break;
    case LinkWatch::Outcome::Kind::Deadline:
        o.kind = Kind::StillWaiting;
        break;
    case LinkWatch::Outcome::Kind::Cancelled:
        o.kind = Kind::Cancelled;
        break;
    case LinkWatch::Outcome::Kind::Failed:
        o.kind = Kind::WatchFailed;
        break;
    }
    o.link = watch.link;
    o.lastStatus = watch.lastStatus;
    o.result = watch.result;
    o.message = watch.message;
    return o;
}

QString handoffOutcomeName(const HandoffOutcome &o)
{
    switch (o.kind) {
    case HandoffOutcome::Kind::Valid:
        return historyOutcomeName(HistoryOutcome::Success);
    case HandoffOutcome::Kind::StillWaiting:
        return historyOutcomeName(HistoryOutcome::Waiting);
    case HandoffOutcome::Kind::Cancelled:
        return historyOutcomeName(HistoryOutcome::Cancelled);
    case HandoffOutcome::Kind::AlreadyValid:
        return historyOutcomeName(HistoryOutcome::Unknown);
    case HandoffOutcome::Kind::TokenFailed:
    case HandoffOutcome::Kind::WatchFailed:
        break;
    }
    return historyOutcomeOf(o.result);
}

void recordHandoffEnd(HistoryService *history, const QString &attempt, const HandoffOutcome &o)
{
    if (!history || attempt.isEmpty() || o.kind == HandoffOutcome::Kind::TokenFailed)
        return;
    Result last = o.result;
    last.widgetToken = {};
    history->watchEnded(attempt, handoffOutcomeName(o), o.lastStatus, last);
}

} // namespace relink
