// relink-cli links as scripts use it: the real binary against the simulator on 127.0.0.1, the
// exact query it sends, each output form (table, --json, --csv), the count on stderr and the
// exit codes of its contract (README, relink-cli).
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <unistd.h>

using namespace relink;
using namespace relink::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QByteArray kAttentionPage = "/api/links/?status__in=invalid,token_required&page_size=1000";

QByteArray page(int count, const QString &next, const QJsonArray &results)
{
    return QJsonDocument(QJsonObject{{"count", count},
                                     {"next", next.isEmpty() ? QJsonValue() : QJsonValue(next)},
                                     {"previous", QJsonValue()},
                                     {"results", results}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestCliLinks : public QObject
{
    Q_OBJECT

    BelvoSimulator *m_sim = nullptr;
    QTemporaryDir m_dir;

    QProcessEnvironment environment(const QString &password = BelvoSimulator::kDemoSecretPassword)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.path() + "/no-bus");
        env.insert("HOME", m_dir.path());
        env.insert("RELINK_HISTORY_DB", m_dir.filePath("history.sqlite"));
        env.insert("LC_ALL", "C.UTF-8");
        env.insert("TZ", "UTC");
        env.insert("BELVO_BASE_URL", m_sim->baseUrl().toString());
        env.insert("BELVO_SECRET_ID", BelvoSimulator::kDemoSecretId);
        env.insert("BELVO_SECRET_PASSWORD", password);
        return env;
    }

    Run run(const QStringList &args, const QProcessEnvironment &env = {})
    {
        QProcess p;
        p.setProcessEnvironment(env.isEmpty() ? environment() : env);
        p.setChildProcessModifier([] { ::setsid(); });
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(RELINK_CLI_PATH, QStringList{"links"} + args);
        p.closeWriteChannel();
        if (!finished.wait(60'000)) {
            p.kill();
            QTest::qFail("relink-cli did not finish", __FILE__, __LINE__);
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // The server's own answer to a query, fetched here (not through relink-cli).
    QJsonArray serverLinks(const QByteArray &target)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_sim->baseUrl().toString() + QString::fromLatin1(target)));
        req.setRawHeader("Authorization", basicAuth(BelvoSimulator::kDemoSecretId,
                                                    BelvoSimulator::kDemoSecretPassword));
        QNetworkReply *reply = nam.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10'000))
            return {};
        const QJsonArray results =
            QJsonDocument::fromJson(reply->readAll()).object().value("results").toArray();
        delete reply;
        m_sim->clearRequests();
        return results;
    }

    // The listing's requests (with --json and --csv the banks' health follows: banksAsked()).
    QList<QByteArray> targets() const
    {
        QList<QByteArray> out;
        for (const BelvoSimulator::Request &r : m_sim->requests()) {
            if (r.path == "/api/links/")
                out << r.target;
        }
        return out;
    }
    // The banks whose health was asked, in order: GET /api/institutions/?name=…
    QStringList banksAsked() const
    {
        QStringList out;
        for (const BelvoSimulator::Request &r : m_sim->requests()) {
            if (r.path == "/api/institutions/")
                out << r.query.queryItemValue("name");
        }
        return out;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sim = new BelvoSimulator;
        QVERIFY(m_sim->listen());
    }
    void cleanup()
    {
        delete m_sim;
        m_sim = nullptr;
    }

    void helpNamesTheCommand()
    {
        QProcess p;
        p.start(RELINK_CLI_PATH, {"--help"});
        QVERIFY(p.waitForFinished(10'000));
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(help.contains("  links            list links needing attention (--status, "
                              "--institution, --since, --limit, --json, --csv)\n"));
        QVERIFY(help.contains("--status <STATUS>"));
        QVERIFY(help.contains("--limit <N>"));
    }

    // Plain: an aligned table on stdout, the count on stderr.
    void aTableOfTheLinksNeedingAttention()
    {
        const QJsonArray expected = serverLinks(kAttentionPage);
        const Run r = run({});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString("78 link(s) need attention.\n"));
        QCOMPARE(targets(), QList<QByteArray>{kAttentionPage});
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 79);
        QCOMPARE(lines.at(0), QString("ID                                    INSTITUTION         "
                                      "STATUS          LAST ACCESSED     EXTERNAL ID"));
        QCOMPARE(lines.at(2), QString("22222222-2222-4222-8222-222222222222  heimdall_mx_retail  "
                                      "token_required  2026-10-30 09:15  customer-mfa_numeric"));
        for (int i = 1; i < lines.size(); ++i) {
            const QJsonObject link = expected.at(i - 1).toObject();
            QVERIFY(lines.at(i).startsWith(link.value("id").toString() + "  "));
            QCOMPARE(lines.at(i).mid(38, 20).trimmed(), link.value("institution").toString());
            QCOMPARE(lines.at(i).mid(58, 16).trimmed(), link.value("status").toString());
        }
    }

    void jsonIsTheServersObjects()
    {
        m_sim->addLinks(2500, "token_required"); // three pages of Belvo's largest
        QJsonArray expected;
        for (const QByteArray suffix : {"", "&page=2", "&page=3"}) {
            for (const QJsonValue &link : serverLinks(kAttentionPage + suffix))
                expected.append(link);
        }
        QCOMPARE(expected.size(), 2578);
        const Run r = run({"--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        QVERIFY(doc.isArray());
        // Belvo's objects, each with the team's picture of it: its bank's health (asked once a
        // bank), and nothing recorded yet in this history.
        QJsonArray servers;
        QSet<QString> banks;
        for (const QJsonValue &v : doc.array()) {
            QJsonObject o = v.toObject();
            const QString bank = o.value("institution").toString();
            banks.insert(bank);
            QCOMPARE(o.take("institution_status"),
                     QJsonValue(bank == "erebor_br_retail" ? "down" : "healthy"));
            for (const char *none : {"last_attempt", "claimed_by", "handoff_open_until"})
                QCOMPARE(o.take(QLatin1String(none)), QJsonValue());
            servers.append(o);
        }
        QCOMPARE(servers, expected);
        const QStringList asked = banksAsked();
        QCOMPARE(QSet<QString>(asked.cbegin(), asked.cend()), banks);
        QCOMPARE(asked.size(), banks.size());
        QCOMPARE(r.err, QString("2578 link(s) need attention.\n"));
        QCOMPARE(targets(), (QList<QByteArray>{kAttentionPage, kAttentionPage + "&page=2",
                                               kAttentionPage + "&page=3"}));
    }

    void csvHasItsHeaderAndQuotes()
    {
        const QJsonObject tricky{{"id", "aaaaaaaa-1111-4111-8111-111111111111"},
                                 {"institution", "erebor_mx_retail"},
                                 {"status", "invalid"},
                                 {"access_mode", "single"},
                                 {"last_accessed_at", QJsonValue()},
                                 {"created_at", "2025-01-02T03:04:05.000000Z"},
                                 {"external_id", "acme, \"north\"\nbranch"}};
        const QJsonObject formula{{"id", "bbbbbbbb-2222-4222-8222-222222222222"},
                                  {"institution", "gotham_mx_business"},
                                  {"status", "token_required"},
                                  {"access_mode", "recurrent"},
                                  {"last_accessed_at", "2026-10-30T09:15:00.000000Z"},
                                  {"created_at", "2024-03-05T14:22:10.123456Z"},
                                  {"external_id", "=HYPERLINK(\"x\")"}};
        m_sim->enqueueResponse({200, page(2, {}, {tricky, formula}), {}});
        const Run r = run({"--csv"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString("id,institution,status,access_mode,last_accessed_at,created_at,"
                                "external_id,institution_status,last_attempt,claimed_by,"
                                "handoff_open_until\r\n"
                                "aaaaaaaa-1111-4111-8111-111111111111,erebor_mx_retail,invalid,"
                                "single,,2025-01-02T03:04:05.000000Z,\"acme, \"\"north\"\"\n"
                                "branch\",healthy,,,\r\n"
                                "bbbbbbbb-2222-4222-8222-222222222222,gotham_mx_business,"
                                "token_required,recurrent,2026-10-30T09:15:00.000000Z,"
                                "2024-03-05T14:22:10.123456Z,\"'=HYPERLINK(\"\"x\"\")\",healthy,,,"
                                "\r\n"));
        QCOMPARE(banksAsked(), QStringList({"erebor_mx_retail", "gotham_mx_business"}));
        QCOMPARE(r.err, QString("2 link(s) need attention.\n"));
    }

    void theOptionsBecomeBelvosFilters()
    {
        const Run r = run({"--status", "all", "--institution", "erebor_mx_retail", "--since",
                           "2024-01-01", "--limit", "5"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(targets(), QList<QByteArray>{"/api/links/?institution=erebor_mx_retail&"
                                              "created_at__gte=2024-01-01&page_size=5"});
        QCOMPARE(r.out.count('\n'), 6);
        QVERIFY2(r.err.startsWith("Showing 5 of ") && r.err.endsWith(" matching link(s).\n"),
                 qPrintable(r.err));
        m_sim->clearRequests();
        const Run unconfirmed = run({"--status", "unconfirmed,valid", "--csv"});
        QCOMPARE(unconfirmed.exitCode, 0);
        QCOMPARE(targets(), QList<QByteArray>{"/api/links/?status__in=unconfirmed,valid&"
                                              "page_size=1000"});
        QCOMPARE(unconfirmed.err, QString("222 link(s) match.\n"));
    }

    void badOptionsExit2AndSendNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("err"); // empty: only the exit code is checked
        QTest::newRow("unknown status")
            << QStringList{"--status", "invalid,broken"}
            << "relink-cli: \"broken\" is not a link status. Give one or more of valid, invalid, "
               "unconfirmed, token_required (separated by commas), or all. Nothing was sent.\n";
        QTest::newRow("no status") << QStringList{"--status", ","} << QString();
        QTest::newRow("bad date")
            << QStringList{"--since", "2024-02-30"}
            << "relink-cli: \"2024-02-30\" is not a date. Give it as YYYY-MM-DD, e.g. "
               "2026-11-24. Nothing was sent.\n";
        QTest::newRow("limit 0") << QStringList{"--limit", "0"}
                                 << "relink-cli: --limit takes a number of links, 1 or more. "
                                    "Nothing was sent.\n";
        QTest::newRow("limit abc") << QStringList{"--limit", "abc"} << QString();
        QTest::newRow("both forms") << QStringList{"--json", "--csv"} << QString();
        QTest::newRow("institution") << QStringList{"--institution", "a&b"} << QString();
        QTest::newRow("positional") << QStringList{"extra"} << QString();
    }
    void badOptionsExit2AndSendNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, err);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        if (!err.isEmpty())
            QCOMPARE(r.err, err);
        QVERIFY(m_sim->requests().isEmpty());
    }

    void wrongKeysExit3()
    {
        const Run r = run({"--json"}, environment("not-the-password"));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("exit_code").toInt(), 3);
    }

    // The keys never follow a next page to another origin: exit 7, nothing half-done on stdout.
    void aForeignNextExits7AndPrintsNoList()
    {
        BelvoSimulator foreign;
        QVERIFY(foreign.listen());
        const QJsonArray first = serverLinks(kAttentionPage);
        const QString next =
            foreign.baseUrl().toString() + QString::fromLatin1(kAttentionPage) + "&page=2";
        m_sim->enqueueResponse({200, page(1078, next, first), {}});
        const Run csv = run({"--csv"});
        QCOMPARE(csv.exitCode, 7);
        QCOMPARE(csv.out, QString());
        QVERIFY2(csv.err.startsWith("The listing stopped after 78 link(s).\nerror: The list's "
                                    "next page is on " +
                                    foreign.baseUrl().toString() + ", not on " +
                                    m_sim->baseUrl().toString()),
                 qPrintable(csv.err));
        m_sim->enqueueResponse({200, page(1078, next, first), {}});
        const Run json = run({"--json"});
        QCOMPARE(json.exitCode, 7);
        const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8());
        QVERIFY(doc.isObject()); // the failure, never a partial list
        QCOMPARE(doc.object().value("failure").toObject().value("kind").toString(),
                 QString("foreign_next"));
        QCOMPARE(doc.object().value("exit_code").toInt(), 7);
        QVERIFY(foreign.requests().isEmpty());
    }

    void aFailureMidwayExits7()
    {
        const QJsonArray first = serverLinks(kAttentionPage);
        m_sim->enqueueResponse(
            {200,
             page(1078,
                  m_sim->baseUrl().toString() + QString::fromLatin1(kAttentionPage) + "&page=2",
                  first),
             {}});
        m_sim->enqueueResponse(
            {500,
             R"([{"code": "unexpected_error", "message": "Boom.", "request_id": "r-2"}])",
             {}});
        const Run csv = run({"--csv"});
        QCOMPARE(csv.exitCode, 7);
        QCOMPARE(csv.out, QString());
        QVERIFY2(csv.err.contains("(request_id r-2)"), qPrintable(csv.err));
        QCOMPARE(targets().size(), 2);
        m_sim->enqueueResponse(
            {200,
             page(1078,
                  m_sim->baseUrl().toString() + QString::fromLatin1(kAttentionPage) + "&page=2",
                  first),
             {}});
        m_sim->enqueueResponse({500, R"([{"code": "unexpected_error", "message": "Boom."}])", {}});
        const Run plain = run({});
        QCOMPARE(plain.exitCode, 7);
        QCOMPARE(plain.out.count('\n'), 79); // what arrived, for people
        QVERIFY(plain.err.startsWith("The listing stopped after 78 link(s).\nerror: "));
    }

    void rateLimitedExits8()
    {
        m_sim->enqueueResponse({429, R"([{"code": "too_many_requests", "message": "No."}])", {}});
        const Run r = run({"--csv"});
        QCOMPARE(r.exitCode, 8);
        QCOMPARE(r.out, QString());
    }

    void interruptExits130()
    {
        m_sim->setNextFault(BelvoSimulator::Fault::NeverAnswer);
        QProcess p;
        p.setProcessEnvironment(environment());
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(RELINK_CLI_PATH, {"links", "--csv"});
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->requests().size(), 1, 10'000);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QCOMPARE(p.readAllStandardOutput(), QByteArray());
        QCOMPARE(QString::fromUtf8(p.readAllStandardError()),
                 QString("error: Cancelled before the first page of links arrived.\n"));
    }
};

QTEST_MAIN(TestCliLinks)
#include "tst_cli_links.moc"
