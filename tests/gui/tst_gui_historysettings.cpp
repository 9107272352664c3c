// The team history's desktop surfaces driven as a support agent would, by objectName, against
// the simulator on 127.0.0.1: the Ticket field of the main window (recorded with the update,
// with the agent), the History section of Settings (name, address, Test, retention), and the
// History window's agent and ticket filters.
#include "guidriver.h"
#include "testsupport.h"

#include "agent.h"
#include "historyservice.h"
#include "historystore.h"
#include "historytablemodel.h"
#include "historywindow.h"
#include "launchrequest.h"
#include "mainwindow.h"
#include "settings.h"
#include "settingsdialog.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>

using namespace relink;
using namespace relink::test;

class TestHistoryGui : public QObject, public GuiDriver
{
    Q_OBJECT

public:
    TestHistoryGui() : GuiDriver{nullptr} {}

private:
    SimulatedDesk m_desk;
    Workspace *&m_workspace = m_desk.workspace;
    MainWindow *&m_window = m_desk.window;
    QTemporaryDir m_dir;

    QString historyPath() const { return m_dir.filePath("history.sqlite"); }

    // The main window's history recorded in historyPath().
    void recordHere()
    {
        const Parsed<HistoryLocation> here = HistoryLocation::parse(historyPath());
        QVERIFY(here);
        m_workspace->history()->setLocation(*here.value);
    }

