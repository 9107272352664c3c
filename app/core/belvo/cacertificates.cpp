#include "cacertificates.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace relink {

Parsed<QList<QSslCertificate>> readCaCertificates(const QString &path)
{
    using Result = Parsed<QList<QSslCertificate>>;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return Result::fail(
            QCoreApplication::translate("relink::cacertificates",
                                        "Cannot read the CA certificate file %1. Check the path "
                                        "and that you may read it.")
                .arg(path));
    if (info.size() > kMaxCaFileBytes)
        return Result::fail(
            QCoreApplication::translate("relink::cacertificates",
                                        "The file %1 is too large to be a CA certificate file (%2 "
                                        "bytes; at most %3). Choose the CA certificate your IT "
                                        "team gave you.")
                .arg(path)
                .arg(info.size())
                .arg(kMaxCaFileBytes));
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.read(kMaxCaFileBytes + 1), QSsl::Pem);
    if (certificates.isEmpty())
        return Result::fail(
            QCoreApplication::translate("relink::cacertificates",
                                        "The file %1 holds no PEM certificate (text starting with "
                                        "“-----BEGIN CERTIFICATE-----”). Choose the CA "
                                        "certificate your IT team gave you, in PEM format.")
                .arg(path));
    return Result::ok(certificates);
}

} // namespace relink
