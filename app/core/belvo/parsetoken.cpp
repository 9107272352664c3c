// The hand-off's answer: POST /api/token/ (a hosted-widget access token and its lifetime).
#include "parsers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace relink::parse {

namespace {

constexpr int kDefaultWidgetTokenSeconds = 600; // Belvo: "valid for 10 minutes"
constexpr int kMaxWidgetTokenSeconds = 24 * 60 * 60;

// exp - iat of a JWT's claims (its middle part, base64url JSON); -1 when either is missing.
int jwtLifetimeSeconds(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return -1;
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    const QJsonValue exp = claims.value(QLatin1StringView("exp"));
    const QJsonValue iat = claims.value(QLatin1StringView("iat"));
    if (!exp.isDouble() || !iat.isDouble())
        return -1;
    const double seconds = exp.toDouble() - iat.toDouble();
    if (!(seconds >= 1)) // also rejects NaN
        return -1;
    return seconds > kMaxWidgetTokenSeconds ? kMaxWidgetTokenSeconds : static_cast<int>(seconds);
}

} // namespace

Parsed<WidgetToken> widgetToken(const QByteArray &body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Parsed<WidgetToken>::fail(
            QCoreApplication::translate("relink::parse", "The answer is not a JSON object."));
    const QJsonObject o = doc.object();
    const QJsonValue access = o.value(QLatin1StringView("access"));
    if (!access.isString() || access.toString().trimmed().isEmpty())
        return Parsed<WidgetToken>::fail(QCoreApplication::translate(
            "relink::parse", "The answer has no access token for the widget."));
    WidgetToken token; // the refresh token is not read: it is never kept
    token.access = access.toString().trimmed();
    const int expiresIn = expirySeconds(o.value(QLatin1StringView("expires_in")));
    const int fromJwt = jwtLifetimeSeconds(token.access);
    token.expiresInSeconds = expiresIn > 0 ? expiresIn
                             : fromJwt > 0 ? fromJwt
                                           : kDefaultWidgetTokenSeconds;
    return Parsed<WidgetToken>::ok(std::move(token));
}

} // namespace relink::parse