    QList<HistoryEntry> recorded()
    {
        if (!m_workspace->history()->waitForWrites(10'000))
            return {};
        HistoryStore store;
        return store.open(historyPath()) ? store.entries() : QList<HistoryEntry>();
    }

    // An attempt recorded `daysAgo` days ago by `agent` for `ticket`.
    static bool add(HistoryStore &store, const QString &agent, const QString &ticket,
                    int daysAgo = 0)
    {
        HistoryEvent e = HistoryEvent::begin({"sandbox", kValid, {}, {"password"}, agent, ticket});
        e.at = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        return store.apply(e);
    }

    SettingsDialog *openSettings()
    {
        m_window->openSettings();
        SettingsDialog *s = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (s = m_window->findChild<SettingsDialog *>()) && s->isVisible(); }))
            return nullptr;
        return s;
    }

    void prepareUpdate()
    {
        type("linkIdEdit", kValid);
        click("checkLinkButton");
        QTRY_VERIFY(idle());
        type("passwordEdit", "pass_valid");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Nothing of this user's: HOME and XDG in the test's folder, the test mode's settings.
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"})
            qputenv(name, QFile::encodeName(m_dir.path()));
        for (const char *name : {"RELINK_HISTORY_DB", "RELINK_HISTORY_URL", "RELINK_AGENT"})
            qunsetenv(name);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(historyPath());
        QVERIFY(m_desk.open());
        root = m_window;
    }

    void cleanup()
    {
        m_desk.close();
        for (const char *name : {"RELINK_HISTORY_URL", "RELINK_AGENT"})
            qunsetenv(name);
    }

    void aTypedTicketIsRecordedWithTheUpdateAndTheAgent()
    {
        qputenv("RELINK_AGENT", "Ana Souza");
        recordHere();
        QCOMPARE(find<QLineEdit>("ticketEdit")->accessibleName(), QString("Ticket"));
        prepareUpdate();
        type("ticketEdit", "  SUP-4711 ");
        QCOMPARE(m_window->ticket(), QString("SUP-4711"));
        m_desk.sim->clearRequests();
        click("updateButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("linkStatusBadge"), QString("valid"));
        for (const BelvoSimulator::Request &r : m_desk.sim->requests())
            QVERIFY(!r.body.contains("SUP-4711") && !r.target.contains("SUP")); // not Belvo's

        const QList<HistoryEntry> entries = recorded();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).linkId, kValid);
        QCOMPARE(entries.at(0).outcome, QString("success"));
        QCOMPARE(entries.at(0).ticket, QString("SUP-4711"));
        QCOMPARE(entries.at(0).agent, QString("Ana Souza"));
    }

    // A relink:// link's ticket fills the field and replaces the one in force; a link opened by
    // hand keeps it (one customer, several banks), and so does a link that arrives without one.
    void theTicketStaysUntilALinkBringsItsOwn()
    {
        type("ticketEdit", "SUP-1");
        type("linkIdEdit", kValid);
        QCOMPARE(find<QLineEdit>("ticketEdit")->text(), QString("SUP-1"));
        type("linkIdEdit", kNumeric);
        QCOMPARE(find<QLineEdit>("ticketEdit")->text(), QString("SUP-1"));

        LaunchRequest request;
        request.linkId = kQr;
        request.ticket = "SUP-2";
        QTRY_VERIFY(idle() && text("formNoticeLabel") == "The fields Heimdall Mexico asks for.");
        m_window->openLink(request);
        QCOMPARE(find<QLineEdit>("linkIdEdit")->text(), kQr);
        QCOMPARE(find<QLineEdit>("ticketEdit")->text(), QString("SUP-2"));
        QCOMPARE(m_window->ticket(), QString("SUP-2"));
        QTRY_VERIFY(idle());
        find<QLineEdit>("linkIdEdit")->setText(kQr.toUpper()); // the same link: kept
        QCOMPARE(m_window->ticket(), QString("SUP-2"));
        type("linkIdEdit", kValid); // another link typed by hand: still the same ticket
        QCOMPARE(m_window->ticket(), QString("SUP-2"));
    }

    void aTicketTooLongIsRefusedBeforeAnythingIsSent()
    {
        prepareUpdate();
        QVERIFY(find<QPushButton>("updateButton")->isEnabled());
        type("ticketEdit", QString(101, 'X'));
        QCOMPARE(text("formProblemLabel"),
                 QString("The ticket is longer than 100 characters. Correct the ticket, or empty "
                         "its field."));
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        QVERIFY(!find<QPushButton>("sendToCustomerButton")->isEnabled());
        m_desk.sim->clearRequests();
        QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return); // Enter sends nothing
        QVERIFY(idle());
        QVERIFY(m_desk.sim->requests().isEmpty());

        type("ticketEdit", QString(100, 'X'));
        QCOMPARE(text("formProblemLabel"), QString());
        QVERIFY(find<QPushButton>("updateButton")->isEnabled());
        QVERIFY(find<QPushButton>("sendToCustomerButton")->isEnabled());
    }

    void settingsSaveTheNameAndTheAddressAndTestIt()
    {
        SettingsDialog *s = openSettings();
        QVERIFY(s);
        QVERIFY(find<QGroupBox>("historyGroup", s));
        QCOMPARE(find<QLineEdit>("agentNameEdit", s)->placeholderText(), loginName());
        QCOMPARE(find<QLineEdit>("historyUrlEdit", s)->placeholderText(),
                 HistoryLocation::defaultFile());
        QVERIFY(!find<QLabel>("historyEnvNoteLabel", s)->isVisible());
        // Trust #5: a name colleagues' terminals show takes no control or invisible character,
        // typed or pasted, and no more than 100 characters.
        auto *agentEdit = find<QLineEdit>("agentNameEdit", s);
        agentEdit->insert("mallory\x1b]0;OWNED\a");
        QCOMPARE(agentEdit->text(), QString());
        agentEdit->insert(QString("Ana") + QChar(0x202e));
        QCOMPARE(agentEdit->text(), QString());
        QCOMPARE(agentEdit->maxLength(), 100);
        type("agentNameEdit", "Ana Souza", s);

        // Refused at once, by Test and by closing: nothing saved, the dialog stays.
        const QString refused = "Relink keeps the history in a SQLite file or on PostgreSQL; "
                                "\"mysql:\" is neither. Use a file path, "
                                "sqlite:/path/history.sqlite or postgresql://USER@HOST/DATABASE.";
        type("historyUrlEdit", "mysql://x/y", s);
        click("testHistoryButton", s);
        QCOMPARE(text("historyTestLabel", s), refused);
        QVERIFY(find<QPushButton>("testHistoryButton", s)->isEnabled());
        find<QLineEdit>("historyUrlEdit", s)->clear();
        s->reject();
        QVERIFY(!s->isVisible()); // an empty address is this computer's file
        QCOMPARE(Settings::value(Setting::AgentName).toString(), QString("Ana Souza"));
        QCOMPARE(currentAgent(), QString("Ana Souza"));

        s = openSettings();
        QVERIFY(s);
        QCOMPARE(find<QLineEdit>("agentNameEdit", s)->text(), QString("Ana Souza"));
        type("historyUrlEdit", "mysql://x/y", s);
        s->reject();
        QVERIFY(s->isVisible());
        QCOMPARE(text("historyTestLabel", s), refused);
        QVERIFY(!Settings::contains(Setting::HistoryUrl));

        // A password after an @ in the user name: refused, neither it nor the user part repeated.
        type("historyUrlEdit", "postgresql://relink@db.example.com:S3cr3tPW@db.example.com/relink",
             s);
        click("testHistoryButton", s);
        QCOMPARE(text("historyTestLabel", s),
                 QString("The history address holds a password. Take it out: the password goes "
                         "in ~/.pgpass (or the file PGPASSFILE names), never in the address or "
                         "the settings."));
        s->reject();
        QVERIFY(s->isVisible());
        QVERIFY(!text("historyTestLabel", s).contains("S3cr3tPW"));
        QVERIFY(!text("historyTestLabel", s).contains("relink@"));
        QVERIFY(!Settings::contains(Setting::HistoryUrl));

        // A SQLite file: Test opens it on a thread of its own, and says so.
        const QString file = m_dir.filePath("team/shared.sqlite");
        type("historyUrlEdit", "sqlite:" + file, s);
        click("testHistoryButton", s);
        QVERIFY(!find<QPushButton>("testHistoryButton", s)->isEnabled());
        QTRY_COMPARE(text("historyTestLabel", s),
                     QString("Connected to %1; the history is recorded there.")
                         .arg(QDir::toNativeSeparators(file)));
        QVERIFY(find<QPushButton>("testHistoryButton", s)->isEnabled());
        QVERIFY(QFile::exists(file));

        // Closing uses it at once.
        type("agentNameEdit", "", s);
        s->reject();
        QVERIFY(!s->isVisible());
        QCOMPARE(Settings::value(Setting::HistoryUrl).toString(), "sqlite:" + file);
        QVERIFY(!Settings::contains(Setting::AgentName)); // empty: the login name
        QCOMPARE(m_workspace->history()->location().path, file);
        QCOMPARE(HistoryLocation::configured().value->path, file);

        // Emptied: the setting goes, the file on this computer is used again.
        s = openSettings();
        QVERIFY(s);
        QCOMPARE(find<QLineEdit>("historyUrlEdit", s)->text(), "sqlite:" + file);
        type("historyUrlEdit", "", s);
        s->reject();
        QVERIFY(!s->isVisible());
        QVERIFY(!Settings::contains(Setting::HistoryUrl));
        QCOMPARE(m_workspace->history()->location().path, HistoryLocation::defaultFile());
    }

    void anUnreachableTeamHistoryIsSaidByTest()
    {
        QTcpServer closed; // a port nobody answers on once closed
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        SettingsDialog *s = openSettings();
        QVERIFY(s);
        type("historyUrlEdit", QString("postgresql://relink@127.0.0.1:%1/relink").arg(port), s);
        click("testHistoryButton", s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("testHistoryButton", s)->isEnabled(), 15'000);
        // The store's message: where, libpq's reason, and what to check.
        const QString said = text("historyTestLabel", s);
        QVERIFY2(
            said.startsWith(
                QString("Relink could not connect to postgresql://relink@127.0.0.1:%1/relink (")
                    .arg(port)) &&
                said.endsWith("Check that the server is up and the address is right."),
            qPrintable(said));
        QVERIFY(!Settings::contains(Setting::HistoryUrl)); // Test saves nothing
    }

    void theEnvironmentDecidesTheAddress()
    {
        qputenv("RELINK_HISTORY_URL", QFile::encodeName(m_dir.filePath("env.sqlite")));
        SettingsDialog *s = openSettings();
        QVERIFY(s);
        auto *edit = find<QLineEdit>("historyUrlEdit", s);
        QVERIFY(edit->isReadOnly());
        QCOMPARE(edit->text(), m_dir.filePath("env.sqlite"));
        QVERIFY(find<QLabel>("historyEnvNoteLabel", s)->isVisible());
        QCOMPARE(text("historyEnvNoteLabel", s),
                 QString("RELINK_HISTORY_URL is set in the environment: it decides where the "
                         "history is kept, not this setting. Unset it to choose here."));
        s->reject();
        QVERIFY(!s->isVisible());
        QVERIFY(!Settings::contains(Setting::HistoryUrl));
    }

    // The count of what a shorter retention deletes is read on the history's thread: closing
    // waits for it, and a question follows when there is something to delete.
    void retentionIsCountedWithoutWaiting()
    {
        {
            HistoryStore store;
            QVERIFY(store.open(historyPath()));
            QVERIFY(add(store, "ana", {}, 40));
            QVERIFY(add(store, "ana", {}));
        }
        recordHere();
        SettingsDialog *s = openSettings();
        QVERIFY(s);
        QVERIFY(!find<QLabel>("retentionTeamNoteLabel", s)->isVisible());
        auto *spin = find<QSpinBox>("retentionSpin", s);
        spin->setValue(60); // deletes nothing: closing applies it once the count says so
        s->reject();
        const QPointer<SettingsDialog> closing(s); // deleted once closed (WA_DeleteOnClose)
        QTRY_VERIFY(!closing || !closing->isVisible());
        QCOMPARE(QSettings().value("historyRetentionDays").toInt(), 60);

        s = openSettings();
        QVERIFY(s);
        spin = find<QSpinBox>("retentionSpin", s);
        spin->setValue(30);
        s->reject();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = s->findChild<QMessageBox *>("retentionQuestion")) &&
                    question->isVisible());
        QCOMPARE(question->text(),
                 QString("Keeping the history for 30 days deletes 1 older record(s) from this "
                         "computer. Belvo keeps its own records. Delete them?"));
        QVERIFY(s->isVisible());
        click("retentionDeleteButton", question);
        QTRY_COMPARE(text("retentionNoteLabel", s), QString("1 older record(s) deleted."));
        QCOMPARE(QSettings().value("historyRetentionDays").toInt(), 30);
        QCOMPARE(recorded().size(), 1);
        s->reject();
        const QPointer<SettingsDialog> closed(s); // deleted once closed (WA_DeleteOnClose)
        QTRY_VERIFY(!closed || !closed->isVisible());
    }

    void aTeamHistoryKeepsItsOwnRetention()
    {
        const Parsed<HistoryLocation> team =
            HistoryLocation::parse("postgresql://relink@127.0.0.1:1/relink");
        QVERIFY(team);
        m_workspace->history()->setLocation(*team.value);
        SettingsDialog *s = openSettings();
        QVERIFY(s);
        QVERIFY(find<QLabel>("retentionTeamNoteLabel", s)->isVisible());
        QCOMPARE(text("retentionTeamNoteLabel", s),
                 QString("The team history is kept by its database, for as long as the team "
                         "decides: this number deletes nothing from it."));
        find<QSpinBox>("retentionSpin", s)->setValue(7);
        s->reject(); // nothing to count there: closes at once
        QVERIFY(!s->isVisible());
        QCOMPARE(QSettings().value("historyRetentionDays").toInt(), 7);
    }

    void theHistoryWindowFiltersByAgentAndTicket()
    {
        {
            HistoryStore store;
            QVERIFY(store.open(historyPath()));
            QVERIFY(add(store, "Ana", "SUP-1"));
            QVERIFY(add(store, "Bob", "SUP-1"));
            QVERIFY(add(store, "Bob", "SUP-2"));
            QVERIFY(add(store, "Bobby", {}));
        }
        recordHere();
        m_window->findChild<QAction *>("historyAction")->trigger();
        HistoryWindow *h = nullptr;
        QTRY_VERIFY((h = m_window->findChild<HistoryWindow *>()) && h->isVisible());
        auto *view = find<QTableView>("historyView", h);
        QTRY_COMPARE(view->model()->rowCount(), 4);
        QCOMPARE(text("historyPlaceLabel", h),
                 "On this computer: " + QDir::toNativeSeparators(historyPath()));
        QHeaderView *header = view->horizontalHeader();
        // Who and for which ticket after what happened to which link (#24: Outcome first).
        QCOMPARE(header->visualIndex(HistoryWindow::Agent), 6);
        QCOMPARE(header->visualIndex(HistoryWindow::Ticket), 7);
        QCOMPARE(view->model()->headerData(HistoryWindow::Agent, Qt::Horizontal).toString(),
                 QString("Agent"));

        find<QLineEdit>("agentFilterEdit", h)->setText("bob"); // the whole name, any case
        QCOMPARE(text("historyStatusLabel", h), QString("Reading the history…"));
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QCOMPARE(text("historyStatusLabel", h), QString());
        for (int row = 0; row < 2; ++row)
            QCOMPARE(view->model()->index(row, HistoryWindow::Agent).data().toString(),
                     QString("Bob"));
        find<QLineEdit>("ticketFilterEdit", h)->setText("sup-2");
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, HistoryWindow::Ticket).data().toString(),
                 QString("SUP-2"));
        find<QLineEdit>("agentFilterEdit", h)->clear();
        find<QLineEdit>("ticketFilterEdit", h)->setText("SUP-1");
        QTRY_COMPARE(view->model()->rowCount(), 2);
        find<QLineEdit>("ticketFilterEdit", h)->setText("SUP-3");
        QTRY_COMPARE(text("historyStatusLabel", h), QString("No updates in this period."));
        QCOMPARE(view->model()->rowCount(), 0);
    }

    void theHistoryWindowSaysATeamHistory()
    {
        const Parsed<HistoryLocation> team =
            HistoryLocation::parse("postgresql://relink@127.0.0.1:1/relink");
        QVERIFY(team);
        m_workspace->history()->setLocation(*team.value);
        m_window->findChild<QAction *>("historyAction")->trigger();
        HistoryWindow *h = nullptr;
        QTRY_VERIFY((h = m_window->findChild<HistoryWindow *>()) && h->isVisible());
        QCOMPARE(text("historyPlaceLabel", h),
                 QString("Team history: postgresql://relink@127.0.0.1:1/relink"));
        // Once read (or not): the team's database is not one desktop's to clear.
        QTRY_VERIFY(!h->findChild<HistoryTableModel *>()->isLoading());
        QVERIFY(!find<QPushButton>("clearHistoryButton", h)->isEnabled());
    }
};

QTEST_MAIN(TestHistoryGui)
#include "tst_gui_historysettings.moc"
