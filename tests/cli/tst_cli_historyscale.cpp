// relink-cli history --json and --csv at a desk's scale (#26): 150,000 attempts of two steps
// each, on SQLite and on a real PostgreSQL, exported through the real binary. The output is
// complete (every attempt, the document closed) and the process's peak memory (its maximum
// resident set, from the kernel) stays under 64 MiB: the export is written as the rows come,
// never built whole (it took over 800 MiB before). Memory, not time: the figures of speed are
// scripts/bench.sh's. Not run under the sanitizers (their shadow memory is the process's too).
#include "pgsupport.h"
#include "testsupport.h"

#include "historystore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace relink;
using namespace relink::test;

namespace {

constexpr int kAttempts = 150'000;
constexpr long kMaxRssKiB = 64 * 1024;

// The largest resident set of the children waited for so far (KiB).
long childrenPeakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestCliHistoryScale : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PgServer m_pg;

    QProcessEnvironment environment(const QString &historyVariable, const QString &history) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.remove("RELINK_HISTORY_DB");
        env.remove("RELINK_HISTORY_URL");
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.path() + "/no-bus");
        env.insert("HOME", m_dir.path());
        env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
        env.insert("LC_ALL", "C.UTF-8");
        env.insert(historyVariable, history);
        return env;
    }

    // Runs relink-cli history with `format` into a file; checks it is whole and returns the
    // process's peak resident set (KiB), -1 when it failed.
    long exportPeak(const QProcessEnvironment &env, const QString &format)
    {
        const QString out = m_dir.filePath("export." + format.mid(2));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setStandardOutputFile(out);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(RELINK_CLI_PATH, {"history", format});
        if (!p.waitForFinished(300'000)) { // a blocking wait: nothing here serves an event
            p.kill();
            p.waitForFinished();
            qWarning("relink-cli history %s did not finish", qPrintable(format));
            return -1;
        }
        if (p.exitCode() != 0) {
            qWarning("relink-cli history %s: exit %d: %s", qPrintable(format), p.exitCode(),
                     p.readAllStandardError().constData());
            return -1;
        }
        const long peak = childrenPeakKiB();
        // Whole: every attempt, and the document's end.
        QFile file(out);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray marker =
            format == "--json" ? QByteArray("\"link_id\": ") : QByteArray(",sandbox,");
        qint64 count = 0;
        QByteArray carry;
        while (!file.atEnd()) { // in pieces: this test's own memory stays small too
            QByteArray piece = carry + file.read(1 << 20);
            count += piece.count(marker);
            carry = piece.right(marker.size() - 1);
            count -= carry.count(marker);
        }
        if (!file.seek(file.size() - 3))
            return -1;
        const QByteArray end = file.read(3);
        if (count != kAttempts || (format == "--json" && end != QByteArray("\n]\n"))) {
            qWarning("%s: %lld attempts, ending %s", qPrintable(format), count,
                     end.toHex().constData());
            return -1;
        }
        file.close();
        QFile::remove(out);
        return peak;
    }

    // Both exports of the history `env` names: whole, and within the memory bound. The peak is
    // the largest of every child so far (the kernel keeps no other): each run stays under it.
    void checkExports(const QProcessEnvironment &env, const char *store)
    {
        for (const QString format : {"--json", "--csv"}) {
            const long peak = exportPeak(env, format);
            QVERIFY(peak > 0);
            qInfo("%s, %d attempts, history %s: peak RSS so far %ld KiB", store, kAttempts,
                  qPrintable(format), peak);
            QVERIFY2(peak <= kMaxRssKiB, qPrintable(QString::number(peak)));
        }
    }

    // kAttempts attempts (5,000 links, 100 tickets, a second apart) of two steps each, in the
    // database's own loops (seconds, not minutes).
    static bool seed(HistoryStore &store, bool postgres)
    {
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        const QString attempts =
            postgres ? QStringLiteral(
                           "INSERT INTO attempts (started_at, environment, link_id, institution, "
                           "fields, outcome, http_status, request_ids, link_status, uid, agent, "
                           "ticket) SELECT now() - i * interval '1 second', 'sandbox', "
                           "lpad((i % 5000)::text, 8, '0') || '-1111-4111-8111-111111111111', "
                           "'erebor_mx_retail', 'password', 'success', 200, 'req-' || i, 'valid', "
                           "'uid-' || i, 'ana', 'SUP-' || (i % 100) FROM generate_series(1, "
                           "KATTEMPTS) i")
                     : QStringLiteral(
                           "INSERT INTO attempts (started_at, environment, link_id, institution, "
                           "fields, outcome, http_status, request_ids, link_status, uid, agent, "
                           "ticket) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                           "WHERE i < KATTEMPTS) SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' "
                           "|| i || "
                           "' seconds'), 'sandbox', printf('%08d', i % 5000) || "
                           "'-1111-4111-8111-111111111111', 'erebor_mx_retail', 'password', "
                           "'success', 200, 'req-' || i, 'valid', 'uid-' || i, 'ana', 'SUP-' || "
                           "(i % 100) FROM n");
        const QString steps = QStringLiteral(
            "INSERT INTO steps (attempt_id, at, method, http_status, outcome, request_ids, uid) "
            "SELECT id, started_at, '%1', %2, '%3', request_ids, uid || '-%1' FROM attempts");
        QString all = attempts;
        all.replace(QStringLiteral("KATTEMPTS"), QString::number(kAttempts));
        for (const QString &sql : {all, steps.arg("PUT").arg(428).arg("mfa"),
                                   steps.arg("PATCH").arg(200).arg("success")}) {
            if (!q.exec(sql)) {
                qWarning("seeding: %s", qPrintable(q.lastError().text()));
                return false;
            }
        }
        return true;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sqliteExportsInConstantMemory()
    {
        const QString path = m_dir.filePath("history.sqlite");
        {
            HistoryStore store;
            QVERIFY2(store.open(path), qPrintable(store.lastError()));
            QVERIFY(seed(store, false));
        }
        checkExports(environment("RELINK_HISTORY_DB", path), "SQLite");
    }

    void postgresqlExportsInConstantMemory()
    {
        m_pg = PgServer::fromFixture();
        QVERIFY2(m_pg.available, qPrintable(m_pg.whyNot));
        const QString url = m_pg.createDatabase("tst_history_scale");
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        {
            HistoryStore store;
            QVERIFY2(store.open(*HistoryLocation::parse(url).value), qPrintable(store.lastError()));
            QVERIFY(seed(store, true));
        }
        checkExports(environment("RELINK_HISTORY_URL", url), "PostgreSQL");
    }
};

QTEST_GUILESS_MAIN(TestCliHistoryScale)
#include "tst_cli_historyscale.moc"
