// The desktop app's pre-flight (#25), driven as an agent would: the real main window by
// objectName against the simulator on 127.0.0.1, the history a SQLite file of the test's own.
// Findings shown under the link, Update and Send to customer waiting for the confirmation, the
// override recorded, the link claimed while it is in the form and released when the agent moves
// on, a colleague's claim shown.
#include "guidriver.h"
#include "testsupport.h"

#include "agent.h"
#include "handoffdialog.h"
#include "historyclaims.h"
#include "historystore.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QPushButton>

using namespace relink;
using namespace relink::test;

class TestPreflightDesk : public QObject, public GuiDriver
{
    Q_OBJECT

public:
    TestPreflightDesk() : GuiDriver{nullptr} {}

private:
    SimulatedDesk m_desk;
    BelvoSimulator *&m_sim = m_desk.sim;
    Workspace *&m_workspace = m_desk.workspace;
    MainWindow *&m_window = m_desk.window;
    QTemporaryDir m_dir;
    HistoryStore m_store; // the same file the window records to

    bool enabled(const char *name) const { return find<QWidget>(name)->isEnabled(); }

    // The id typed in, checked by itself, its form and findings shown.
    void open(const QString &linkId)
    {
        type("linkIdEdit", linkId);
        QTRY_VERIFY(idle() && find<QWidget>("passwordEdit") &&
                    find<QWidget>("passwordEdit")->isVisible());
    }

    void confirm()
    {
        auto *box = find<QCheckBox>("preflightConfirmBox");
        QTRY_VERIFY(box->isVisible() && !box->visibleRegion().isEmpty()); // laid out
        click("preflightConfirmBox");
        QVERIFY(box->isChecked());
    }

    QList<HistoryEntry> history()
    {
        if (!m_store.isOpen() && !m_store.open(m_dir.filePath("history.sqlite")))
            return {};
        return m_store.entries();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimulatedDesk::isolate(m_dir);
    }

    void init()
    {
        QFile::remove(m_dir.filePath("history.sqlite"));
        m_store.close();
        QVERIFY(m_desk.open());
        root = m_window;
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
    }

    void cleanup() { m_desk.close(); }

    // A bank Belvo reports down: said under the link; Update waits for the confirmation (and
    // says so); confirmed, the update goes out and the history records what was confirmed.
    // The next update is confirmed anew.
    void aBankDownAsksToConfirm()
    {
        open(BelvoSimulator::kDownBankLinkId);
        QVERIFY2(text("preflightFindingsLabel")
                     .startsWith("To confirm: Belvo reports Erebor Brazil down (checked at "),
                 qPrintable(text("preflightFindingsLabel")));
        QVERIFY(find<QWidget>("preflightPanel")->isVisible());
        QTest::keyClicks(find<QLineEdit>("passwordEdit"), "pass_valid");
        QVERIFY(!enabled("updateButton"));
        QVERIFY(!enabled("sendToCustomerButton"));
        QCOMPARE(text("formProblemLabel"), QString("Before Update or Send to customer: confirm "
                                                   "what is found above, and tick Confirmed."));
        QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return); // nothing is sent
        QCOMPARE(m_sim->requests().last().method, QByteArray("GET"));

        // Editing the id away and back keeps the findings (no new check), and the confirmation
        // never outlives the move: Update waits again.
        confirm();
        auto *id = find<QLineEdit>("linkIdEdit");
        id->setFocus();
        id->end(false);
        QTest::keyClick(id, Qt::Key_Backspace);
        QVERIFY(!find<QWidget>("preflightPanel")->isVisible());
        QTest::keyClicks(id, BelvoSimulator::kDownBankLinkId.right(1));
        QVERIFY(find<QWidget>("preflightPanel")->isVisible());
        QVERIFY(!find<QCheckBox>("preflightConfirmBox")->isChecked());
        QVERIFY(!enabled("updateButton"));

