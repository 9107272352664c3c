// Links needing attention with the team's picture (#25), driven by objectName against the
// simulator on 127.0.0.1 and a history file of the test's own that a colleague's desk also
// writes to: who is on each link, its last attempt, an open hand-off, the bank's health; the
// summary by bank and the banner of a bank Belvo reports down; "Nobody on it"; an update made
// in the form showing in its row.
#include "guidriver.h"
#include "testsupport.h"

#include "displaytime.h"
#include "historyclaims.h"
#include "historyservice.h"
#include "historystore.h"
#include "linksfiltermodel.h"
#include "linkstablemodel.h"
#include "linkswindow.h"
#include "mainwindow.h"
#include "preflightfindings.h"
#include "workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>

using namespace relink;
using namespace relink::test;

class TestTeamQueue : public QObject, public GuiDriver
{
    Q_OBJECT

public:
    TestTeamQueue() : GuiDriver{nullptr} {}

private:
    SimulatedDesk m_desk;
    BelvoSimulator *&m_sim = m_desk.sim;
    Workspace *&m_workspace = m_desk.workspace;
    MainWindow *&m_window = m_desk.window;
    QTemporaryDir m_dir;
    HistoryStore m_colleague; // Bruno's desk, on the same history

    LinksWindow *openLinksWindow() { return m_desk.openLinks(); }
    static int rowOf(LinksWindow *w, const QString &linkId)
    {
        return SimulatedDesk::rowOf(w, linkId);
    }

    static QString cell(LinksWindow *w, const QString &linkId, int column)
    {
        return w->model()->index(rowOf(w, linkId), column).data().toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimulatedDesk::isolate(m_dir);
        qputenv("RELINK_AGENT", "ana");
    }

    void init()
    {
        QFile::remove(m_dir.filePath("history.sqlite"));
        m_colleague.close();
        QVERIFY(m_colleague.open(m_dir.filePath("history.sqlite")));
        QVERIFY(m_desk.open());
        root = m_window;
    }

    void cleanup()
    {
        m_desk.close();
        m_colleague.close();
    }

    // Bruno is on one link (ticket and all), handed another off to its customer, and typed a
    // wrong password on a third: each shows in its row; the banks' health and the summary
    // come from Belvo's answers; "Nobody on it" leaves Bruno's link out.
    void theTeamsPictureShowsInTheRows()
    {
        const QString env = m_workspace->environmentLabel();
        HistoryClaims claims(m_colleague);
        const LinkClaim onIt = claims.claim({env, kNumeric, "bruno", "SUP-77", 600});
        QVERIFY(onIt.isValid());
        Result token;
        token.kind = Result::Kind::WidgetToken;
        token.httpStatus = 200;
        const QString handoff = m_colleague.begin({env, kQr, "Heimdall Mexico", {}, "bruno", {}});
        QVERIFY(m_colleague.step(handoff, HistoryStep::Token, token));
        const QString wrong = m_colleague.begin({env, kValid, {}, {"password"}, "bruno", {}});
        QVERIFY(m_colleague.step(wrong, HistoryStep::Put, loginErrorResult()));
        HistoryEntry handedOff, failed;
        for (const HistoryEntry &e : m_colleague.entries())
            (e.key == handoff ? handedOff : failed) = e;

        LinksWindow *w = openLinksWindow();
        QVERIFY(w);
        QTRY_COMPARE(cell(w, kNumeric, LinksTableModel::OnIt),
                     QString("bruno (since %1, ticket SUP-77)").arg(displayClock(onIt.since)));
        QCOMPARE(cell(w, kQr, LinksTableModel::OnIt), QString());
        QCOMPARE(cell(w, kQr, LinksTableModel::HandoffUntil),
                 displayTime(handedOff.startedAt.addSecs(600)));
        QCOMPARE(cell(w, kQr, LinksTableModel::LastAttempt),
                 QString("%1, bruno: sent to the customer").arg(displayTime(handedOff.startedAt)));
        QCOMPARE(
            cell(w, kValid, LinksTableModel::LastAttempt),
            QString("%1, bruno: %2")
                .arg(displayTime(failed.startedAt), describeAttemptOutcome("error:login_error")));
        QCOMPARE(cell(w, kValid, LinksTableModel::HandoffUntil), QString());
        // An empty cell still says what it is to a screen reader.
        QCOMPARE(w->model()
                     ->index(rowOf(w, kValid), LinksTableModel::OnIt)
                     .data(Qt::AccessibleTextRole)
                     .toString(),
                 QString("none"));

        // The banks' health as Belvo says it (Erebor Brazil is down in the simulator).
        QTRY_COMPARE(cell(w, BelvoSimulator::kDownBankLinkId, LinksTableModel::BankHealth),
                     QString("down"));
        QTRY_COMPARE(cell(w, kNumeric, LinksTableModel::BankHealth), QString("healthy"));
        int atErebor = 0;
        for (int row = 0; row < w->model()->rowCount(); ++row)
            atErebor += w->model()->link(row).institution == "erebor_br_retail";
        QVERIFY(atErebor > 0);
        QTRY_COMPARE(text("bankBannerLabel", w),
                     QString("Erebor Brazil: %1 link(s) need attention, and Belvo reports the bank "
                             "down — updates will fail until it is back.")
                         .arg(atErebor));
        QVERIFY(find<QLabel>("bankBannerLabel", w)->isVisible());
        QVERIFY2(text("bankSummaryLabel", w).startsWith("By bank: "),
                 qPrintable(text("bankSummaryLabel", w)));
        QVERIFY2(text("bankSummaryLabel", w)
                     .contains(QString("Erebor Brazil %1 (Belvo reports it down)").arg(atErebor)),
                 qPrintable(text("bankSummaryLabel", w)));
        QCOMPARE(text("teamNoteLabel", w), QString());

        // Nobody on it: Bruno's link goes, every other stays.
        const int all = w->shown()->rowCount();
        auto *nobody = find<QCheckBox>("nobodyOnItCheck", w);
        nobody->setFocus(Qt::TabFocusReason);
        QTest::keyClick(nobody, Qt::Key_Space);
        QTRY_COMPARE(w->shown()->rowCount(), all - 1);
        for (int row = 0; row < w->shown()->rowCount(); ++row)
            QVERIFY(w->model()->link(w->shown()->linkRow(row)).id != kNumeric);
        QVERIFY2(text("countLabel", w).endsWith(QString("— %1 with nobody on it").arg(all - 1)),
                 qPrintable(text("countLabel", w)));
        QTest::keyClick(nobody, Qt::Key_Space);
        QCOMPARE(w->shown()->rowCount(), all);
    }

