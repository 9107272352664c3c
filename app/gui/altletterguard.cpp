#include "altletterguard.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMenuBar>

namespace relink {

void AltLetterGuard::install()
{
    static AltLetterGuard *guard = nullptr;
    if (guard || !qApp)
        return;
    guard = new AltLetterGuard(qApp);
    qApp->installEventFilter(guard);
}

bool AltLetterGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    const bool letter = (key->key() >= Qt::Key_A && key->key() <= Qt::Key_Z) ||
                        (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9);
    if (mods != Qt::AltModifier || !letter)
        return false;
    if (qobject_cast<QMenu *>(watched) || qobject_cast<QMenuBar *>(watched))
        return false;
    // AltGr on some systems reports Alt: its text is another character, which is typed.
    const QString text = key->text();
    if (!text.isEmpty() && text.at(0).toUpper().unicode() != ushort(key->key()))
        return false;
    return true; // reached no target: nothing happens
}

} // namespace relink
