#include "secretclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

#include <climits>

namespace relink {

SecretClipboard *SecretClipboard::instance()
{
    static SecretClipboard *clipboard = new SecretClipboard(qApp);
    return clipboard;
}

void SecretClipboard::copy(const QString &text, qint64 forgetAfterMs)
{
    auto *data = new QMimeData;
    data->setText(text);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
    if (forgetAfterMs > 0)
        QTimer::singleShot(static_cast<int>(qMin<qint64>(forgetAfterMs, INT_MAX)), this,
                           [this, text] { forget(text); });
}

void SecretClipboard::forget(const QString &text)
{
    if (text.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == text)
        clipboard->clear();
}

} // namespace relink
