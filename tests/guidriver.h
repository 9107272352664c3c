#pragma once

// Drives the real main window as a user would: widgets found by objectName, QTest input.
#include "mainwindow.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTest>

namespace relink::test {

struct GuiDriver
{
    QWidget *root;

    template<typename T = QWidget> T *find(const char *name, QWidget *in = nullptr) const
    {
        return (in ? in : root)->findChild<T *>(QString::fromLatin1(name));
    }
    QString text(const char *name, QWidget *in = nullptr) const
    {
        QLabel *l = find<QLabel>(name, in);
        return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1StringView(name));
    }
    void click(const char *name, QWidget *in = nullptr) const
    {
        QTest::mouseClick(find<QAbstractButton>(name, in), Qt::LeftButton);
    }
    void type(const char *name, const QString &value, QWidget *in = nullptr) const
    {
        QLineEdit *edit = find<QLineEdit>(name, in);
        edit->clear();
        QTest::keyClicks(edit, value);
    }
    // Nothing running: no Cancel to press (the busy bar hides while the MFA dialog has its own).
    bool idle() const { return !find<QAbstractButton>("cancelButton")->isVisible(); }
};

} // namespace relink::test
