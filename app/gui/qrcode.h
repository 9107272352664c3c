#pragma once

#include <QImage>
#include <QString>

namespace relink {

// The QR code of `text` (libqrencode), `moduleSize` pixels a module, with a quiet zone; a null
// image when the text cannot be encoded.
QImage renderQrCode(const QString &text, int moduleSize = 6);

// When a challenge value is itself an image (a data: URI or base64 of PNG/JPEG), that image.
QImage imageFromChallengeValue(const QString &value);

} // namespace relink
