// Every CSV Relink writes neutralises cells a spreadsheet would run as a formula (#23, OWASP's
// CSV injection rule): a cell starting with = + - @, a tab or a carriage return gets a leading
// apostrophe, in the history's export and in the links' export alike.
#include "historyexport.h"
#include "linkexport.h"
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
        QCOMPARE(linksCsv({l}),
                 "id,institution,status,access_mode,last_accessed_at,created_at,external_id\r\n"
                 "11111111-1111-4111-8111-111111111111,,,,,," +
                     written + "\r\n");
    }
};

QTEST_GUILESS_MAIN(TestFlowsCsv)
#include "tst_flows_csv.moc"
