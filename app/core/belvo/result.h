#pragma once

#include "apierror.h"
#include "belvolink.h"
#include "institution.h"
#include "mfachallenge.h"
#include "widgettoken.h"

#include <QMetaType>

namespace relink {

// Why an operation ended without an answer from Belvo.
enum class Failure {
    None,
    Refused,           // bad input: nothing was sent
    Timeout,           // no complete answer within the timeout
    Tls,               // certificate or TLS handshake problem
    HostNotFound,      // DNS
    ConnectionRefused, // nothing listens there
    ConnectionClosed,  // the connection dropped mid-answer
    Malformed,         // an answer that is not what the API sends
    Oversized,         // an answer larger than the cap
    Redirect,          // the server redirected: never followed, the keys stay home
    Cancelled,         // the user cancelled
    Network,           // anything else the network stack reports
    ForeignNext,       // a list's next page is on another origin: not followed, the keys stay home
};

// The one result of one operation.
struct Result
{
    // Accepted: a 2xx without a link in it (204, an empty 202): the update went through.
    // WidgetToken: a hosted-widget access token (POST /api/token/).
    // LinksPage: a page of GET /api/links/ (page); also how a whole listing ends well (page.count:
    // Belvo's count, page.next: where more would come from when a limit stopped it, else empty).
    enum class Kind {
        Link,
        Institution,
        Connected,
        Accepted,
        Mfa,
        ApiErrors,
        Failure,
        WidgetToken,
        LinksPage
    };

    Kind kind = Kind::Failure;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    Link link;
    Institution institution;
    MfaChallenge mfa;
    WidgetToken widgetToken; // secret: its access token is never logged or recorded
    LinksPage page;
    QList<ApiError> errors;
    Failure failure = Failure::None;
    QString message;            // one translated sentence or two: what happened, what to do next
    int retryAfterSeconds = -1; // from Retry-After on 429/503

    bool isSuccess() const
    {
        return kind == Kind::Link || kind == Kind::Institution || kind == Kind::Connected ||
               kind == Kind::Accepted || kind == Kind::WidgetToken || kind == Kind::LinksPage;
    }
    QStringList requestIds() const;
};

// A failure's name in the history ("transport:<name>") and in relink-cli's JSON
// ("failure": {"kind": <name>}): none, refused, timeout, tls, dns, connection_refused,
// connection_closed, malformed, oversized, redirect, cancelled, network, foreign_next.
QString failureName(Failure failure);

// What a support agent should do about one Belvo error (translated).
QString explainApiError(const ApiError &error, int httpStatus);
// The one message for a result.
QString describeResult(const Result &result);
// A plain-language name for a link status ("valid" → "Working: …").
QString explainLinkStatus(const QString &status);

} // namespace relink

Q_DECLARE_METATYPE(relink::Result)