    // A team history that can't be reached: the queue still lists the links, says what could
    // not be read, and counts no link as free ("Nobody on it" shows none: nobody knows).
    void aHistoryAwayIsSaidAndFreesNoLink()
    {
        m_workspace->history()->setLocation(
            *HistoryLocation::parse("postgresql://relink@127.0.0.1:1/relink").value);
        LinksWindow *w = openLinksWindow();
        QVERIFY(w);
        QVERIFY(w->model()->rowCount() > 0);
        QTRY_VERIFY(find<QLabel>("teamNoteLabel", w)->isVisible());
        QVERIFY2(
            text("teamNoteLabel", w)
                .startsWith("Who is on each link and the last attempts could not be read (Relink "
                            "tries again every minute, and on Refresh): Relink could not "
                            "connect to "),
            qPrintable(text("teamNoteLabel", w)));
        auto *nobody = find<QCheckBox>("nobodyOnItCheck", w);
        nobody->setFocus(Qt::TabFocusReason);
        QTest::keyClick(nobody, Qt::Key_Space);
        QCOMPARE(w->shown()->rowCount(), 0);
        QVERIFY2(text("countLabel", w).endsWith("— 0 with nobody on it"),
                 qPrintable(text("countLabel", w)));
    }

    // What this desk records shows in the row without a Refresh: a link opened from the queue
    // and updated in the form becomes this agent's, and its last attempt says it was updated.
    void anUpdateInTheFormShowsInItsRow()
    {
        LinksWindow *w = openLinksWindow();
        QVERIFY(w);
        QTRY_VERIFY(rowOf(w, kValid) >= 0);
        type("linkIdEdit", kValid);
        QTRY_VERIFY(idle() && find<QWidget>("passwordEdit") &&
                    find<QWidget>("passwordEdit")->isVisible());
        // Checking it claimed it for this agent: the row says so.
        QTRY_VERIFY2(cell(w, kValid, LinksTableModel::OnIt).startsWith("ana (since "),
                     qPrintable(cell(w, kValid, LinksTableModel::OnIt)));
        QTest::keyClicks(find<QLineEdit>("passwordEdit"), "pass_valid");
        QTRY_VERIFY(find<QWidget>("updateButton")->isEnabled());
        click("updateButton");
        QTRY_COMPARE(text("headlineLabel"), QString("Credentials updated"));
        QTRY_VERIFY2(cell(w, kValid, LinksTableModel::LastAttempt).endsWith(", ana: updated"),
                     qPrintable(cell(w, kValid, LinksTableModel::LastAttempt)));
    }
};

QTEST_MAIN(TestTeamQueue)
#include "tst_gui_teamqueue.moc"
