#pragma once

#include <QObject>

namespace relink {

// An Alt+letter (or Alt+digit) that no mnemonic or shortcut took does nothing: Qt would hand it
// to the focused field, which types the letter ("SUP-1234l"). Installed once on the
// application; menus (which answer letters themselves) and AltGr text (a different character)
// are left alone.
class AltLetterGuard : public QObject
{
    Q_OBJECT
public:
    // Installs the guard on the application, once; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace relink
