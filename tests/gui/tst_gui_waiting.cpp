// Hand-offs never block: the hand-off's view is not modal and closing it leaves the watch going;
// Waiting for customers (a dock of the main window) lists every open hand-off, says when a
// customer finished (a desktop notification, the row, the screen reader, the history), and
// after a restart watches again what the history holds open. A link that is valid already is
// not handed off. All against the simulator on 127.0.0.1, driven by objectName.
#include "guidriver.h"
#include "testsupport.h"

#include "accessibility.h"
#include "desktopnotifier.h"
#include "handoffdesk.h"
#include "handoffdialog.h"
#include "historyservice.h"
#include "launchrequest.h"
#include "mainwindow.h"
#include "waitingdock.h"
#include "workspace.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QUrlQuery>

using namespace relink;
using namespace relink::test;

namespace {

struct Notification
{
    QString summary;
    QString body;
};
QList<Notification> g_notified;
QStringList g_heard;

class FakeNotifier : public DesktopNotifier
{
public:
    void notify(const QString &summary, const QString &body, std::function<void()>) override
    {
        g_notified.append({summary, body});
    }
};

} // namespace

class TestWaitingGui : public QObject, public GuiDriver
{
    Q_OBJECT

public:
    TestWaitingGui() : GuiDriver{nullptr} {}

private:
    SimulatedDesk m_desk;
    BelvoSimulator *&m_sim = m_desk.sim;
    Workspace *&m_workspace = m_desk.workspace;
    MainWindow *&m_window = m_desk.window;
    QTemporaryDir m_dir;

