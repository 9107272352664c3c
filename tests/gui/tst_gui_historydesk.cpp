// The History window as the agent's desk uses it (issue #24): a row opens its link in the form,
// History of this link (button, menu, Ctrl+Shift+H) filters on the form's link, Outcome right
// after Time and nothing off-screen, the details pane with every step, Copy request id on the
// selected row only, and one date format (the locale's; ISO 8601 in tooltips). The history is a
// real file; the form checks the opened link against the simulator.
#include "guidriver.h"
#include "testsupport.h"

#include "displaytime.h"
#include "historystore.h"
#include "historywindow.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>

using namespace relink;
using namespace relink::test;

namespace {

// A step as the store keeps it.
struct Step
{
    const char *method;
    QVariant status; // null: no answer
    const char *outcome;
    const char *ids;
};

// An attempt as the store keeps it, with its steps.
struct Attempt
{
    QDateTime at;
    QString environment, linkId, institution, fields, outcome;
    int status;
    QString ids, linkStatus, agent, ticket;
    QList<Step> steps;
};

} // namespace

class TestHistoryDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SimulatedDesk m_desk;
    GuiDriver ui{nullptr};
    // Recorded two days ago, to the second: the attempt the details pane is checked on.
    const QDateTime m_at =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 2 * 86'400, Qt::UTC);
    const QString m_rid1 = QStringLiteral("5f1c0e2a9b7d4c3e8a6f1b2d3c4e5f60");
    const QString m_rid2 = QStringLiteral("a0b1c2d3e4f5061728394a5b6c7d8e9f");

    QList<Attempt> attempts() const
    {
        return {
            // kValid, the latest: MFA, then the token.
            {m_at,
             "custom",
             kValid,
             "erebor_mx_retail",
             "username,password",
             "success",
             201,
             m_rid1 + "," + m_rid2,
             "valid",
             "alice",
             "SUP-1234",
             {{"PUT", 428, "mfa", "5f1c0e2a9b7d4c3e8a6f1b2d3c4e5f60"},
              {"PATCH", 201, "success", "a0b1c2d3e4f5061728394a5b6c7d8e9f"}}},
            // kNumeric: a server error with two ids, then the agent cancelled.
            {m_at.addSecs(-3600),
             "custom",
             kNumeric,
             "gringotts_br_retail",
             "password",
             "cancelled",
             500,
             "rq-a,rq-b",
             "",
             "bob",
             "",
             {{"PUT", 500, "http:500", "rq-a,rq-b"}, {"CANCEL", QVariant(), "cancelled", ""}}},
            // kValid, earlier: a wrong password; no ids.
            {m_at.addSecs(-7200),
             "custom",
             kValid,
             "erebor_mx_retail",
             "password",
             "error:login_error",
             400,
             "",
             "invalid",
             "alice",
             "",
             {{"PUT", 400, "error:login_error", ""}}},
        };
    }

    void record()
    {
        HistoryStore store;
        QVERIFY(store.open(m_dir.filePath("history.sqlite")));
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        QSqlQuery a(db), s(db);
        a.prepare("INSERT INTO attempts (uid, started_at, environment, link_id, institution, "
                  "fields, outcome, http_status, request_ids, link_status, agent, ticket) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        s.prepare("INSERT INTO steps (uid, attempt_id, at, method, http_status, outcome, "
                  "request_ids) VALUES (?, ?, ?, ?, ?, ?, ?)");
        int n = 0;
        for (const Attempt &t : attempts()) {
            for (const QVariant &v :
                 {QVariant(QString("attempt-%1").arg(++n)),
                  QVariant(t.at.toString(Qt::ISODateWithMs)), QVariant(t.environment),
                  QVariant(t.linkId), QVariant(t.institution), QVariant(t.fields),
                  QVariant(t.outcome), QVariant(t.status), QVariant(t.ids), QVariant(t.linkStatus),
                  QVariant(t.agent), QVariant(t.ticket)})
                a.addBindValue(v);
            QVERIFY(a.exec());
            const QVariant attemptId = a.lastInsertId();
            for (const Step &step : t.steps) {
                for (const QVariant &v :
                     {QVariant(QString("step-%1-%2").arg(n).arg(step.method)), attemptId,
                      QVariant(t.at.toString(Qt::ISODateWithMs)), QVariant(step.method),
                      step.status, QVariant(step.outcome), QVariant(step.ids)})
                    s.addBindValue(v);
                QVERIFY(s.exec());
            }
        }
    }

    HistoryWindow *openHistory()
    {
        m_desk.window->findChild<QAction *>("historyAction")->trigger();
        HistoryWindow *h = nullptr;
        [&] {
            QTRY_VERIFY((h = m_desk.window->findChild<HistoryWindow *>()) && h->isVisible());
        }();
        return h;
    }

    QTableView *view(HistoryWindow *h) const { return ui.find<QTableView>("historyView", h); }

    // The row of the attempt on `linkId` whose outcome is `outcome`, once read.
    int rowOf(HistoryWindow *h, const QString &outcome) const
    {
        QAbstractItemModel *m = view(h)->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, HistoryWindow::Outcome).data().toString() == outcome)
                return row;
        }
        return -1;
    }

    QString details(HistoryWindow *h) const
    {
        return ui.find<QPlainTextEdit>("historyDetails", h)->toPlainText();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimulatedDesk::isolate(m_dir);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        record();
    }

    void init()
    {
        QVERIFY(m_desk.open());
        ui.root = m_desk.window;
        m_desk.window->activateWindow();
        QTRY_VERIFY(m_desk.window->isActiveWindow());
    }

    void cleanup() { m_desk.close(); }

    void enterOnARowOpensItsLinkInTheForm()
    {
        HistoryWindow *h = openHistory();
        QTRY_COMPARE(view(h)->model()->rowCount(), 3);
        const int row = rowOf(h, "success");
        view(h)->setFocus();
        view(h)->setCurrentIndex(view(h)->model()->index(row, HistoryWindow::Time));
        QTest::keyClick(view(h), Qt::Key_Return);
        // The form holds the row's link and its ticket, and checks the link on the simulator.
        QTRY_COMPARE(ui.find<QLineEdit>("linkIdEdit")->text(), kValid);
        QCOMPARE(ui.find<QLineEdit>("ticketEdit")->text(), QString("SUP-1234"));
        QTRY_VERIFY(ui.idle());
        // The simulator's status for it (not yet updated).
        QTRY_COMPARE(ui.find<QLabel>("linkStatusBadge")->text(), QString("invalid"));
        QTRY_VERIFY(m_desk.window->isActiveWindow());
        QVERIFY(h->isVisible()); // still there for the next row
    }

    void doubleClickOnARowOpensItsLinkInTheForm()
    {
        HistoryWindow *h = openHistory();
        QTRY_COMPARE(view(h)->model()->rowCount(), 3);
        const int row = rowOf(h, "cancelled");
        const QRect cell = view(h)->visualRect(view(h)->model()->index(row, HistoryWindow::LinkId));
        // As a double-click arrives: a click, then the second press as a double-click.
        QTest::mouseClick(view(h)->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view(h)->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(ui.find<QLineEdit>("linkIdEdit")->text(), kNumeric);
        QCOMPARE(ui.find<QLineEdit>("ticketEdit")->text(), QString()); // the row had none
        QTRY_VERIFY(ui.idle());
    }

    void historyOfThisLinkFromTheButtonAndTheShortcut()
    {
        auto *button = ui.find<QPushButton>("linkHistoryButton");
        auto *action = m_desk.window->findChild<QAction *>("linkHistoryAction");
        QVERIFY(button && action);
        QVERIFY(!button->isEnabled()); // no link yet
        QCOMPARE(action->shortcut(), QKeySequence("Ctrl+Shift+H"));
        int sharing = 0; // no other command of the window answers the same keys
        for (QAction *other : m_desk.window->findChildren<QAction *>())
            sharing += other->shortcut() == action->shortcut() ? 1 : 0;
        QCOMPARE(sharing, 1);

        ui.type("linkIdEdit", kValid);
        QVERIFY(button->isEnabled());
        ui.click("linkHistoryButton");
        HistoryWindow *h = nullptr;
        QTRY_VERIFY((h = m_desk.window->findChild<HistoryWindow *>()) && h->isVisible());
        QCOMPARE(ui.find<QLineEdit>("linkFilterEdit", h)->text(), kValid);
        QTRY_COMPARE(view(h)->model()->rowCount(), 2); // only this link's attempts
        for (int row = 0; row < 2; ++row)
            QCOMPARE(view(h)->model()->index(row, HistoryWindow::LinkId).data().toString(), kValid);
        // The latest is selected, its steps shown.
        QTRY_VERIFY(details(h).startsWith("Link: " + kValid));
        QVERIFY(details(h).contains("Outcome: success"));

        // The shortcut from the form, on another link: the same window follows.
        m_desk.window->activateWindow();
        QTRY_VERIFY(m_desk.window->isActiveWindow());
        ui.type("linkIdEdit", kNumeric);
        QTest::keyClick(ui.find<QLineEdit>("linkIdEdit"), Qt::Key_H,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(ui.find<QLineEdit>("linkFilterEdit", h)->text(), kNumeric);
        QTRY_COMPARE(view(h)->model()->rowCount(), 1);
        QCOMPARE(view(h)->model()->index(0, HistoryWindow::LinkId).data().toString(), kNumeric);
        QCOMPARE(m_desk.window->findChildren<HistoryWindow *>().size(), 1);
    }

    void outcomeFollowsTimeAndNothingIsOffScreen()
    {
        HistoryWindow *h = openHistory();
        QTRY_COMPARE(view(h)->model()->rowCount(), 3);
        QHeaderView *header = view(h)->horizontalHeader();
        const QList<int> order = {
            HistoryWindow::Time,        HistoryWindow::Outcome, HistoryWindow::LinkId,
            HistoryWindow::Institution, HistoryWindow::Status,  HistoryWindow::RequestIds,
            HistoryWindow::Agent,       HistoryWindow::Ticket,  HistoryWindow::LinkStatus,
            HistoryWindow::Steps,       HistoryWindow::Fields,  HistoryWindow::Environment};
        for (int visual = 0; visual < order.size(); ++visual)
            QCOMPARE(header->logicalIndex(visual), order.at(visual));
        QCOMPARE(view(h)->model()->headerData(HistoryWindow::Outcome, Qt::Horizontal).toString(),
                 QString("Outcome"));
        // What the details pane shows is hidden at first (the header's menu shows it again)...
        for (int column = 0; column < HistoryWindow::ColumnCount; ++column)
            QCOMPARE(header->isSectionHidden(column),
                     QList<int>({HistoryWindow::LinkStatus, HistoryWindow::Steps,
                                 HistoryWindow::Fields, HistoryWindow::Environment})
                         .contains(column));
        // ... so that at the window's default size every other column is in view, whole.
        QCOMPARE(h->size(), QSize(1100, 560));
        const int visible = view(h)->viewport()->width();
        for (int column = 0; column < HistoryWindow::ColumnCount; ++column) {
            if (header->isSectionHidden(column))
                continue;
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(
                right <= visible,
                qPrintable(
                    QString("column %1 ends at %2 of %3").arg(column).arg(right).arg(visible)));
        }
        const QModelIndex ids =
            view(h)->model()->index(rowOf(h, "success"), HistoryWindow::RequestIds);
        QCOMPARE(ids.data(Qt::ToolTipRole).toString(), m_rid1 + "\n" + m_rid2);
    }

    void detailsPaneShowsEveryStep()
    {
        HistoryWindow *h = openHistory();
        QTRY_COMPARE(view(h)->model()->rowCount(), 3);
        QCOMPARE(details(h), QString()); // nothing selected
        view(h)->selectRow(rowOf(h, "success"));
        const QString started = QLocale().toString(m_at.toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(details(h), "Link: " + kValid +
                                 " · Bank: erebor_mx_retail · Environment: custom"
                                 "\nStarted: " +
                                 started +
                                 " · Agent: alice · Ticket: SUP-1234"
                                 "\nOutcome: success · Link status: valid · Fields sent: "
                                 "username, password"
                                 "\nSteps:"
                                 "\n1. PUT · HTTP 428 · mfa · request id: " +
                                 m_rid1 +
                                 "\n2. PATCH · HTTP 201 · success · request id: " + m_rid2);
        view(h)->selectRow(rowOf(h, "cancelled"));
        QCOMPARE(details(h).section("\n", 3),
                 QString("Steps:"
                         "\n1. PUT · HTTP 500 · http:500 · request ids: rq-a, rq-b"
                         "\n2. CANCEL · no HTTP answer · cancelled"));
        QCOMPARE(ui.find<QPlainTextEdit>("historyDetails", h)->toolTip(),
                 "Started " + isoTime(m_at.addSecs(-3600)));
    }

    void copyRequestIdCopiesTheSelectedRowsIds()
    {
        HistoryWindow *h = openHistory();
        QTRY_COMPARE(view(h)->model()->rowCount(), 3);
        auto *copy = ui.find<QPushButton>("copyRequestIdButton", h);
        QVERIFY(!copy->isEnabled()); // no selection
        QApplication::clipboard()->setText("before");

        view(h)->selectRow(rowOf(h, "cancelled")); // not the latest row
        QVERIFY(copy->isEnabled());
        ui.click("copyRequestIdButton", h);
        QCOMPARE(QApplication::clipboard()->text(), QString("rq-a rq-b"));
        QCOMPARE(ui.text("historyStatusLabel", h), QString("2 request ids copied."));

        view(h)->selectRow(rowOf(h, "success"));
        ui.click("copyRequestIdButton", h);
        QCOMPARE(QApplication::clipboard()->text(), m_rid1 + " " + m_rid2);

        view(h)->selectRow(rowOf(h, "error:login_error")); // no id to copy
        QVERIFY(!copy->isEnabled());
        view(h)->clearSelection();
        QVERIFY(!copy->isEnabled());
        QCOMPARE(details(h), QString());
    }

    void datesInTheLocalesFormatIsoInTooltips()
    {
        HistoryWindow *h = openHistory();
        QTRY_COMPARE(view(h)->model()->rowCount(), 3);
        const QModelIndex time = view(h)->model()->index(rowOf(h, "success"), HistoryWindow::Time);
        // German short format: 05.12.26 18:04 (local time).
        const QString shown = time.data().toString();
        QCOMPARE(shown, QLocale().toString(m_at.toLocalTime(), QLocale::ShortFormat));
        QVERIFY2(
            QRegularExpression("^\\d\\d\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d$").match(shown).hasMatch(),
            qPrintable(shown));
        // The tooltip: ISO 8601 with the offset, to the second.
        const QString tip = time.data(Qt::ToolTipRole).toString();
        QVERIFY2(
            QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$")
                .match(tip)
                .hasMatch(),
            qPrintable(tip));
        QCOMPARE(QDateTime::fromString(tip, Qt::ISODate), m_at);
    }
};

QTEST_MAIN(TestHistoryDesk)
#include "tst_gui_historydesk.moc"
