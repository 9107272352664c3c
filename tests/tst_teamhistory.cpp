// The shared team history on PostgreSQL, against a real throwaway server (tests/pgsupport.h).

#include "pgsupport.h"

#include <QTemporaryFile>

using namespace relink::test;

class TestTeamHistory : public QObject
{
    Q_OBJECT

private:
    PgServer m_pg;

private slots:
    void initTestCase()
    {
        m_pg = PgServer::fromFixture();
        QVERIFY2(m_pg.available, qPrintable(m_pg.whyNot));
    }

    // The fixture itself: relink logs in with the password only libpq knows (PGPASSFILE).
    void fixtureConnectsAsRelinkWithoutPasswordInCode()
    {
        PgConnection c(m_pg.url);
        QVERIFY2(c.isOpen(), qPrintable(c.errorText()));
        QVERIFY(c.db().password().isEmpty());
        QSqlQuery q(c.db());
        QVERIFY2(q.exec(QStringLiteral("SELECT current_user, current_database()")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("relink"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("relink"));
    }

    void fixtureRefusesAWrongOrMissingPassword_data()
    {
        QTest::addColumn<QString>("passFileLine");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password")
            << QStringLiteral("127.0.0.1:%1:*:relink:not-the-password\n")
            << QStringLiteral("password authentication failed for user \"relink\"");
        QTest::newRow("no password for relink") << QStringLiteral("127.0.0.1:%1:*:someone-else:x\n")
                                                << QStringLiteral("no password supplied");
    }

    void fixtureRefusesAWrongOrMissingPassword()
    {
        QFETCH(QString, passFileLine);
        QFETCH(QString, expected);
        QTemporaryFile passFile; // 0600, as libpq requires
        QVERIFY(passFile.open());
        passFile.write(passFileLine.arg(m_pg.port).toUtf8());
        passFile.close();
        const ScopedEnv env("PGPASSFILE", QFile::encodeName(passFile.fileName()));

        PgConnection c(m_pg.url);
        QVERIFY(!c.isOpen());
        QVERIFY2(c.errorText().contains(expected), qPrintable(c.errorText()));
    }

    // down() takes the server away (a connection fails), up() brings it back with its data.
    void fixtureServerGoesDownAndComesBackWithItsData()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("tst_fixture_downup"));
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.lastError));
        {
            PgConnection c(url);
            QVERIFY2(c.isOpen(), qPrintable(c.errorText()));
            QSqlQuery q(c.db());
            QVERIFY2(q.exec(QStringLiteral("CREATE TABLE t (v text)")) &&
                         q.exec(QStringLiteral("INSERT INTO t VALUES ('kept')")),
                     qPrintable(q.lastError().text()));
        }

        QVERIFY2(m_pg.down(), qPrintable(m_pg.lastError));
        {
            PgConnection c(url);
            QVERIFY(!c.isOpen());
            QVERIFY2(c.errorText().contains(QStringLiteral("Connection refused")),
                     qPrintable(c.errorText()));
        }

        QVERIFY2(m_pg.up(), qPrintable(m_pg.lastError));
        PgConnection c(url);
        QVERIFY2(c.isOpen(), qPrintable(c.errorText()));
        QSqlQuery q(c.db());
        QVERIFY2(q.exec(QStringLiteral("SELECT current_user, v FROM t")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("relink"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("kept"));
    }

    void cleanup()
    {
        // A failed test must not leave the server down for the next one.
        if (QTest::currentTestFailed())
            m_pg.up();
    }
};

RELINK_PG_TEST_MAIN(TestTeamHistory)

#include "tst_teamhistory.moc"
