// The update history: a record for every path, written by the GUI and the CLI (at the same
// time too), read back by the History window and relink-cli history; migrations, damaged and
// locked files, retention.
#include "guidriver.h"
#include "testsupport.h"

#include "historyexport.h"
#include "historyservice.h"
#include "historywindow.h"
#include "i18n.h"
#include "mfadialog.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTranslator>

using namespace relink;
using namespace relink::test;

namespace {

// A file's permissions as an octal mode (0600), for the owner, the group and others.
int mode(const QString &path)
{
    const QFile::Permissions p = QFile::permissions(path);
    int m = 0;
    const std::pair<QFile::Permission, int> bits[] = {
        {QFile::ReadOwner, 0400}, {QFile::WriteOwner, 0200}, {QFile::ExeOwner, 0100},
        {QFile::ReadGroup, 040},  {QFile::WriteGroup, 020},  {QFile::ExeGroup, 010},
        {QFile::ReadOther, 04},   {QFile::WriteOther, 02},   {QFile::ExeOther, 01}};
    for (const auto &[flag, bit] : bits)
        m |= (p & flag) ? bit : 0;
    return m;
}

constexpr QFile::Permissions k0644 =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr QFile::Permissions k0755 = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                     QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                     QFile::ExeOther;

// Sets an environment variable (or unsets it: null) for one scope.
struct ScopedEnv
{
    QByteArray name, old;
    bool had;
    ScopedEnv(const char *n, const QByteArray &value)
        : name(n), old(qgetenv(n)), had(qEnvironmentVariableIsSet(n))
    {
        if (value.isNull())
            qunsetenv(n);
        else
            qputenv(n, value);
    }
    ~ScopedEnv()
    {
        if (had)
            qputenv(name.constData(), old);
        else
            qunsetenv(name.constData());
    }
};

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_dir = nullptr;
    BelvoSimulator *m_sim = nullptr;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
    GuiDriver ui{nullptr};

    QString dbPath() const { return m_dir->filePath("history.sqlite"); }

    void startWindow(bool openHistory = true)
    {
        m_workspace = new Workspace;
        if (openHistory)
            m_workspace->history()->setLocation(*HistoryLocation::parse(dbPath()).value);
        m_window = new MainWindow(m_workspace);
        ui.root = m_window;
        m_workspace->setEnvironment("custom");
        m_workspace->setCustomUrl(m_sim->baseUrl().toString());
        m_workspace->setSessionKeys(m_workspace->keyEntry(), {BelvoSimulator::kDemoSecretId,
                                                              BelvoSimulator::kDemoSecretPassword});
        m_window->show();
    }

    // Every field: the form after a check that failed (a 500 for the link); nothing kept of it.
    void fullForm(const QString &linkId)
    {
        m_sim->enqueueResponse({500, R"([{"code":"unexpected_error","message":"m"}])", {}});
        ui.type("linkIdEdit", linkId); // checked by itself
        QTRY_VERIFY(ui.idle() && ui.text("formNoticeLabel").startsWith("Showing every field"));
        m_sim->clearRequests();
    }

    void update(const QString &linkId, const QString &password)
    {
        ui.type("linkIdEdit", linkId);
        ui.click("checkLinkButton");
        QTRY_VERIFY(ui.idle());
        if (auto *combo = m_window->findChild<QComboBox *>("usernameTypeCombo"))
            combo->setCurrentIndex(1);
        ui.type("passwordEdit", password);
        ui.click("updateButton");
    }

