#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace relink {

// How to reach Belvo: the base URL, the keys, the limits.
struct ClientConfig
{
    QUrl baseUrl;            // validated with validateBaseUrl()
    QString secretId;        // secret: never logged
    QString secretPassword;  // secret: never logged
    int timeoutMs = 120'000; // bank logins are slow
    qint64 maxResponseBytes = 8 * 1024 * 1024;
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system's
};

} // namespace relink
