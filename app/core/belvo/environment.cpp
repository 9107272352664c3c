#include "environment.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace relink {

QStringList environmentNames()
{
    return {QStringLiteral("sandbox"), QStringLiteral("development"), QStringLiteral("production")};
}

QUrl environmentBaseUrl(const QString &name)
{
    if (name == QLatin1StringView("sandbox"))
        return QUrl(QStringLiteral("https://sandbox.belvo.com"));
    if (name == QLatin1StringView("development"))
        return QUrl(QStringLiteral("https://development.belvo.com"));
    if (name == QLatin1StringView("production"))
        return QUrl(QStringLiteral("https://api.belvo.com"));
    return {};
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

Parsed<QUrl> validateBaseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty())
        return Parsed<QUrl>::fail(
            QCoreApplication::translate("relink::environment",
                                        "\"%1\" is not a valid URL. Enter it like "
                                        "https://api.example.com.")
                .arg(trimmed.left(200)));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1StringView("http")) {
        if (!isLoopbackHost(url.host()))
            return Parsed<QUrl>::fail(QCoreApplication::translate(
                "relink::environment",
                "Plain http:// would send the secret keys unencrypted; it is only allowed for "
                "this computer (127.0.0.1, ::1, localhost). Use an https:// URL."));
    } else if (scheme != QLatin1StringView("https")) {
        return Parsed<QUrl>::fail(
            QCoreApplication::translate("relink::environment",
                                        "The URL must start with https:// (it starts with \"%1\").")
                .arg(scheme.left(20)));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return Parsed<QUrl>::fail(QCoreApplication::translate(
            "relink::environment",
            "The base URL must not contain a user name, password, query or fragment."));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setScheme(scheme);
    return Parsed<QUrl>::ok(url);
}

Parsed<QUrl> resolveBaseUrl(const QString &environmentName, const QString &customUrl)
{
    if (!customUrl.trimmed().isEmpty())
        return validateBaseUrl(customUrl);
    const QString name = environmentName.isEmpty() ? QStringLiteral("sandbox") : environmentName;
    const QUrl url = environmentBaseUrl(name);
    if (url.isEmpty())
        return Parsed<QUrl>::fail(
            QCoreApplication::translate(
                "relink::environment",
                "Unknown environment \"%1\". Use sandbox, development or production, or give a "
                "base URL.")
                .arg(name.left(50)));
    return Parsed<QUrl>::ok(url);
}

QString keychainKeyFor(const QString &environmentName, const QUrl &baseUrl)
{
    // An environment's entry only for that environment's own URL: its keys never go elsewhere.
    const QUrl own = environmentBaseUrl(environmentName);
    if (!own.isEmpty() && (baseUrl.isEmpty() || baseUrl.adjusted(QUrl::StripTrailingSlash) == own))
        return environmentName;
    // A custom URL's keys belong to its whole base URL (#23), normalised: lower-case scheme and
    // host, the scheme's own port left out, no query, fragment or trailing slash.
    const QUrl u = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                                    QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    const QString scheme = u.scheme().toLower();
    const int defaultPort = scheme == QLatin1StringView("https")  ? 443
                            : scheme == QLatin1StringView("http") ? 80
                                                                  : -1;
    QString path = u.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const int port = u.port();
    return QStringLiteral("custom:") + scheme + QStringLiteral("://") +
           u.host(QUrl::FullyEncoded).toLower() +
           (port > 0 && port != defaultPort ? QStringLiteral(":") + QString::number(port)
                                            : QString()) +
           path;
}

QString environmentLabel(const QString &environmentName, const QUrl &baseUrl)
{
    if (environmentName == QLatin1StringView("demo"))
        return environmentName;
    const QString entry = keychainKeyFor(environmentName, baseUrl);
    if (!entry.startsWith(QLatin1StringView("custom:")))
        return entry;
    return QStringLiteral("custom:") + baseUrl.host();
}

} // namespace relink
