#pragma once

#include "parsed.h"

#include <QList>
#include <QSslCertificate>

namespace relink {

// Limits what is read as a CA file: a bundle of every public root is about 200 KiB.
constexpr qint64 kMaxCaFileBytes = 4 * 1024 * 1024;

// Reads the CA certificates (PEM) that a network which inspects TLS needs trusted in addition to
// the system's: at least one, or a message saying what is wrong with the file and what to do.
Parsed<QList<QSslCertificate>> readCaCertificates(const QString &path);

} // namespace relink
