#pragma once

// Drives the real main window as a user would: widgets found by objectName, QTest input.
#include "belvosimulator.h"
#include "linkstablemodel.h"
#include "linkswindow.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
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

// The main window on a simulator of its own, with the demo keys for this session only (a custom
// base URL), shown: where the desk's window tests start. Settings are the test mode's, the
// history a file in the test's folder.
struct SimulatedDesk
{
    BelvoSimulator *sim = nullptr;
    Workspace *workspace = nullptr;
    MainWindow *window = nullptr;

    static void isolate(const QTemporaryDir &dir)
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qputenv("RELINK_HISTORY_DB", dir.filePath("history.sqlite").toLocal8Bit());
    }
    bool open()
    {
        sim = new BelvoSimulator;
        if (!sim->listen())
            return false;
        workspace = new Workspace;
        window = new MainWindow(workspace);
        workspace->setEnvironment("custom");
        workspace->setCustomUrl(sim->baseUrl().toString());
        workspace->setSessionKeys(workspace->keyEntry(), {BelvoSimulator::kDemoSecretId,
                                                          BelvoSimulator::kDemoSecretPassword});
        window->show();
        return QTest::qWaitForWindowExposed(window);
    }
    // File › Links needing attention: the queue shown and its first page listed (null: not).
    LinksWindow *openLinks() const
    {
        window->findChild<QAction *>(QStringLiteral("linksAction"))->trigger();
        auto *w = window->findChild<LinksWindow *>();
        if (!w || !QTest::qWaitFor([w] { return w->isVisible(); }, 5'000))
            return nullptr;
        if (!QTest::qWaitFor([w] { return !w->model()->isLoading(); }, 10'000))
            return nullptr;
        return w;
    }
    // The row of `linkId` in the queue's model, -1 when it is not listed.
    static int rowOf(LinksWindow *w, const QString &linkId)
    {
        for (int row = 0; row < w->model()->rowCount(); ++row) {
            if (w->model()->link(row).id == linkId)
                return row;
        }
        return -1;
    }
    void close()
    {
        delete std::exchange(window, nullptr);
        delete std::exchange(workspace, nullptr);
        delete std::exchange(sim, nullptr);
        QSettings().clear();
    }
};

} // namespace relink::test
