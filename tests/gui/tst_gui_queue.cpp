// The queue beside the form (issue #24): Links needing attention is a dock of the main window,
// never over the form; a row opened with the keyboard puts focus in the form, where the next
// keystroke belongs; the search box matches link id, external id and bank (code or display
// name); the bank filter takes the display name; columns sort with the indicator shown; the
// external id stays in the form; the dock is remembered. Against the simulator on 127.0.0.1.
#include "guidriver.h"
#include "testsupport.h"

#include "linksfiltermodel.h"
#include "linkstablemodel.h"
#include "linkswindow.h"
#include "mainwindow.h"
#include "settings.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QUrlQuery>

using namespace relink;
using namespace relink::test;

class TestQueueGui : public QObject, public GuiDriver
{
    Q_OBJECT

public:
    TestQueueGui() : GuiDriver{nullptr} {}

private:
    SimulatedDesk m_desk;
    BelvoSimulator *&m_sim = m_desk.sim;
    Workspace *&m_workspace = m_desk.workspace;
    MainWindow *&m_window = m_desk.window;
    QTemporaryDir m_dir;

    LinksWindow *openQueue()
    {
        m_window->findChild<QAction *>("linksAction")->trigger();
        auto *w = m_window->findChild<LinksWindow *>();
        if (!w || !QTest::qWaitFor([w] { return w->isVisible(); }, 5'000))
            return nullptr;
        if (!QTest::qWaitFor([w] { return !w->model()->isLoading(); }, 10'000))
            return nullptr;
        return w;
    }

    // The banks' display names have arrived (Belvo is asked one bank at a time).
    static bool namesKnown(LinksWindow *w, const QString &code, const QString &name)
    {
        for (int row = 0; row < w->model()->rowCount(); ++row) {
            if (w->model()->link(row).institution == code)
                return w->model()->index(row, LinksTableModel::Institution).data() == name;
        }
        return false;
    }

    // Column `column` of the rows the table shows, in its order.
    static QStringList shownColumn(LinksWindow *w, int column)
    {
        QStringList out;
        for (int row = 0; row < w->shown()->rowCount(); ++row)
            out << w->shown()->index(row, column).data().toString();
        return out;
    }

    // Typed into the search box, every page searched (the table fetches them while the matches
    // do not fill it).
    bool search(LinksWindow *w, const QString &text)
    {
        type("linksSearchEdit", text, w);
        return QTest::qWaitFor(
            [w] { return !w->model()->isLoading() && !w->model()->canFetchMore({}); }, 20'000);
    }

    // The ids of the loaded rows of bank `code`, sorted.
    static QStringList idsOfBank(LinksWindow *w, const QString &code)
    {
        QStringList out;
        for (int row = 0; row < w->model()->rowCount(); ++row) {
            if (w->model()->link(row).institution == code)
                out << w->model()->link(row).id;
        }
        out.sort();
        return out;
    }

    QUrlQuery lastListQuery() const
    {
        for (int i = int(m_sim->requests().size()) - 1; i >= 0; --i) {
            const BelvoSimulator::Request r = m_sim->requests().at(i);
            if (r.method == "GET" && r.path == "/api/links/")
                return r.query;
        }
        return {};
    }

    void clickHeader(LinksWindow *w, int column)
    {
        QHeaderView *header = find<QTableView>("linksView", w)->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimulatedDesk::isolate(m_dir);
    }

    void init()
    {
        QVERIFY(m_desk.open());
        root = m_window;
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void cleanup() { m_desk.close(); }

    void theQueueIsADockBesideTheForm()
    {
        LinksWindow *w = openQueue();
        QVERIFY(w);
        auto *dock = find<QDockWidget>("linksDock");
        QVERIFY(dock);
        QCOMPARE(dock->widget(), w);
        QCOMPARE(dock->windowTitle(), QString("Links needing attention"));
        QCOMPARE(m_window->dockWidgetArea(dock), Qt::LeftDockWidgetArea);
        QVERIFY(!dock->isFloating());
        QVERIFY(!dock->features().testFlag(QDockWidget::DockWidgetFloatable)); // never a window
        // Side by side: the queue covers no part of the form.
        QWidget *form = m_window->centralWidget();
        QVERIFY(!QRect(dock->mapTo(m_window, QPoint()), dock->size())
                     .intersects(QRect(form->mapTo(m_window, QPoint()), form->size())));
        QCOMPARE(QApplication::activeWindow(), m_window);
        QTRY_COMPARE(QApplication::focusWidget(), find<QWidget>("linksSearchEdit", w));
        QCOMPARE(find<QLineEdit>("linksSearchEdit", w)->accessibleName(), QString("Search links"));

        // Asked for again: the same dock, shown again after Close.
        click("closeLinksButton", w);
        QVERIFY(dock->isHidden());
        QCOMPARE(openQueue(), w);
        QCOMPARE(m_window->findChildren<QDockWidget *>("linksDock").size(), 1);
    }

    void aRowChosenByKeyboardPutsFocusInTheForm()
    {
        m_sim->addLinks(450, "token_required"); // the demo link several pages down
        LinksWindow *w = openQueue();
        QVERIFY(w);
        QVERIFY(w->model()->canFetchMore({}));
        QVERIFY(search(w, kValid));
        QCOMPARE(shownColumn(w, LinksTableModel::Id), QStringList{kValid});
        QTest::keyClick(find<QLineEdit>("linksSearchEdit", w), Qt::Key_Down);
        auto *view = find<QTableView>("linksView", w);
        QCOMPARE(QApplication::focusWidget(), view);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(find<QLineEdit>("linkIdEdit")->text(), kValid);
        QTRY_VERIFY(idle());
        // Erebor's form is known: focus in its first field to fill, the window in front.
        auto *password = find<QLineEdit>("passwordEdit");
        QVERIFY(password);
        QTRY_COMPARE(QApplication::focusWidget(), password);
        QCOMPARE(QApplication::activeWindow(), m_window);
        QVERIFY(password->isVisible());
        QVERIFY(!password->visibleRegion().isEmpty());
        QTest::keyClicks(QApplication::focusWidget(), "pass_valid"); // where the keys go
        QCOMPARE(password->text(), QString("pass_valid"));
    }

    void doubleClickOpensToo()
    {
        LinksWindow *w = openQueue();
        QVERIFY(w);
        QVERIFY(search(w, kNumeric));
        QCOMPARE(w->shown()->rowCount(), 1);
        auto *view = find<QTableView>("linksView", w);
        const QModelIndex cell = w->shown()->index(0, LinksTableModel::Id);
        const QPoint at = view->visualRect(cell).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(find<QLineEdit>("linkIdEdit")->text(), kNumeric);
        QTRY_VERIFY(idle());
        QCOMPARE(QApplication::activeWindow(), m_window);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(),
                     QString("usernameTypeCombo")); // Heimdall asks for it first
    }

    void theSearchMatchesIdExternalIdAndBank()
    {
        m_sim->addLinks(3, "invalid"); // external ids bulk-1, bulk-2, bulk-3
        LinksWindow *w = openQueue();
        QVERIFY(w);
        QTRY_VERIFY(namesKnown(w, "heimdall_mx_retail", "Heimdall Mexico"));
        const int all = w->model()->rowCount();

        QVERIFY(search(w, "BULK-2")); // any case
        QCOMPARE(shownColumn(w, LinksTableModel::ExternalId), QStringList{"bulk-2"});
        QCOMPARE(text("countLabel", w),
                 QString("%1 links need attention — 1 matches the search").arg(all));

        const QString id = w->shown()->index(0, LinksTableModel::Id).data().toString();
        QVERIFY(search(w, id.mid(9, 14))); // a part of the link id
        QCOMPARE(shownColumn(w, LinksTableModel::Id), QStringList{id});

        const QStringList heimdall = idsOfBank(w, "heimdall_mx_retail");
        QVERIFY(heimdall.size() > 1);
        for (const QString &bank : {QString("heimdall_mx_retail"), QString("heimdall mexico")}) {
            QVERIFY(search(w, bank));
            QStringList ids = shownColumn(w, LinksTableModel::Id);
            ids.sort();
            QCOMPARE(ids, heimdall);
            QCOMPARE(text("countLabel", w), QString("%1 links need attention — %2 match the search")
                                                .arg(all)
                                                .arg(heimdall.size()));
        }
        QVERIFY(search(w, QString()));
        QCOMPARE(w->shown()->rowCount(), all);
        QCOMPARE(text("countLabel", w), QString("%1 links need attention").arg(all));
    }

    void theBankFilterTakesTheNameTheColumnShows()
    {
        LinksWindow *w = openQueue();
        QVERIFY(w);
        QTRY_VERIFY(namesKnown(w, "heimdall_mx_retail", "Heimdall Mexico"));
        type("institutionFilterEdit", "heimdall mexico", w);
        QTest::keyClick(find<QLineEdit>("institutionFilterEdit", w), Qt::Key_Return);
        QTRY_VERIFY(!w->model()->isLoading());
        QCOMPARE(lastListQuery().queryItemValue("institution"), QString("heimdall_mx_retail"));
        QVERIFY(w->model()->rowCount() > 0);
        for (int row = 0; row < w->model()->rowCount(); ++row)
            QCOMPARE(w->model()->link(row).institution, QString("heimdall_mx_retail"));
    }

    void aColumnSortsWithTheIndicatorShown()
    {
        LinksWindow *w = openQueue();
        QVERIFY(w);
        QHeaderView *header = find<QTableView>("linksView", w)->horizontalHeader();
        QVERIFY(header->isSortIndicatorShown());
        QCOMPARE(header->sortIndicatorSection(), -1); // Belvo's order until a click
        const QStringList listed = shownColumn(w, LinksTableModel::Id);
        QStringList ascending = listed;
        ascending.sort(Qt::CaseInsensitive);
        QVERIFY(listed != ascending);

        clickHeader(w, LinksTableModel::Id);
        QCOMPARE(header->sortIndicatorSection(), int(LinksTableModel::Id));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(shownColumn(w, LinksTableModel::Id), ascending);

        clickHeader(w, LinksTableModel::Id);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QStringList descending(ascending.rbegin(), ascending.rend());
        QCOMPARE(shownColumn(w, LinksTableModel::Id), descending);

        // Dates by date, not by their text: the newest created first when descending.
        clickHeader(w, LinksTableModel::Created);
        QCOMPARE(header->sortIndicatorSection(), int(LinksTableModel::Created));
        if (header->sortIndicatorOrder() == Qt::AscendingOrder)
            clickHeader(w, LinksTableModel::Created);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        for (int row = 1; row < w->shown()->rowCount(); ++row) {
            const QDateTime newer = w->shown()
                                        ->index(row - 1, LinksTableModel::Created)
                                        .data(LinksTableModel::SortRole)
                                        .toDateTime();
            const QDateTime older = w->shown()
                                        ->index(row, LinksTableModel::Created)
                                        .data(LinksTableModel::SortRole)
                                        .toDateTime();
            QVERIFY2(newer >= older, qPrintable(newer.toString(Qt::ISODate)));
        }
    }

    void theExternalIdStaysInTheForm()
    {
        m_sim->addLinks(1, "invalid"); // external id bulk-1
        LinksWindow *w = openQueue();
        QVERIFY(w);
        QVERIFY(!find<QLabel>("externalIdLabel")->isVisible());
        QVERIFY(search(w, "bulk-1"));
        QCOMPARE(w->shown()->rowCount(), 1);
        const QString id = w->shown()->index(0, LinksTableModel::Id).data().toString();
        QTest::keyClick(find<QLineEdit>("linksSearchEdit", w), Qt::Key_Return);
        QTest::keyClick(find<QTableView>("linksView", w), Qt::Key_Return);
        QTRY_COMPARE(find<QLineEdit>("linkIdEdit")->text(), id);
        QCOMPARE(text("externalIdLabel"), QString("External id: bulk-1")); // from the row
        QTRY_VERIFY(idle());
        QCOMPARE(text("externalIdLabel"), QString("External id: bulk-1")); // the checked link
        QVERIFY(find<QLabel>("externalIdLabel")->isVisible());

        type("linkIdEdit", kNumeric); // another link: not its external id
        QCOMPARE(text("externalIdLabel"), QString());
        QVERIFY(!find<QLabel>("externalIdLabel")->isVisible());
    }

    void theDockIsRememberedAtTheNextStart()
    {
        QVERIFY(openQueue());
        m_window->close();
        QCOMPARE(Settings::value(Setting::LinksDockOpen).toBool(), true);
        {
            MainWindow next(m_workspace);
            next.show();
            auto *dock = next.findChild<QDockWidget *>("linksDock");
            QVERIFY(dock);
            QVERIFY(dock->isVisible());
            QCOMPARE(next.dockWidgetArea(dock), Qt::LeftDockWidgetArea);
            QVERIFY(qAbs(dock->width() - Settings::value(Setting::LinksDockSize).toInt()) <= 2);
            dock->close();
            next.close();
        }
        QCOMPARE(Settings::value(Setting::LinksDockOpen).toBool(), false);
        MainWindow third(m_workspace);
        third.show();
        QVERIFY(!third.findChild<QDockWidget *>("linksDock")); // not even made: start-up stays lean
    }
};

QTEST_MAIN(TestQueueGui)
#include "tst_gui_queue.moc"
