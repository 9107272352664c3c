// Every CSV Relink writes neutralises cells a spreadsheet would run as a formula (#23, OWASP's
// CSV injection rule): a cell starting with = + - @, a tab or a carriage return gets a leading
// apostrophe, in the history's export and in the links' export alike.
#include "csv.h"
#include "historyexport.h"
#include "linkexport.h"
#include "linkpicture.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QTimeZone>

using namespace relink;

class TestFlowsCsv : public QObject
{
    Q_OBJECT

private slots:
    void formulasAreNeutralised_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        const QString payload = "cmd|' /C calc'!A0";
        QTest::newRow("=") << "=" + payload << "'=" + payload;
        QTest::newRow("+") << "+" + payload << "'+" + payload;
        QTest::newRow("-") << "-" + payload << "'-" + payload;
        QTest::newRow("@") << "@" + payload << "'@" + payload;
        QTest::newRow("tab") << "\t" + payload << "'\t" + payload;
        QTest::newRow("carriage return") << "\r" + payload << "\"'\r" + payload + "\"";
        QTest::newRow("plain") << "SUP-1234"
                               << "SUP-1234";
    }

    void formulasAreNeutralised()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);

        HistoryEntry e;
        e.startedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
        e.environment = "sandbox";
        e.ticket = cell;
        QCOMPARE(historyCsv({e}),
                 "time_utc,environment,link_id,institution,fields,steps,outcome,http_status,"
                 "request_ids,link_status,agent,ticket\r\n"
                 "2024-05-01T12:00:00Z,sandbox,,,,,,0,,,," +
                     written + "\r\n");

        Link l;
        l.raw = QJsonObject{{"id", "11111111-1111-4111-8111-111111111111"}, {"external_id", cell}};
        l.id = l.raw.value("id").toString();
        QCOMPARE(linksCsv({l}),
                 "id,institution,status,access_mode,last_accessed_at,created_at,external_id,"
                 "institution_status,last_attempt,claimed_by,handoff_open_until\r\n"
                 "11111111-1111-4111-8111-111111111111,,,,,," +
                     written + ",,,,\r\n");
        // The team's picture: a claim's ticket is a cell like any other.
        LinkPicture p;
        p.claimedBy = {"sandbox",
                       l.raw.value("id").toString(),
                       "ana",
                       cell,
                       QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc()),
                       {}};
        const QString claim = "ana;2024-05-01T12:00:00.000Z;" + cell;
        QVERIFY(linksCsv({l}, {{l.raw.value("id").toString(), p}})
                    .endsWith(",," + csvField(claim) + ",\r\n"));
    }

    // Each link's picture from the history and the claims: the newest attempt in this
    // environment, a hand-off open until its token ends, a claim in force, the bank's health.
    void theTeamsPictureOfALink()
    {
        const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), QTimeZone::utc());
        Link a, b;
        a.id = "aaaaaaaa-1111-4111-8111-111111111111";
        a.institution = "erebor_br_retail";
        b.id = "bbbbbbbb-1111-4111-8111-111111111111";
        b.institution = "heimdall_mx_retail";
        auto attempt = [](const QString &link, const QString &env, const QString &outcome,
                          const QString &agent, const QDateTime &at) {
            HistoryEntry e;
            e.linkId = link;
            e.environment = env;
            e.outcome = outcome;
            e.agent = agent;
            e.startedAt = at;
            return e;
        };
        const QList<HistoryEntry> attempts{
            attempt(a.id, "sandbox", "error:login_error", "bruno", now.addSecs(-3600)),
            attempt(a.id, "sandbox", "handed_off", "ana", now.addSecs(-120)),
            attempt(a.id, "production", "success", "carla", now.addSecs(-60)), // elsewhere
            attempt(b.id, "sandbox", "handed_off", "ana", now.addSecs(-900))}; // expired
        const QList<LinkClaim> claims{
            {"sandbox", b.id, "Ana García", "SUP-1", now.addSecs(-30), now.addSecs(570)},
            {"sandbox", a.id, "old", {}, now.addSecs(-900), now.addSecs(-300)}}; // expired
        const QHash<QString, LinkPicture> p =
            linkPictures({a, b}, attempts, claims, {{"erebor_br_retail", "down"}}, "sandbox", now);
        QCOMPARE(p.value(a.id).institutionStatus, QString("down"));
        QCOMPARE(p.value(a.id).lastAttempt->agent, QString("ana"));
        QCOMPARE(p.value(a.id).handoffOpenUntil, now.addSecs(-120 + 600));
        QVERIFY(!p.value(a.id).claimedBy.isValid());
        QCOMPARE(p.value(b.id).institutionStatus, QString());
        QVERIFY(!p.value(b.id).handoffOpenUntil.isValid());
        QCOMPARE(p.value(b.id).claimedBy.agent, QString("Ana García"));
        QCOMPARE(p.value(a.id).toJson(),
                 QJsonObject({{"institution_status", "down"},
                              {"last_attempt", QJsonObject{{"agent", "ana"},
                                                           {"at", "2026-12-07T11:58:00.000Z"},
                                                           {"outcome", "handed_off"}}},
                              {"claimed_by", QJsonValue()},
                              {"handoff_open_until", "2026-12-07T12:08:00.000Z"}}));
    }

    // The queue's summary by bank: the most links first (then by name), display names where
    // known; a banner for a bank down, and for one holding at least 10 links and half of them
    // (not when it is the only bank listed: the agent filtered by it).
    void theSummaryByBankAndItsBanners()
    {
        QStringList rows;
        for (int i = 0; i < 12; ++i)
            rows << "heimdall_mx_retail";
        rows << "erebor_br_retail"
             << "erebor_br_retail"
             << "gotham_mx_business"
             << "erebor_mx_retail";
        const QList<BankSummary> banks =
            bankSummaries(rows, {{"erebor_br_retail", "Erebor Brazil"}},
                          {{"erebor_br_retail", "down"}, {"heimdall_mx_retail", "healthy"}});
        QCOMPARE(banks.size(), 4);
        QCOMPARE(banks.at(0).institution, QString("heimdall_mx_retail"));
        QCOMPARE(banks.at(0).displayName, QString("heimdall_mx_retail"));
        QCOMPARE(banks.at(0).links, 12);
        QCOMPARE(banks.at(0).status, QString("healthy"));
        QCOMPARE(banks.at(1).displayName, QString("Erebor Brazil"));
        QCOMPARE(banks.at(1).status, QString("down"));
        QCOMPARE(banks.at(2).institution, QString("erebor_mx_retail")); // 1 each: by name
        QCOMPARE(banks.at(3).institution, QString("gotham_mx_business"));
        auto texts = [](const QList<BankBanner> &banners) {
            QStringList out;
            for (const BankBanner &b : banners)
                out << b.institution + " " + b.text;
            return out;
        };
        QCOMPARE(texts(bankBanners(banks, true)),
                 QStringList({"heimdall_mx_retail "
                              "heimdall_mx_retail: 12 of the 16 links needing attention are at "
                              "this bank. It may be failing: update one and see before the "
                              "others.",
                              "erebor_br_retail Erebor Brazil: 2 link(s) need attention, and Belvo "
                              "reports the bank "
                              "down — updates will fail until it is back."}));
        QCOMPARE(bankBanners(banks, false).value(1).text,
                 QString("Erebor Brazil: 2 link(s) listed, and Belvo reports the bank down — "
                         "updates will fail until it is back."));
        // Fewer than 10, or under half: no banner for the bank that merely has the most.
        QVERIFY(bankBanners(bankSummaries(rows.mid(3), {}, {}), true).isEmpty());
        QVERIFY(
            bankBanners(bankSummaries(rows + rows.mid(0, 10).replaceInStrings("heimdall", "erebor"),
                                      {}, {}),
                        true)
                .isEmpty());
        // The only bank listed (filtered by it): no banner unless it is down.
        QVERIFY(bankBanners(bankSummaries(rows.mid(0, 12), {}, {}), true).isEmpty());
        QVERIFY(bankBanners({}, true).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFlowsCsv)
#include "tst_flows_csv.moc"
