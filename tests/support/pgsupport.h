#pragma once

// A real, throwaway PostgreSQL server for tests (the team history's store). CTest's
// `postgresql` fixture starts it with scripts/pg-cluster.sh (tests/CMakeLists.txt:
// relink_add_pg_test) and hands its state folder over in RELINK_TEST_PG_STATE. Passwords never
// appear in code: libpq reads them from the state's pgpass file (PGPASSFILE).
//
//   RELINK_PG_TEST_MAIN(TestClass)      // QCoreApplication; exit 77 (skipped) without a server
//   RELINK_PG_GUI_TEST_MAIN(TestClass)  // QApplication (the test links relink_gui/Widgets)

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <cstdio>
#include <map>
#include <optional>

#ifdef QT_WIDGETS_LIB
#include <QApplication>
#endif

namespace relink::test {

// Sets an environment variable for a scope and restores the previous value.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

// A QPSQL connection to a postgresql://user@host:port/database URL, opened at construction with
// no password (libpq takes it from PGPASSFILE), removed from QSqlDatabase when destroyed.
class PgConnection
{
public:
    explicit PgConnection(const QString &url, int connectTimeoutSeconds = 10)
        : m_name(QStringLiteral("relink-test-pg-%1").arg(++counter()))
    {
        const QUrl u(url);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setHostName(u.host());
        m_db.setPort(u.port(5432));
        m_db.setUserName(u.userName());
        m_db.setDatabaseName(u.path().mid(1));
        m_db.setConnectOptions(QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds));
        m_db.open();
    }
    ~PgConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    // The driver's and the server's words (libpq's message: "... password authentication
    // failed for user ...", "... Connection refused ...").
    QString errorText() const { return m_db.lastError().text(); }

private:
    static std::atomic_int &counter()
    {
        static std::atomic_int n{0};
        return n;
    }
    QString m_name;
    QSqlDatabase m_db;
};

struct PgServer
{
    QString url;      // postgresql://relink@127.0.0.1:PORT/relink
    QString adminUrl; // postgresql://postgres@127.0.0.1:PORT/postgres (superuser)
    QString passFile; // libpq's PGPASSFILE: passwords of relink and postgres
    int port = 0;
    QString stateDir;
    QString dataDir;
    bool available = false;
    QString whyNot;            // why there is no server, when !available
    mutable QString lastError; // what went wrong in the last down()/up()/createDatabase()

    // The server CTest's `postgresql` fixture started; sets PGPASSFILE for libpq.
    static PgServer fromFixture()
    {
        PgServer s;
        s.stateDir = qEnvironmentVariable("RELINK_TEST_PG_STATE");
        if (s.stateDir.isEmpty()) {
            s.whyNot = QStringLiteral("RELINK_TEST_PG_STATE is not set: run the test through "
                                      "ctest, whose postgresql fixture starts the server");
            return s;
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            s.whyNot = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed "
                                      "(scripts/setup.sh installs libqt6sql6-psql)");
            return s;
        }
        QFile f(s.stateDir + QStringLiteral("/env"));
        if (!f.open(QIODevice::ReadOnly)) {
            s.whyNot = QStringLiteral("no PostgreSQL test server (%1 is missing: the "
                                      "pg_cluster_start test did not start one, see its output)")
                           .arg(f.fileName());
            return s;
        }
        std::map<QString, QString> env;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                env[QString::fromUtf8(line.left(eq))] =
                    unquote(QString::fromUtf8(line.mid(eq + 1)));
        }
        s.url = env[QStringLiteral("RELINK_TEST_PG_URL")];
        s.adminUrl = env[QStringLiteral("RELINK_TEST_PG_ADMIN_URL")];
        s.passFile = env[QStringLiteral("PGPASSFILE")];
        s.port = env[QStringLiteral("RELINK_TEST_PG_PORT")].toInt();
        s.dataDir = env[QStringLiteral("RELINK_TEST_PG_DATA")];
        if (s.url.isEmpty() || s.adminUrl.isEmpty() || s.passFile.isEmpty() || s.port <= 0) {
            s.whyNot = QStringLiteral("%1 is incomplete").arg(f.fileName());
            return s;
        }
        qputenv("PGPASSFILE", QFile::encodeName(s.passFile));
        s.available = true;
        return s;
    }

    // Stops the server (its data stays); true once it is down.
    bool down() const { return runScript(QStringLiteral("down")); }
    // Starts it again on the same port; true once it accepts connections.
    bool up() const { return runScript(QStringLiteral("up")); }

    // A fresh, empty database owned by relink (an existing one of that name is dropped first);
    // its postgresql:// URL for user relink, or an empty string (see lastError). The name is a
    // plain lower-case identifier.
    QString createDatabase(const QString &name) const
    {
        static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
        if (!identifier.match(name).hasMatch()) {
            lastError = QStringLiteral("not a plain database name: %1").arg(name);
            return {};
        }
        PgConnection admin(adminUrl);
        if (!admin.isOpen()) {
            lastError = admin.errorText();
            return {};
        }
        for (const QString &sql :
             {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name),
              QStringLiteral("CREATE DATABASE %1 OWNER relink").arg(name)}) {
            const QSqlError e = admin.db().exec(sql).lastError();
            if (e.isValid()) {
                lastError = e.text();
                return {};
            }
        }
        QUrl u(url);
        u.setPath(QLatin1Char('/') + name);
        return u.toString();
    }

private:
    bool runScript(const QString &command) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("bash"),
                {qEnvironmentVariable("RELINK_PG_CLUSTER_SCRIPT"), command, stateDir});
        if (!p.waitForFinished(120'000)) {
            p.kill();
            p.waitForFinished();
            lastError = QStringLiteral("pg-cluster.sh %1 did not finish").arg(command);
            return false;
        }
        lastError = QString::fromLocal8Bit(p.readAll()).trimmed();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // One value of a shell-style KEY=value line: bare, or in single quotes ('\'' for a quote).
    static QString unquote(const QString &value)
    {
        QString out;
        bool quoted = false;
        for (int i = 0; i < value.size(); ++i) {
            const QChar c = value.at(i);
            if (c == QLatin1Char('\''))
                quoted = !quoted;
            else if (!quoted && c == QLatin1Char('\\') && i + 1 < value.size())
                out += value.at(++i);
            else
                out += c;
        }
        return out;
    }
};

// Prints "not run: <why>" and returns 77 (CTest: skipped) when there is no server.
inline std::optional<int> pgSkipIfUnavailable()
{
    const PgServer s = PgServer::fromFixture();
    if (s.available)
        return std::nullopt;
    std::fprintf(stderr, "not run: %s\n", qPrintable(s.whyNot));
    return 77;
}

} // namespace relink::test

#define RELINK_PG_TEST_MAIN_IMPL(AppClass, TestClass)                                              \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        AppClass app(argc, argv);                                                                  \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        if (const auto skip = relink::test::pgSkipIfUnavailable())                                 \
            return *skip;                                                                          \
        TestClass tc;                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }

#define RELINK_PG_TEST_MAIN(TestClass) RELINK_PG_TEST_MAIN_IMPL(QCoreApplication, TestClass)
#define RELINK_PG_GUI_TEST_MAIN(TestClass) RELINK_PG_TEST_MAIN_IMPL(QApplication, TestClass)