    HistoryEntry latest()
    {
        if (m_workspace) // the window records on the history's thread
            m_workspace->history()->waitForWrites(10'000);
        HistoryStore reader;
        if (!reader.open(dbPath()))
            return {};
        return reader.entries().value(0);
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = cliEnvironment(m_sim->baseUrl(), BelvoSimulator::kDemoSecretId,
                                                 BelvoSimulator::kDemoSecretPassword);
        env.insert("RELINK_HISTORY_DB", dbPath());
        return env;
    }

    QString cli(const QStringList &args, const QByteArray &input = {}, int *exitCode = nullptr)
    {
        const CliRun run = runCli(environment(), args, input);
        if (exitCode)
            *exitCode = run.exitCode;
        return QString::fromUtf8(run.out);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = new QTemporaryDir;
        m_sim = new BelvoSimulator;
        QVERIFY(m_sim->listen());
    }

    void cleanup()
    {
        delete m_window;
        delete m_workspace;
        delete m_sim;
        delete m_dir;
        m_window = nullptr;
        m_workspace = nullptr;
    }

    void successIsRecorded()
    {
        startWindow();
        update(kValid, "pass_valid");
        QTRY_VERIFY(ui.idle());
        const HistoryEntry e = latest();
        QCOMPARE(e.linkId, kValid);
        QCOMPARE(e.environment, QString("custom:127.0.0.1"));
        QCOMPARE(e.institution, QString("erebor_mx_retail"));
        QCOMPARE(e.fields, QStringList({"password"}));
        QCOMPARE(e.steps, QStringList({"PUT 200"}));
        QCOMPARE(e.outcome, QString("success"));
        QCOMPARE(e.httpStatus, 200);
        QCOMPARE(e.linkStatus, QString("valid"));
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(e.startedAt) > -60);
    }

