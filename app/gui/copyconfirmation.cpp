#include "copyconfirmation.h"

#include "accessibility.h"
#include "mnemonics.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QPointer>
#include <QTimer>

namespace relink {

namespace {

const char *const kOwnText = "relinkCopyOwnText";

void confirm(QAbstractButton *button, QLabel *status, const QString &what)
{
    if (!button)
        return;
    if (!button->property(kOwnText).isValid())
        button->setProperty(kOwnText, button->text());
    setButtonText(button, QCoreApplication::translate("relink::CopyConfirmation", "Copied"));
    if (status) {
        status->setText(what);
        status->setVisible(true);
        announce(status, what);
    } else {
        announce(button, what);
    }
    auto *timer = button->findChild<QTimer *>(QStringLiteral("copyConfirmationTimer"),
                                              Qt::FindDirectChildrenOnly);
    if (!timer) {
        timer = new QTimer(button);
        timer->setObjectName(QStringLiteral("copyConfirmationTimer"));
        timer->setSingleShot(true);
    }
    timer->disconnect();
    QPointer<QLabel> shown = status;
    QObject::connect(timer, &QTimer::timeout, button, [button, shown, what] {
        const QVariant own = button->property(kOwnText);
        button->setProperty(kOwnText, QVariant());
        if (own.isValid())
            setButtonText(button, own.toString());
        if (shown && shown->text() == what) {
            shown->clear();
            shown->setVisible(false);
        }
    });
    timer->start(kCopyConfirmationMs);
}

} // namespace

void copyWithConfirmation(QAbstractButton *button, QLabel *status, const QString &text,
                          const QString &what)
{
    QGuiApplication::clipboard()->setText(text);
    confirm(button, status, what);
}

void copyWithConfirmation(QAbstractButton *button, QLabel *status, const QImage &image,
                          const QString &what)
{
    QGuiApplication::clipboard()->setImage(image);
    confirm(button, status, what);
}

} // namespace relink
