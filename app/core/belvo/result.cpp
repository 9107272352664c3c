#include "result.h"

#include <QCoreApplication>

namespace relink {

QString failureName(Failure f)
{
    switch (f) {
    case Failure::None:
        return QStringLiteral("none");
    case Failure::Refused:
        return QStringLiteral("refused");
    case Failure::Timeout:
        return QStringLiteral("timeout");
    case Failure::Tls:
        return QStringLiteral("tls");
    case Failure::HostNotFound:
        return QStringLiteral("dns");
    case Failure::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case Failure::ConnectionClosed:
        return QStringLiteral("connection_closed");
    case Failure::Malformed:
        return QStringLiteral("malformed");
    case Failure::Oversized:
        return QStringLiteral("oversized");
    case Failure::Redirect:
        return QStringLiteral("redirect");
    case Failure::Cancelled:
        return QStringLiteral("cancelled");
    case Failure::Network:
        return QStringLiteral("network");
    case Failure::ForeignNext:
        return QStringLiteral("foreign_next");
    }
    return QStringLiteral("network");
}

QStringList Result::requestIds() const
{
    QStringList ids;
    for (const ApiError &e : errors) {
        if (!e.requestId.isEmpty() && !ids.contains(e.requestId))
            ids << e.requestId;
    }
    if (!mfa.requestId.isEmpty() && !ids.contains(mfa.requestId))
        ids << mfa.requestId;
    return ids;
}

QString explainApiError(const ApiError &error, int httpStatus)
{
    const QString &c = error.code;
    if (c == QLatin1StringView("invalid_link"))
        return QCoreApplication::translate("relink::Result",
                                           "The link was invalidated after several failed logins. "
                                           "Update its credentials with the customer's current "
                                           "ones.");
    if (c == QLatin1StringView("too_many_sessions"))
        return QCoreApplication::translate("relink::Result",
                                           "A session with the bank is already open for this "
                                           "link. Wait a few minutes, then try again.");
    if (c == QLatin1StringView("session_expired"))
        return QCoreApplication::translate("relink::Result",
                                           "The MFA session timed out. Start the update again.");
    if (c == QLatin1StringView("institution_down") ||
        c == QLatin1StringView("institution_unavailable"))
        return QCoreApplication::translate("relink::Result",
                                           "The bank is not answering right now. Try again later.");
    if (c == QLatin1StringView("institution_inactive"))
        return QCoreApplication::translate("relink::Result",
                                           "Belvo has deactivated this institution; the link "
                                           "cannot be updated.");
    if (c == QLatin1StringView("unsupported_operation"))
        return QCoreApplication::translate("relink::Result",
                                           "This institution does not support this operation. "
                                           "Do not retry.");
    if (c == QLatin1StringView("unconfirmed_link"))
        return QCoreApplication::translate("relink::Result",
                                           "The link's creation was never completed. The customer "
                                           "needs to create the link again.");
    if (c == QLatin1StringView("login_error") || c == QLatin1StringView("invalid_credentials"))
        return QCoreApplication::translate("relink::Result",
                                           "The bank rejected the credentials. Check them with "
                                           "the customer and try again.");
    if (c == QLatin1StringView("required") || c == QLatin1StringView("null") ||
        c == QLatin1StringView("blank"))
        return QCoreApplication::translate("relink::Result", "Fill in the field %1.")
            .arg(error.field.isEmpty() ? QStringLiteral("?") : error.field);
    if (c == QLatin1StringView("does_not_exist"))
        return QCoreApplication::translate("relink::Result",
                                           "The value of %1 is not one Belvo knows. Check it.")
            .arg(error.field.isEmpty() ? QStringLiteral("?") : error.field);
    if (c == QLatin1StringView("authentication_failed") || httpStatus == 401)
        return QCoreApplication::translate("relink::Result",
                                           "Belvo did not accept the secret keys for this "
                                           "environment. Check the keys in Settings (each "
                                           "environment has its own).");
    if (c == QLatin1StringView("access_to_resource_denied") || httpStatus == 403)
        return QCoreApplication::translate("relink::Result",
                                           "These secret keys are not allowed to do this. Ask "
                                           "your Belvo administrator for keys with access.");
    if (c == QLatin1StringView("not_found") || httpStatus == 404)
        return QCoreApplication::translate("relink::Result",
                                           "No link with this id exists in this environment. "
                                           "Check the id and that the right environment is "
                                           "selected.");
    if (c == QLatin1StringView("request_timeout") || httpStatus == 408)
        return QCoreApplication::translate("relink::Result",
                                           "Belvo timed out talking to the bank. Try again later.");
    if (httpStatus == 429)
        return QCoreApplication::translate("relink::Result",
                                           "Too many requests were sent to Belvo. Wait before "
                                           "trying again.");
    if (c == QLatin1StringView("unexpected_error") || httpStatus >= 500)
        return QCoreApplication::translate("relink::Result",
                                           "Belvo or the bank failed. Try again once or twice; "
                                           "if it keeps failing, report the request id to Belvo.");
    return QCoreApplication::translate("relink::Result",
                                       "Belvo refused the request. Check the details, and report "
                                       "the request id to Belvo if it is unclear.");
}

QString explainLinkStatus(const QString &status)
{
    if (status == QLatin1StringView("valid"))
        return QCoreApplication::translate(
            "relink::Result", "Working: Belvo can log in to the bank with the stored credentials.");
    if (status == QLatin1StringView("invalid"))
        return QCoreApplication::translate(
            "relink::Result", "Broken: the stored credentials no longer work. Update them.");
    if (status == QLatin1StringView("unconfirmed"))
        return QCoreApplication::translate("relink::Result",
                                           "Unconfirmed: the link's creation was never completed.");
    if (status == QLatin1StringView("token_required"))
        return QCoreApplication::translate(
            "relink::Result",
            "Waiting for an MFA token: update the link and complete the bank's challenge.");
    return QCoreApplication::translate("relink::Result", "Unknown status.");
}

QString describeResult(const Result &r)
{
    switch (r.kind) {
    case Result::Kind::Link:
        return QCoreApplication::translate("relink::Result", "Link %1 is now %2.")
            .arg(r.link.id, r.link.status.isEmpty() ? QStringLiteral("?") : r.link.status);
    case Result::Kind::Institution:
        return QCoreApplication::translate("relink::Result", "Institution %1 loaded.")
            .arg(r.institution.name);
    case Result::Kind::Connected:
        return QCoreApplication::translate("relink::Result",
                                           "Connected: Belvo accepted these keys.");
    case Result::Kind::Accepted:
        return QCoreApplication::translate("relink::Result",
                                           "Belvo accepted the update (HTTP %1) without "
                                           "returning the link.")
            .arg(r.httpStatus);
    case Result::Kind::WidgetToken: {
        const int seconds = r.widgetToken.expiresInSeconds;
        const int minutes = seconds / 60;
        if (seconds < 120)
            return QCoreApplication::translate(
                "relink::Result",
                "A hand-off link for the customer is ready; it works for %n "
                "second(s).",
                nullptr, seconds);
        return QCoreApplication::translate(
            "relink::Result",
            "A hand-off link for the customer is ready; it works for %n "
            "minute(s).",
            nullptr, minutes);
    }
    case Result::Kind::LinksPage:
        return QCoreApplication::translate("relink::Result",
                                           "%n link(s) match these filters in Belvo's list.",
                                           nullptr, r.page.count);
    case Result::Kind::Mfa:
        return r.mfa.hasTokenGenerationData
                   ? QCoreApplication::translate("relink::Result",
                                                 "The bank asks for an MFA token: %1")
                         .arg(r.mfa.instructions)
                   : QCoreApplication::translate("relink::Result",
                                                 "The bank asks for an MFA token. %1")
                         .arg(r.mfa.message);
    case Result::Kind::ApiErrors: {
        const ApiError first = r.errors.value(0);
        QString text = explainApiError(first, r.httpStatus);
        if (r.retryAfterSeconds >= 0)
            text += QLatin1Char(' ') +
                    QCoreApplication::translate("relink::Result",
                                                "Belvo asks to wait %n second(s) before retrying.",
                                                nullptr, r.retryAfterSeconds);
        if (r.errors.size() > 1)
            text += QLatin1Char(' ') +
                    QCoreApplication::translate("relink::Result", "(%n more error(s).)", nullptr,
                                                static_cast<int>(r.errors.size() - 1));
        return text;
    }
    case Result::Kind::Failure:
        return r.message;
    }
    return r.message;
}

} // namespace relink