    void errorClassesAreRecorded_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("400") << 400
                             << QByteArray("[{\"code\":\"login_error\",\"message\":\"x\","
                                           "\"request_id\":\"rid400\"}]")
                             << "error:login_error";
        QTest::newRow("401") << 401
                             << QByteArray("[{\"code\":\"authentication_failed\",\"message\":"
                                           "\"x\",\"request_id\":\"rid401\"}]")
                             << "error:authentication_failed";
        QTest::newRow("500 html") << 500 << QByteArray("<html>oops</html>") << "http:500";
        QTest::newRow("malformed") << 200 << QByteArray("{\"id\":") << "transport:malformed";
    }
    void errorClassesAreRecorded()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, outcome);
        startWindow();
        fullForm(kValid);
        ui.type("passwordEdit", "pass_valid");
        m_sim->enqueueResponse({status, body, {}});
        ui.click("updateButton");
        QTRY_VERIFY(ui.idle());
        const HistoryEntry e = latest();
        QCOMPARE(e.outcome, outcome);
        QCOMPARE(e.steps, QStringList({QString("PUT %1").arg(status)}));
        if (body.contains("rid"))
            QCOMPARE(e.requestIds, QStringList({"rid" + QString::number(status)}));
    }

    void networkFailureAndCancelAreRecorded()
    {
        startWindow();
        fullForm(kValid);
        ui.type("passwordEdit", "pass_valid");
        m_sim->setNextFault(BelvoSimulator::Fault::NeverAnswer);
        ui.click("updateButton");
        QTRY_COMPARE(m_sim->requests().size(), 1);
        ui.click("cancelButton");
        QTRY_VERIFY(ui.idle());
        QCOMPARE(latest().outcome, QString("cancelled"));

        m_sim->setNextFault(BelvoSimulator::Fault::ResetMidBody);
        ui.click("updateButton");
        QTRY_VERIFY(ui.idle());
        QCOMPARE(latest().outcome, QString("transport:connection_closed"));
        QCOMPARE(latest().steps, QStringList({"PUT 0"}));
    }

    void mfaRoundsAreRecorded()
    {
        startWindow();
        update(kNumeric, "numeric_code");
        MfaDialog *d = nullptr;
        QTRY_VERIFY((d = m_window->findChild<MfaDialog *>()) && d->isVisible());
        QCOMPARE(latest().outcome, QString("mfa"));
        ui.type("tokenEdit", "999999", d);
        ui.click("submitButton", d);
        QTRY_VERIFY(!ui.text("noticeLabel", d).isEmpty());
        ui.type("tokenEdit", "111111", d);
        ui.click("submitButton", d);
        QTRY_VERIFY(!m_window->findChild<MfaDialog *>());
        const HistoryEntry e = latest();
        QCOMPARE(e.steps, QStringList({"PUT 428", "PATCH 428", "PATCH 201"}));
        QCOMPARE(e.outcome, QString("success"));
        QCOMPARE(e.linkStatus, QString("valid"));
        QCOMPARE(e.requestIds.size(), 2); // one per 428
        QCOMPARE(e.fields, QStringList({"password", "username_type"}));
    }

    // The MFA dialog's "Stop waiting for the code?": answered Stop waiting.
    void stopWaiting(MfaDialog *d)
    {
        QWidget *box = nullptr;
        QTRY_VERIFY((box = d->findChild<QWidget *>("stopWaitingBox")) && box->isVisible());
        ui.click("stopWaitingButton", box);
    }

    // Esc in the dialog, or closing the main window under it: one CANCEL, nothing sent.
    void escapeOrClosingDuringMfaRecordsOneCancel_data()
    {
        QTest::addColumn<bool>("closeWindow");
        QTest::newRow("Esc") << false;
        QTest::newRow("closing the window") << true;
    }
    void escapeOrClosingDuringMfaRecordsOneCancel()
    {
        QFETCH(bool, closeWindow);
        startWindow();
        update(kNumeric, "numeric_code");
        MfaDialog *d = nullptr;
        QTRY_VERIFY((d = m_window->findChild<MfaDialog *>()) && d->isVisible());
        if (closeWindow) {
            m_window->close();
        } else {
            QTest::keyClick(d, Qt::Key_Escape);
            stopWaiting(d); // asked first (#24)
        }
        QTRY_VERIFY(!m_window->findChild<MfaDialog *>());
        QCOMPARE(latest().steps, QStringList({"PUT 428", "CANCEL 0"}));
        QCOMPARE(latest().outcome, QString("cancelled"));
        QCOMPARE(m_sim->requests().last().method, QByteArray("PUT"));
    }

    void abandonedMfaIsRecordedAsCancelled()
    {
        startWindow();
        update(kNumeric, "numeric_code");
        MfaDialog *d = nullptr;
        QTRY_VERIFY((d = m_window->findChild<MfaDialog *>()) && d->isVisible());
        ui.click("cancelButton", d);
        stopWaiting(d); // asked first (#24)
        QTRY_VERIFY(!m_window->findChild<MfaDialog *>());
        QCOMPARE(latest().steps, QStringList({"PUT 428", "CANCEL 0"}));
        QCOMPARE(latest().outcome, QString("cancelled"));
    }

    void noCredentialValueIsStored()
    {
        startWindow();
        fullForm(kValid);
        ui.type("passwordEdit", "CanaryHistPw91");
        ui.type("password2Edit", "CanaryHistPin3");
        ui.type("tokenEdit", "CanaryHistTok7");
        ui.click("updateButton");
        QTRY_VERIFY(ui.idle());
        QCOMPARE(latest().fields, QStringList({"password", "password2", "token"}));
        delete m_window;
        m_window = nullptr;
        delete m_workspace; // closes the database and checkpoints the WAL
        m_workspace = nullptr;
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QFile f(dbPath() + QString::fromLatin1(suffix));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            for (const char *canary : {"CanaryHistPw91", "CanaryHistPin3", "CanaryHistTok7"})
                QVERIFY2(!data.contains(canary), canary);
        }
    }

    void migratesFromSchemaVersion1()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "v1");
            db.setDatabaseName(dbPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("CREATE TABLE attempts (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "started_at TEXT NOT NULL, environment TEXT NOT NULL, link_id TEXT "
                           "NOT NULL, institution TEXT, fields TEXT, outcome TEXT, http_status "
                           "INTEGER, request_ids TEXT, link_status TEXT)"));
            QVERIFY(q.exec("INSERT INTO attempts VALUES (1, '2026-11-01T10:00:00.000Z', "
                           "'production', '" +
                           kValid +
                           "', 'erebor_mx_retail', 'password', "
                           "'error:login_error', 400, 'abc', NULL)"));
            QVERIFY(q.exec("PRAGMA user_version=1"));
            db.close();
        }
        QSqlDatabase::removeDatabase("v1");
        HistoryStore store;
        QVERIFY2(store.open(dbPath()), qPrintable(store.lastError()));
        const QList<HistoryEntry> all = store.entries({});
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).outcome, QString("error:login_error"));
        QCOMPARE(all.at(0).steps, QStringList({"PUT 400"}));
        QCOMPARE(all.at(0).requestIds, QStringList({"abc"}));
        QSqlQuery version(QSqlDatabase::database(store.connectionName()));
        QVERIFY(version.exec("PRAGMA user_version") && version.next());
        QCOMPARE(version.value(0).toInt(), HistoryStore::kSchemaVersion);
    }

    void guiAndCliWriteAtTheSameTime()
    {
        HistoryStore gui;
        QVERIFY(gui.open(dbPath()));
        QList<QProcess *> clis;
        for (int i = 0; i < 4; ++i) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(environment());
            p->start(RELINK_CLI_PATH, {"update", kValid, "--fields", "-"});
            p->write("{\"password\":\"pass_valid\"}");
            p->closeWriteChannel();
            clis << p;
        }
        Result ok;
        ok.kind = Result::Kind::Link;
        ok.httpStatus = 200;
        for (int i = 0; i < 40; ++i) {
            const QString id = gui.begin({"sandbox", kValid, {}, {"password"}});
            QVERIFY2(!id.isEmpty(), qPrintable(gui.lastError()));
            QVERIFY2(gui.step(id, HistoryStep::Put, ok), qPrintable(gui.lastError()));
            QCoreApplication::processEvents(); // the simulator answers the CLIs meanwhile
        }
        for (QProcess *p : std::as_const(clis)) {
            QTRY_COMPARE_WITH_TIMEOUT(p->state(), QProcess::NotRunning, 30'000);
            QCOMPARE(p->exitCode(), 0);
        }
        const QList<HistoryEntry> all = gui.entries({});
        QCOMPARE(all.size(), 44);
        for (const HistoryEntry &e : all)
            QCOMPARE(e.outcome, QString("success"));
    }

    void damagedFileIsExplainedAndUpdatesStillWork()
    {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        startWindow();
        update(kValid, "pass_valid");
        QTRY_VERIFY(ui.idle());
        QCOMPARE(ui.text("statusBadge"), QString("valid")); // the link was still updated
        // Said once, in the status bar, when the history was first used.
        QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains("is damaged or locked"),
                     qPrintable(m_window->statusBar()->currentMessage()));
    }

    void lockedFileIsExplainedAndUpdatesStillWork()
    {
        startWindow();
        // The history opens on first use: opened before the file is locked.
        QVERIFY(m_workspace->history()->isOpenAndWait());
        QSqlDatabase locker = QSqlDatabase::addDatabase("QSQLITE", "locker");
        locker.setDatabaseName(dbPath());
        QVERIFY(locker.open());
        QSqlQuery q(locker);
        QVERIFY(q.exec("BEGIN EXCLUSIVE"));
        update(kValid, "pass_valid");
        QTRY_VERIFY_WITH_TIMEOUT(ui.idle(), 20'000);
        QCOMPARE(ui.text("statusBadge"), QString("valid"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage().contains("could not be written to the history"),
            qPrintable(m_window->statusBar()->currentMessage()), 20'000);
        q.exec("ROLLBACK");
        locker.close();
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase("locker");
    }

    void historyWindowOverThousandsOfRows()
    {
        {
            HistoryStore store;
            QVERIFY(store.open(dbPath()));
            QSqlDatabase db = QSqlDatabase::database(store.connectionName());
            QVERIFY(db.transaction());
            QSqlQuery q(db);
            q.prepare("INSERT INTO attempts (started_at, environment, link_id, institution, "
                      "fields, outcome, http_status, request_ids) VALUES (?, 'sandbox', ?, "
                      "'erebor_mx_retail', 'password', ?, ?, ?)");
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int i = 0; i < 5000; ++i) {
                q.addBindValue(now.addSecs(-i * 60).toString(Qt::ISODateWithMs));
                q.addBindValue(i == 7 ? kNumeric : kValid);
                q.addBindValue(i % 2 ? "success" : "error:login_error");
                q.addBindValue(i % 2 ? 200 : 400);
                q.addBindValue(QString("rid%1").arg(i));
                QVERIFY(q.exec());
            }
            QVERIFY(db.commit());
        }
        startWindow();
        m_window->findChild<QAction *>("historyAction")->trigger();
        HistoryWindow *h = nullptr;
        QTRY_VERIFY((h = m_window->findChild<HistoryWindow *>()) && h->isVisible());
        auto *view = ui.find<QTableView>("historyView", h);
        // A model over the query: only the first rows are fetched, more as they scroll in.
        QTRY_VERIFY(view->model()->rowCount() > 0);
        QVERIFY(view->model()->rowCount() < 5000);
        QVERIFY(view->model()->canFetchMore({}));
        QCOMPARE(view->model()->index(0, HistoryWindow::RequestIds).data().toString(),
                 QString("rid0"));

        ui.type("linkFilterEdit", kNumeric.left(13), h); // part of an id, as people type
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(h->filter().linkId, kNumeric.left(13));
        HistoryStore reader;
        QVERIFY(reader.open(dbPath()));
        QCOMPARE(reader.entries(h->filter()).size(), 1); // what Export writes
        QCOMPARE(view->model()->index(0, HistoryWindow::RequestIds).data().toString(),
                 QString("rid7"));
        view->selectRow(0);
        ui.click("copyRequestIdButton", h);
        QCOMPARE(QApplication::clipboard()->text(), QString("rid7"));
        ui.find<QLineEdit>("linkFilterEdit", h)->clear();

        auto *outcome = ui.find<QComboBox>("outcomeFilterCombo", h);
        outcome->setCurrentIndex(outcome->findData("success"));
        QTRY_COMPARE(view->model()->index(0, HistoryWindow::RequestIds).data().toString(),
                     QString("rid1"));
        QCOMPARE(view->model()->index(0, HistoryWindow::Outcome).data().toString(),
                 QString("success"));

        // Sort by clicking the Time header: oldest first.
        QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(view->horizontalHeader()->sectionViewportPosition(0) + 5, 5));
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QTRY_COMPARE(view->model()->index(0, HistoryWindow::RequestIds).data().toString(),
                     QString("rid4999"));

        const QString csv = m_dir->filePath("export.csv");
        { // an older, world-readable export in its place: the new one is private (0600) still
            QFile old(csv);
            QVERIFY(old.open(QIODevice::WriteOnly));
            QVERIFY(old.setPermissions(old.permissions() | QFile::ReadOther | QFile::ReadGroup));
        }
        h->setSaveFilePicker([csv](QWidget *) { return csv; });
        ui.find<QDateEdit>("fromDateEdit", h)->setDate(QDate::currentDate().addDays(-1));
        ui.click("exportCsvButton", h);
        QTRY_COMPARE(ui.text("historyStatusLabel", h), "Exported to " + csv + ".");
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = exported.readAll().split('\n');
        QCOMPARE(lines.value(0), QByteArray("time_utc,environment,link_id,institution,fields,"
                                            "steps,outcome,http_status,request_ids,"
                                            "link_status,agent,ticket\r"));
        QVERIFY(lines.size() > 100);
        QVERIFY(lines.value(1).contains(",success,200,rid"));
        QCOMPARE(QFileInfo(csv).permissions() &
                     ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(ui.text("historyStatusLabel", h), "Exported to " + csv + ".");

        bool asked = false;
        h->setConfirm([&asked](QWidget *, const QString &) {
            asked = true;
            return false;
        });
        ui.click("clearHistoryButton", h);
        QVERIFY(asked);
        QVERIFY(view->model()->rowCount() > 0);
        h->setConfirm([](QWidget *, const QString &) { return true; });
        ui.click("clearHistoryButton", h);
        QTRY_COMPARE(view->model()->rowCount(), 0);
        QTRY_COMPARE(ui.text("historyStatusLabel", h), QString("No updates in this period."));
    }

    void historyFromANewerRelinkIsLeftAlone()
    {
        {
            HistoryStore store;
            QVERIFY(store.open(dbPath()));
            QSqlQuery q(QSqlDatabase::database(store.connectionName()));
            QVERIFY(q.exec("PRAGMA user_version=99"));
        }
        HistoryStore store;
        QVERIFY(!store.open(dbPath()));
        QCOMPARE(store.lastError(),
                 "The update history (" + QDir::toNativeSeparators(dbPath()) +
                     ") was written by a newer Relink. Links can still be updated; this update "
                     "is not recorded. Update Relink to keep recording; the file is fine as it "
                     "is.");
    }

    void csvQuotesAndDefusesFormulas()
    {
        HistoryEntry e;
        e.startedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        e.environment = "=cmd|' /c calc'!A1"; // a spreadsheet would run it
        e.linkId = kValid;
        e.institution = "a,b";
        e.outcome = "line\rbreak";
        const QStringList lines = historyCsv({e}).split("\r\n");
        QVERIFY2(lines.value(1).startsWith("2026-01-02T03:04:05Z,'=cmd|' /c calc'!A1," + kValid +
                                           ",\"a,b\","),
                 qPrintable(lines.value(1)));
        QVERIFY2(lines.value(1).contains(",\"line\rbreak\","), qPrintable(lines.value(1)));
    }

    void newHistoryIsPrivate()
    {
        ScopedEnv home("HOME", m_dir->path().toLocal8Bit()); // the data folder under it
        ScopedEnv custom("RELINK_HISTORY_DB", QByteArray());
        const QString path = HistoryStore::defaultPath();
        QVERIFY2(path.startsWith(m_dir->path() + "/") && !QFileInfo::exists(path),
                 qPrintable(path));
        HistoryStore store;
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        Result ok;
        ok.kind = Result::Kind::Link;
        QVERIFY(
            store.step(store.begin({"sandbox", kValid, {}, {"password"}}), HistoryStep::Put, ok));
        QCOMPARE(QFileInfo(path).absolutePath(), HistoryStore::dataFolder());
        QCOMPARE(mode(HistoryStore::dataFolder()), 0700);
        QCOMPARE(mode(path), 0600);
        QVERIFY(QFileInfo::exists(path + "-wal")); // written, not yet checkpointed
        QCOMPARE(mode(path + "-wal"), 0600);
        QCOMPARE(mode(path + "-shm"), 0600);
    }

    void existingHistoryIsTightened()
    {
        ScopedEnv home("HOME", m_dir->path().toLocal8Bit());
        ScopedEnv custom("RELINK_HISTORY_DB", QByteArray());
        const QString path = HistoryStore::defaultPath();
        HistoryStore earlier; // an older Relink's history, still open: with -wal and -shm
        QVERIFY(earlier.open(path));
        QVERIFY(!earlier.begin({"sandbox", kValid, {}, {"password"}}).isEmpty());
        for (const char *suffix : {"", "-wal", "-shm"})
            QVERIFY(QFile::setPermissions(path + suffix, k0644));
        QVERIFY(QFile::setPermissions(HistoryStore::dataFolder(), k0755));
        QCOMPARE(mode(path + "-wal"), 0644);

        HistoryStore store;
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        QCOMPARE(mode(HistoryStore::dataFolder()), 0700);
        for (const char *suffix : {"", "-wal", "-shm"})
            QCOMPARE(mode(path + suffix), 0600);
        QCOMPARE(store.entries().size(), 1); // the same history, nothing lost
    }

    void customHistoryLocationIsTightenedNotItsFolder()
    {
        // A folder someone chose and made: the file is made private, the folder left alone.
        const QString shared = m_dir->filePath("shared");
        QVERIFY(QDir().mkdir(shared));
        QVERIFY(QFile::setPermissions(shared, k0755));
        const QString path = shared + "/history.sqlite";
        {
            HistoryStore earlier;
            QVERIFY(earlier.open(path));
        }
        QVERIFY(QFile::setPermissions(path, k0644));
        {
            ScopedEnv custom("RELINK_HISTORY_DB", path.toLocal8Bit());
            HistoryStore store;
            QVERIFY2(store.open(), qPrintable(store.lastError()));
            QCOMPARE(store.path(), path);
        }
        QCOMPARE(mode(path), 0600);
        QCOMPARE(mode(shared), 0755);

        // A folder Relink has to make for it is private, each level of it.
        const QString made = m_dir->filePath("made/deeper/history.sqlite");
        ScopedEnv custom("RELINK_HISTORY_DB", made.toLocal8Bit());
        HistoryStore store;
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        QCOMPARE(mode(m_dir->filePath("made")), 0700);
        QCOMPARE(mode(m_dir->filePath("made/deeper")), 0700);
        QCOMPARE(mode(made), 0600);
    }

    void retentionPrunesOldAttempts()
    {
        HistoryStore store;
        QVERIFY(store.open(dbPath()));
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec("INSERT INTO attempts (started_at, environment, link_id, outcome) VALUES "
                       "('2020-01-01T00:00:00.000Z', 'sandbox', '" +
                       kValid + "', 'success')"));
        QVERIFY(!store.begin({"sandbox", kValid, {}, {"password"}}).isEmpty());
        QCOMPARE(store.prune(90), 1);
        QCOMPARE(store.entries({}).size(), 1);
    }

    void settingsRetentionAndLanguageAreKept()
    {
        {
            HistoryStore store;
            QVERIFY(store.open(dbPath()));
            QSqlQuery q(QSqlDatabase::database(store.connectionName()));
            // 40 days old goes at 30 days; 10 days old stays (and would not, were the
            // intermediate "3" of typing "30" applied).
            for (int days : {40, 10})
                QVERIFY(q.exec(
                    "INSERT INTO attempts (started_at, environment, link_id, outcome) VALUES ('" +
                    QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs) +
                    "', 'sandbox', '" + kValid + "', 'success')"));
            QVERIFY(!store.begin({"sandbox", kValid, {}, {"password"}}).isEmpty());
        }
        QSettings().clear();
        startWindow();
        m_window->openSettings();
        SettingsDialog *s = nullptr;
        QTRY_VERIFY((s = m_window->findChild<SettingsDialog *>()) && s->isVisible());

        // Retention: nothing happens while typing or stepping; the number is applied when it
        // is confirmed, and when that deletes records a question says how many first.
        auto count = [this] {
            HistoryStore reader;
            return reader.open(dbPath()) ? reader.entries({}).size() : -1;
        };
        auto question = [s] {
            return s->findChild<QMessageBox *>("retentionQuestion");
        };
        auto *spin = ui.find<QSpinBox>("retentionSpin", s);
        QCOMPARE(spin->value(), 90);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, "30");
        QVERIFY(!QSettings().contains("historyRetentionDays")); // nothing while typing
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_VERIFY(question() && question()->isVisible());
        QCOMPARE(question()->text(),
                 QString("Keeping the history for 30 days deletes 1 older record(s) from this "
                         "computer. Belvo keeps its own records. Delete them?"));
        // Cancel: the previous number again, nothing saved, nothing deleted.
        ui.click("retentionCancelButton", question());
        QTRY_VERIFY(!question());
        QCOMPARE(spin->value(), 90);
        QVERIFY(!QSettings().contains("historyRetentionDays"));
        QCOMPARE(count(), 3);

        // Stepping down past 40 and 10 days (which deleted on every step before) asks nothing
        // and deletes nothing until Enter.
        spin->setFocus();
        for (int i = 0; i < 7; ++i)
            QTest::keyClick(spin, Qt::Key_PageDown);
        QCOMPARE(spin->value(), 20);
        QVERIFY(!question());
        QVERIFY(!QSettings().contains("historyRetentionDays"));
        QCOMPARE(count(), 3);
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_VERIFY(question() && question()->isVisible());
        QCOMPARE(question()->text(),
                 QString("Keeping the history for 20 days deletes 1 older record(s) from this "
                         "computer. Belvo keeps its own records. Delete them?"));
        ui.click("retentionDeleteButton", question());
        QTRY_VERIFY(!question());
        QCOMPARE(QSettings().value("historyRetentionDays").toInt(), 20);
        QTRY_COMPARE(count(), 2); // today's and the 10-day-old one
        QTRY_COMPARE(ui.text("retentionNoteLabel", s), QString("1 older record(s) deleted."));

        // A number that deletes nothing is applied without a question.
        spin->selectAll();
        QTest::keyClicks(spin, "60");
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE(QSettings().value("historyRetentionDays").toInt(), 60); // once counted
        QVERIFY(!question());
        QTRY_VERIFY(!ui.find<QLabel>("retentionNoteLabel", s)->isVisible());

        // Closing (Esc) with a typed number that would delete asks too, and stays open.
        spin->selectAll();
        QTest::keyClicks(spin, "5");
        QTest::keyClick(spin, Qt::Key_Escape);
        QTRY_VERIFY(question() && question()->isVisible());
        QVERIFY(s->isVisible());
        QCOMPARE(question()->text(),
                 QString("Keeping the history for 5 days deletes 1 older record(s) from this "
                         "computer. Belvo keeps its own records. Delete them?"));
        ui.click("retentionCancelButton", question());
        QTRY_VERIFY(!question());
        QCOMPARE(spin->value(), 60);
        QCOMPARE(QSettings().value("historyRetentionDays").toInt(), 60);
        QCOMPARE(count(), 2);
        QVERIFY(s->isVisible());

        // Language: kept for the next start, and said so.
        QVERIFY(!ui.find<QLabel>("languageNoteLabel", s)->isVisible());
        auto *language = ui.find<QComboBox>("languageCombo", s);
        language->setFocus();
        const int spanish = language->findData("es");
        QVERIFY(spanish > 0);
        while (language->currentIndex() < spanish)
            QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(QSettings().value("language").toString(), QString("es"));
        QCOMPARE(ui.text("languageNoteLabel", s),
                 QString("Relink will use this language from its next start."));
        s->reject();

        // The next start (main() installs the saved language before the window exists).
        relink::i18n::install(qApp, QSettings().value("language").toString());
        {
            Workspace workspace;
            MainWindow next(&workspace);
            QCOMPARE(next.findChild<QLabel *>("resultPlaceholder")->text(),
                     QString("Los resultados aparecen aquí."));
        }
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QSettings().clear();
    }

    void cliRecordsAndShowsHistory()
    {
        int code = -1;
        cli({"update", kValid, "--fields", "-"}, "{\"password\":\"pass_invalid\"}", &code);
        QCOMPARE(code, 6);
        cli({"update", kNumeric, "--fields", "-"}, "", &code); // refused: nothing recorded
        QCOMPARE(code, 2);
        const QString fields = m_dir->filePath("f.json");
        QFile f(fields);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"password\":\"numeric_code\"}");
        f.close();
        cli({"update", kNumeric, "--fields", fields}, "111111\n", &code);
        QCOMPARE(code, 0);

        const QJsonArray all = QJsonDocument::fromJson(cli({"history", "--json"}).toUtf8()).array();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0)["outcome"].toString(), QString("success"));
        QCOMPARE(all.at(0)["steps"].toArray(), QJsonArray({"PUT 428", "PATCH 201"}));
        QCOMPARE(all.at(0)["environment"].toString(), QString("custom:127.0.0.1"));
        QCOMPARE(all.at(1)["outcome"].toString(), QString("error:login_error"));
        QCOMPARE(all.at(1)["fields"].toArray(), QJsonArray({"password"}));

        const QString csv = cli({"history", "--csv", "--link", kValid});
        QCOMPARE(csv.count("\r\n"), 2);
        QVERIFY(csv.contains(",error:login_error,400,"));
        const CliRun none = runCli(environment(), {"history", "--since", "2999-01-01"}, {},
                                   QProcess::MergedChannels);
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, QByteArray("No updates match; without --link, --since, --agent and "
                                      "--ticket, all are shown.\n"));
        cli({"history", "--since", "yesterday"}, {}, &code);
        QCOMPARE(code, 2);
        const QString table = cli({"history"});
        QVERIFY(table.contains(kNumeric + "  success  PUT 428, PATCH 201"));
    }
};

QTEST_MAIN(TestHistory)
#include "tst_gui_history.moc"
