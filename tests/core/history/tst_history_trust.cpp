// The team database's password never goes to an impostor (#23): a fake PostgreSQL server
// (fake_pg_server.py) on 127.0.0.1, reached by this machine's host name — a "remote" host by
// Relink's rule — declines TLS or offers a self-signed certificate, then asks for a clear-text
// password. Whatever sslmode the address or PGSSLMODE asks for, it gets none.
#include "historylocation.h"
#include "historystore.h"
#include "testsupport.h"

#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QUuid>

#include <optional>

using namespace relink;

namespace {

const char *const kPasswordEnv[] = {"PGSSLMODE",  "PGSSLROOTCERT", "PGHOST",
                                    "PGHOSTADDR", "PGPORT",        "PGSSLCERT",
                                    "PGSSLKEY",   "PGREQUIRESSL",  "PGSERVICE"};

// Sets (or, with a null value, unsets) an environment variable for a scope.
class Env
{
public:
    Env(const char *name, const QByteArray &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~Env()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    Env(const Env &) = delete;
    Env &operator=(const Env &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestHistoryTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_host;        // this machine's name: resolves to 127.0.0.1, not "this computer"
    QString m_notRemote;   // why the remote cases cannot run here, if they cannot
    QString m_hostAddress; // the (loopback) address this machine's host name resolves to
    QString m_cert, m_key, m_otherCa;

    struct Server
    {
        std::unique_ptr<QProcess> process;
        int port = 0;
        QString record;
    };

    // The fake server, plain (declines TLS) or with the self-signed certificate.
    // On 127.0.0.1 (localhost), or, for a "remote" host, on the loopback address this machine's
    // host name resolves to.
    std::optional<Server> startServer(bool tls, bool remote = true)
    {
        Server s;
        s.record = m_dir.filePath(
            QStringLiteral("record-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        s.process = std::make_unique<QProcess>();
        QStringList args = {QStringLiteral(RELINK_FAKE_PG_SERVER), "--record", s.record,
                            "--lifetime", "60"};
        if (tls)
            args << "--cert" << m_cert << "--key" << m_key;
        if (remote && !m_hostAddress.isEmpty())
            args << "--bind" << m_hostAddress;
        s.process->start("/usr/bin/python3", args);
        if (!s.process->waitForStarted(10'000))
            return std::nullopt;
        while (!s.process->canReadLine())
            if (!s.process->waitForReadyRead(10'000))
                return std::nullopt;
        s.port = s.process->readLine().trimmed().toInt();
        if (s.port <= 0)
            return std::nullopt;
        return s;
    }

    // What the server recorded, once it has ended (its stdin closed: it exits by itself).
    static QStringList stop(Server &s)
    {
        s.process->closeWriteChannel();
        if (!s.process->waitForFinished(10'000))
            s.process->kill();
        QFile f(s.record);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    }

    // Opens the history at `address` (an sslmode appended when given): Relink's message.
    static QString open(const QString &address)
    {
        const Parsed<HistoryLocation> l = HistoryLocation::parse(address);
        if (!l.value)
            return l.error;
        HistoryStore store;
        if (store.open(*l.value))
            return QStringLiteral("connected");
        return store.lastError();
    }

    static bool openssl(const QStringList &args)
    {
        QProcess p;
        p.start("openssl", args);
        return p.waitForFinished(30'000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }

    QString certificateMessage(const QString &address) const
    {
        return QCoreApplication::translate(
                   "relink::HistoryStore",
                   "Relink could not make sure that %1 is the team's database: it offers no "
                   "encrypted connection, or its certificate is not signed by an authority "
                   "Relink trusts, or not made for %2. The password was not sent. Set "
                   "PGSSLROOTCERT to the certificate file of the authority that signed the "
                   "server's certificate (or put it in ~/.postgresql/root.crt), and check that "
                   "the address names the host the certificate was made for.")
            .arg(address, m_host);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (!QSqlDatabase::isDriverAvailable("QPSQL"))
            QSKIP("Qt's PostgreSQL driver (libqt6sql6-psql) is not installed");
        for (const char *name : kPasswordEnv)
            qunsetenv(name);
        m_host = QHostInfo::localHostName();
        const QHostInfo info = QHostInfo::fromName(m_host);
        if (m_host.isEmpty() || info.addresses().isEmpty())
            m_notRemote =
                QStringLiteral("this machine's host name (%1) does not resolve").arg(m_host);
        if (!info.addresses().isEmpty())
            m_hostAddress = info.addresses().constFirst().toString();
        for (const QHostAddress &a : info.addresses())
            if (!a.isLoopback())
                m_notRemote = QStringLiteral("this machine's host name (%1) resolves to %2, not "
                                             "a loopback address: nothing is sent off the machine")
                                  .arg(m_host, a.toString());
        // The certificate a fake server shows, made for this host name, and another authority.
        m_cert = m_dir.filePath("cert.pem");
        m_key = m_dir.filePath("key.pem");
        m_otherCa = m_dir.filePath("other-ca.pem");
        const QStringList ec = {"req",    "-x509",    "-newkey",
                                "ec",     "-pkeyopt", "ec_paramgen_curve:prime256v1",
                                "-nodes", "-days",    "1"};
        QVERIFY(openssl(ec + QStringList{"-keyout", m_key, "-out", m_cert, "-subj", "/CN=" + m_host,
                                         "-addext", "subjectAltName=DNS:" + m_host}));
        QVERIFY(openssl(ec + QStringList{"-keyout", m_dir.filePath("other-key.pem"), "-out",
                                         m_otherCa, "-subj", "/CN=Another authority"}));
        // The password libpq finds for any host (never shown, never printed).
        const QString pgpass = m_dir.filePath("pgpass");
        QFile f(pgpass);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("*:*:*:relink:Trust-test-password-7\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        qputenv("PGPASSFILE", pgpass.toLocal8Bit());
        qputenv("PGSSLROOTCERT", m_otherCa.toLocal8Bit()); // trusts nothing the fakes show
    }

    // The harness itself: on this computer a plain connection is allowed, and the fake server
    // does receive (and records) the password.
    void thisComputerMayConnectPlainly()
    {
        std::optional<Server> s = startServer(false, false);
        QVERIFY(s);
        const QString message = open(
            QStringLiteral("postgresql://relink@localhost:%1/relink?sslmode=disable").arg(s->port));
        QCOMPARE(stop(*s), QStringList({"reached", "connected", "received a password"}));
        QCOMPARE(message,
                 QCoreApplication::translate(
                     "relink::HistoryStore",
                     "The team history (%1) did not accept the password of %2, or none was "
                     "found. Put the right one in ~/.pgpass (or the file PGPASSFILE names) and "
                     "try again.")
                     .arg(QStringLiteral("postgresql://relink@localhost:%1/relink?sslmode=disable")
                              .arg(s->port),
                          "relink"));
    }

    void remoteGetsNoPassword_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("addressMode");
        QTest::addColumn<QString>("envMode");
        QTest::addColumn<bool>("refused"); // by the address alone, before any connection
        for (const bool tls : {false, true}) {
            const char *kind = tls ? "self-signed" : "no TLS";
            for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca"}) {
                QTest::addRow("%s, address sslmode=%s", kind, mode)
                    << tls << QString(mode) << QString() << true;
                QTest::addRow("%s, PGSSLMODE=%s", kind, mode)
                    << tls << QString() << QString(mode) << false;
            }
            QTest::addRow("%s, nothing said", kind) << tls << QString() << QString() << false;
            QTest::addRow("%s, address sslmode=verify-full", kind)
                << tls << QString("verify-full") << QString() << false;
        }
    }

    void remoteGetsNoPassword()
    {
        QFETCH(bool, tls);
        QFETCH(QString, addressMode);
        QFETCH(QString, envMode);
        QFETCH(bool, refused);
        if (!m_notRemote.isEmpty())
            QSKIP(qPrintable("Not run: " + m_notRemote));
        std::optional<Server> s = startServer(tls);
        QVERIFY(s);
        const Env env("PGSSLMODE", envMode.isEmpty() ? QByteArray() : envMode.toUtf8());
        QString address =
            QStringLiteral("postgresql://relink@%1:%2/relink").arg(m_host).arg(s->port);
        if (!addressMode.isEmpty())
            address += "?sslmode=" + addressMode;
        const QString message = open(address);
        const QStringList record = stop(*s);
        QVERIFY2(!record.contains("received a password"), qPrintable(record.join(", ")));
        if (refused) {
            QCOMPARE(record, QStringList());
            QCOMPARE(message,
                     QCoreApplication::translate(
                         "relink::HistoryLocation",
                         "The history address asks for sslmode=%1 with %2, another computer: "
                         "the database's password could go to a server that only pretends to "
                         "be it. Relink reaches a team database on another computer with "
                         "sslmode=verify-full only: take sslmode out of the address. If the "
                         "server's certificate is signed by your company's own authority, set "
                         "PGSSLROOTCERT to that authority's certificate file (or put it in "
                         "~/.postgresql/root.crt).")
                         .arg(addressMode, m_host));
        } else {
            // It reached the impostor and stopped before the login: no startup, no password.
            QCOMPARE(record, QStringList({"reached"}));
            QCOMPARE(message, certificateMessage(address));
        }
    }

    // With the authority that signed the server's certificate given, the same server is
    // trusted (and, being a fake, refuses the password): verify-full works, it is not a wall.
    void theRightAuthorityIsTrusted()
    {
        if (!m_notRemote.isEmpty())
            QSKIP(qPrintable("Not run: " + m_notRemote));
        std::optional<Server> s = startServer(true);
        QVERIFY(s);
        const Env ca("PGSSLROOTCERT", m_cert.toLocal8Bit());
        const Env mode("PGSSLMODE", "disable");
        const QString address =
            QStringLiteral("postgresql://relink@%1:%2/relink").arg(m_host).arg(s->port);
        const QString message = open(address);
        QCOMPARE(stop(*s), QStringList({"reached", "connected", "received a password"}));
        QVERIFY2(message.startsWith(QStringLiteral("The team history (%1) did not accept the "
                                                   "password")
                                        .arg(address)),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestHistoryTrust)
#include "tst_history_trust.moc"