    HandoffDialog *dialog() const
    {
        HandoffDialog *d = m_window->findChild<HandoffDialog *>();
        return d && d->isVisible() ? d : nullptr;
    }
    WaitingDock *dock() const { return m_window->findChild<WaitingDock *>("waitingDock"); }
    // The list is made when the dock first shows (a hand-off, or one restored after a restart).
    QAbstractItemModel *rows() const
    {
        auto *table = m_window->findChild<QTableView *>("waitingTable");
        return table ? table->model() : nullptr;
    }
    QString cell(int row, int column) const { return rows()->index(row, column).data().toString(); }
    int tokenRequests() const
    {
        int n = 0;
        for (const BelvoSimulator::Request &r : m_sim->requests())
            n += r.method == "POST" && r.path == "/api/token/";
        return n;
    }
    QList<HistoryEntry> historyOf(const QString &linkId) const
    {
        HistoryFilter filter;
        filter.linkId = linkId;
        HistoryService *history = m_workspace->ensureHistory();
        history->waitForWrites(10'000);
        return history->readAndWait(filter).entries;
    }
    // Send to the customer… for `linkId`: the view, once the customer's link is in it.
    HandoffDialog *sendFor(const QString &linkId)
    {
        type("linkIdEdit", linkId);
        // Checked by itself first: the pre-flight comes before a hand-off too.
        auto *send = find<QPushButton>("sendToCustomerButton");
        if (!QTest::qWaitFor([send] { return send->isEnabled(); }))
            return nullptr;
        click("sendToCustomerButton");
        HandoffDialog *d = dialog();
        if (!d ||
            !QTest::qWaitFor([&] { return !find<QLineEdit>("urlEdit", d)->text().isEmpty(); }))
            return nullptr;
        return d;
    }
    void newWindow()
    {
        m_workspace = new Workspace;
        m_window = new MainWindow(m_workspace);
        m_workspace->setEnvironment("custom");
        m_workspace->setCustomUrl(m_sim->baseUrl().toString());
        m_workspace->setSessionKeys(m_workspace->keyEntry(), {BelvoSimulator::kDemoSecretId,
                                                              BelvoSimulator::kDemoSecretPassword});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        root = m_window;
        dock()->setNotifier(std::make_unique<FakeNotifier>());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimulatedDesk::isolate(m_dir);
        setAnnouncementSpyForTesting([](QWidget *, const QString &text) { g_heard.append(text); });
    }

    void init()
    {
        qputenv("RELINK_HISTORY_DB",
                m_dir.filePath(QString("history-%1.sqlite").arg(QTest::currentTestFunction()))
                    .toLocal8Bit());
        QVERIFY(m_desk.open());
        root = m_window;
        dock()->setNotifier(std::make_unique<FakeNotifier>());
        g_notified.clear();
        g_heard.clear();
        m_sim->setLinkStatus(kValid, "invalid");
        m_sim->setLinkStatus(kQr, "invalid");
    }

    void cleanup() { m_desk.close(); }

    // Counted: Send to the customer… and Copy link — two actions, the customer's link is on the
    // clipboard, and the main window takes the next link at once.
    void twoActionsToTheCustomersLinkAndTheAppStaysUsable()
    {
        type("linkIdEdit", kValid);
        QTRY_VERIFY(find<QWidget>("sendToCustomerButton")->isEnabled()); // checked by itself first
        click("sendToCustomerButton");                                   // 1
        HandoffDialog *d = dialog();
        QVERIFY(d);
        QTRY_VERIFY(find<QPushButton>("copyButton", d)->isEnabled());
        click("copyButton", d); // 2
        const QString url = find<QLineEdit>("urlEdit", d)->text();
        QVERIFY(url.contains("access_token="));
        QCOMPARE(QApplication::clipboard()->text(), url);
        QVERIFY(!d->isModal());
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        LaunchRequest next;
        next.linkId = kQr;
        m_window->openLink(next);
        QCOMPARE(find<QLineEdit>("linkIdEdit")->text(), kQr);
        QVERIFY(find<QLineEdit>("linkIdEdit")->isEnabled());
    }

    // The customer of one link works while the agent updates another in the form.
    void aHandOffWhileAnotherLinkIsUpdated()
    {
        HandoffDialog *d = sendFor(kQr);
        QVERIFY(d);
        d->close(); // the view goes, the watch stays
        QTRY_VERIFY(!dialog());
        QVERIFY(dock()->isVisible());
        QCOMPARE(rows()->rowCount(), 1);
        QCOMPARE(cell(0, 0), kQr);

        LaunchRequest request;
        request.linkId = kValid;
        m_window->openLink(request);
        QTRY_VERIFY(idle());
        QTRY_VERIFY(find<QLineEdit>("passwordEdit"));
        type("passwordEdit", "pass_valid");
        click("updateButton");
        QTRY_COMPARE_WITH_TIMEOUT(text("linkStatusBadge"), QString("valid"), 15'000);
        QCOMPARE(rows()->rowCount(), 1); // still waiting for the other customer
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, 6).startsWith("invalid at "), 10'000);

        QVERIFY(m_sim->setLinkStatus(kQr, "valid")); // that customer finishes
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, 6).startsWith("valid — the customer updated it at "),
                                 15'000);
        QCOMPARE(g_notified.size(), 1);
        QCOMPARE(g_notified[0].summary, QString("A customer updated their link"));
        // Sent before the form knew the bank's name: the bank's code, as the watch read it.
        QCOMPARE(g_notified[0].body, "Link " + kQr + " (Heimdall Mexico) is valid again.");
        QVERIFY(g_heard.contains("A customer updated their link: Link " + kQr +
                                 " (Heimdall Mexico) is valid again."));
        const QList<HistoryEntry> entries = historyOf(kQr);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].steps, QStringList({"TOKEN 200", "WATCH valid"}));
        QCOMPARE(entries[0].institution, QString("heimdall_mx_retail")); // as Belvo names it
        QCOMPARE(entries[0].outcome, QString("success"));
    }

    // Closing the view: the row stays, Copy gives the same URL, Send again shows the same
    // hand-off; no second token.
    void theWaitingListAfterClosingTheView()
    {
        HandoffDialog *d = sendFor(kValid);
        QVERIFY(d);
        const QString url = find<QLineEdit>("urlEdit", d)->text();
        QTest::keyClick(d, Qt::Key_Escape);
        QTRY_VERIFY(!dialog());
        QVERIFY(dock()->isVisible());
        QCOMPARE(cell(0, 0), kValid);
        QCOMPARE(cell(0, 4), dock()->desk()->at(0).agent);
        QVERIFY2(QRegularExpression("^(10:00|9:[0-5][0-9])$").match(cell(0, 5)).hasMatch(),
                 qPrintable(cell(0, 5)));
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, 6).startsWith("invalid at "), 10'000);
        // The bank: its name when the form knew it at Send, else the code the watch read.
        QVERIFY2(QStringList({"Erebor Mexico", "erebor_mx_retail"}).contains(cell(0, 1)),
                 qPrintable(cell(0, 1)));

        QApplication::clipboard()->clear();
        find<QTableView>("waitingTable")->setCurrentIndex(rows()->index(0, 0));
        click("copyWaitingLinkButton");
        QCOMPARE(QApplication::clipboard()->text(), url);
        QCOMPARE(QApplication::clipboard()->mimeData()->data("x-kde-passwordManagerHint"),
                 QByteArray("secret"));

        click("sendToCustomerButton"); // again: the same hand-off, the same link
        QTRY_VERIFY(dialog());
        QCOMPARE(find<QLineEdit>("urlEdit", dialog())->text(), url);
        QCOMPARE(tokenRequests(), 1);

        click("stopWatchingButton");
        QCOMPARE(rows()->rowCount(), 0);
        QCOMPARE(historyOf(kValid).value(0).outcome, QString("cancelled"));
    }

    // The customer's link copied from the list leaves the clipboard when the link turns valid
    // (its token has done its work), not only at the token's expiry.
    void aLinkCopiedFromTheListLeavesTheClipboardWhenValid()
    {
        HandoffDialog *d = sendFor(kValid);
        QVERIFY(d);
        const QString url = find<QLineEdit>("urlEdit", d)->text();
        QTest::keyClick(d, Qt::Key_Escape);
        QTRY_VERIFY(!dialog());
        find<QTableView>("waitingTable")->setCurrentIndex(rows()->index(0, 0));
        click("copyWaitingLinkButton");
        QCOMPARE(QApplication::clipboard()->text(), url);
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, 6).startsWith("invalid at "), 10'000); // watched
        QVERIFY(m_sim->setLinkStatus(kValid, "valid"));
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, 6).startsWith("valid — "), 15'000);
        QCOMPARE(QApplication::clipboard()->text(), QString());
    }

    // A New link for an ended hand-off goes where the first went, in its customer's language.
    void aNewLinkForAnEndedHandOff()
    {
        HandoffDialog *d = sendFor(kValid);
        QVERIFY(d);
        auto *language = find<QComboBox>("localeCombo", d);
        language->setCurrentIndex(language->findData("pt"));
        QTRY_VERIFY(find<QLineEdit>("urlEdit", d)->text().endsWith("&locale=pt"));
        QTest::keyClick(d, Qt::Key_Escape);
        QTRY_VERIFY(!dialog());
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, 6).startsWith("invalid at "), 10'000);
        // The keys revoked meanwhile: the watch's next GET gets 401, which ends it.
        m_sim->setKeys(BelvoSimulator::kDemoSecretId, "revoked");
        QTRY_VERIFY_WITH_TIMEOUT(dock()->desk()->at(0).state == WaitingHandoff::State::Ended,
                                 15'000);
        m_sim->setKeys(BelvoSimulator::kDemoSecretId, BelvoSimulator::kDemoSecretPassword);
        QCOMPARE(tokenRequests(), 1);
        find<QTableView>("waitingTable")->setCurrentIndex(rows()->index(0, 0));
        click("newWaitingLinkButton");
        QTRY_COMPARE(tokenRequests(), 2);
        QTRY_VERIFY(
            dock()->desk()->flowFor(kValid) &&
            dock()->desk()->flowFor(kValid)->currentUrl().toString().endsWith("&locale=pt"));
    }

    // A restart: the history's open hand-off is watched again; its link can't be copied again.
    void theWaitingListAfterARestart()
    {
        QVERIFY(sendFor(kValid));
        QCOMPARE(tokenRequests(), 1);
        delete std::exchange(m_window, nullptr); // Relink quits: nothing is cancelled
        delete std::exchange(m_workspace, nullptr);
        newWindow();
        QTRY_COMPARE_WITH_TIMEOUT(rows() ? rows()->rowCount() : -1, 1, 10'000);
        QVERIFY(dock()->isVisible()); // it shows by itself
        QCOMPARE(cell(0, 0), kValid);
        QVERIFY2(cell(0, 5).contains("can't be copied again: make a New link"),
                 qPrintable(cell(0, 5)));
        find<QTableView>("waitingTable")->setCurrentIndex(rows()->index(0, 0));
        QVERIFY(!find<QPushButton>("copyWaitingLinkButton")->isEnabled());
        QVERIFY(find<QPushButton>("newWaitingLinkButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, 6).startsWith("invalid at "), 10'000);
        QVERIFY(m_sim->setLinkStatus(kValid, "valid"));
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, 6).startsWith("valid — "), 15'000);
        QCOMPARE(g_notified.size(), 1);
        const QList<HistoryEntry> entries = historyOf(kValid);
        QCOMPARE(entries.size(), 1); // the same attempt, ended
        QCOMPARE(entries[0].steps, QStringList({"TOKEN 200", "WATCH valid"}));
        QCOMPARE(entries[0].outcome, QString("success"));
        QCOMPARE(tokenRequests(), 1);
    }

    // The first start on this computer: after the first frame, nothing to watch again, and
    // starting made no history file (the first record makes it).
    void aFirstStartMakesNoHistory()
    {
        const QString file = qEnvironmentVariable("RELINK_HISTORY_DB");
        QTRY_VERIFY(!m_window->findChild<QObject *>("firstPaintWatch")); // its work is done
        QVERIFY(!m_workspace->history()->hasLocation()); // not opened: no read, no file
        QVERIFY(!QFile::exists(file));
        QVERIFY(!dock()->isVisible());
        QVERIFY(sendFor(kValid));
        QCOMPARE(historyOf(kValid).size(), 1);
        QVERIFY(QFile::exists(file));
    }

    // Already valid: checked, nothing minted, nothing recorded, and the agent reads why.
    void anAlreadyValidLinkIsNotHandedOff()
    {
        QVERIFY(m_sim->setLinkStatus(kValid, "valid"));
        type("linkIdEdit", kValid);
        QTRY_VERIFY(find<QWidget>("sendToCustomerButton")->isEnabled()); // checked by itself first
        click("sendToCustomerButton");
        HandoffDialog *d = dialog();
        QVERIFY(d);
        QTRY_COMPARE(text("statusLabel", d),
                     "Link " + kValid +
                         " is already valid: there is nothing for the customer to do. No link "
                         "was made for them.");
        QCOMPARE(find<QLineEdit>("urlEdit", d)->text(), QString());
        QCOMPARE(tokenRequests(), 0);
        QCOMPARE(m_sim->lastRequest().method, QByteArray("GET"));
        QCOMPARE(m_sim->lastRequest().path, "/api/links/" + kValid + "/");
        QCOMPARE(rows()->rowCount(), 0);
        QCOMPARE(historyOf(kValid).size(), 0);
    }

    // No notification service (no session bus here): the status bar says it.
    void withoutANotificationServiceTheStatusBarSays()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/relink-test-bus");
        dock()->setNotifier(std::make_unique<FreedesktopNotifier>());
        QVERIFY(sendFor(kValid));
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, 6).startsWith("invalid at "), 10'000);
        QVERIFY(m_sim->setLinkStatus(kValid, "valid"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->statusBar()->currentMessage(),
                                  "A customer updated their link: Link " + kValid +
                                      " (Erebor Mexico) is valid again.",
                                  15'000);
    }
};

QTEST_MAIN(TestWaitingGui)
#include "tst_gui_waiting.moc"
