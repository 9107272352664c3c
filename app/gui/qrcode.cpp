#include "qrcode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace relink {

QImage renderQrCode(const QString &text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.size() > 2048)
        return {};
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    const int quiet = 4;
    const int size = (code->width + 2 * quiet) * moduleSize;
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                p.drawRect((x + quiet) * moduleSize, (y + quiet) * moduleSize, moduleSize,
                           moduleSize);
        }
    }
    return image;
}

QImage imageFromChallengeValue(const QString &value)
{
    QString data = value.trimmed();
    if (data.startsWith(QLatin1StringView("data:image/"))) {
        const qsizetype comma = data.indexOf(QLatin1Char(','));
        if (comma < 0)
            return {};
        data = data.mid(comma + 1);
    }
    if (data.size() < 32 || data.size() > 4 * 1024 * 1024)
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    QImage image;
    if (!image.loadFromData(*decoded))
        return {};
    return image;
}

} // namespace relink