        confirm();
        QVERIFY(enabled("updateButton"));
        QCOMPARE(text("formProblemLabel"), QString());
        click("updateButton");
        QTRY_COMPARE(text("headlineLabel"), QString("The update failed"));
        QCOMPARE(m_sim->lastRequest().method, QByteArray("PUT"));
        QCOMPARE(m_sim->lastRequest().json().value("password").toString(), QString("pass_valid"));
        QTRY_COMPARE(history().size(), 1);
        QTRY_COMPARE(history().first().steps,
                     QStringList({"OVERRIDE institution_down", "PUT 400"}));
        QCOMPARE(history().first().agent, currentAgent());
        QVERIFY(!find<QCheckBox>("preflightConfirmBox")->isChecked()); // confirmed anew
        QVERIFY(!enabled("updateButton"));
    }

    // Findings are one environment's: another environment asks for the link to be checked
    // again before Update or Send.
    void anotherEnvironmentChecksAgain()
    {
        open(kValid);
        QTest::keyClicks(find<QLineEdit>("passwordEdit"), "pass_valid");
        QVERIFY(enabled("updateButton"));
        QVERIFY(m_workspace->startDemo()); // the demo's own simulator, another environment
        QTRY_VERIFY(!enabled("updateButton"));
        QVERIFY(!enabled("sendToCustomerButton"));
        QCOMPARE(text("formProblemLabel"),
                 QString("Check link again before Update or Send to the customer: its history "
                         "and who is on it are read first."));
        click("checkLinkButton");
        QTRY_VERIFY(idle() && enabled("sendToCustomerButton"));
        m_workspace->stopDemo();
    }

    // Nothing to confirm: no panel, Update as before, nothing recorded but the update.
    void nothingToConfirmNoPanel()
    {
        open(kValid);
        QVERIFY(!find<QWidget>("preflightPanel")->isVisible());
        QTest::keyClicks(find<QLineEdit>("passwordEdit"), "pass_valid");
        QVERIFY(enabled("updateButton"));
        QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return);
        QTRY_COMPARE(text("headlineLabel"), QString("Credentials updated"));
        QTRY_COMPARE(history().size(), 1);
        QCOMPARE(history().first().steps, QStringList({"PUT 200"}));
    }

    // Checking a link claims it for this agent while it stays in the form; another id releases
    // it. A colleague's claim is said, with their ticket, and confirming it takes the link over:
    // the hand-off goes out with the override recorded.
    void whoIsOnTheLink()
    {
        const QString env = m_workspace->environmentLabel();
        open(kQr);
        QVERIFY(history().isEmpty()); // opened the file for the claims
        HistoryClaims claims(m_store);
        QTRY_COMPARE(claims.claimOf(env, kQr).agent, currentAgent());
        QVERIFY(claims.claim({env, kNumeric, "Ana García", "SUP-1234", 600}).isValid());

        open(kNumeric);
        QTRY_VERIFY(!claims.claimOf(env, kQr).isValid());                     // moved on: released
        QCOMPARE(claims.claimOf(env, kNumeric).agent, QString("Ana García")); // left as it was
        const QString said = text("preflightFindingsLabel");
        QVERIFY2(said.startsWith("To confirm: Ana García is on this link (since ") &&
                     said.contains(", ticket SUP-1234). Ask them before going ahead"),
                 qPrintable(said));
        QVERIFY(!enabled("sendToCustomerButton"));
        confirm();
        click("sendToCustomerButton");
        QTRY_VERIFY(m_window->findChild<HandoffDialog *>());
        QTRY_COMPARE(claims.claimOf(env, kNumeric).agent, currentAgent()); // taken over
        QTRY_VERIFY(!history().isEmpty() && history().first().steps.size() == 2);
        QCOMPARE(history().first().steps, QStringList({"OVERRIDE claimed", "TOKEN 200"}));
        m_window->findChild<HandoffDialog *>()->reject();
    }
};

QTEST_MAIN(TestPreflightDesk)
#include "tst_gui_preflight.moc"
