#pragma once

// Who is on which link, as two desktops see it through their own connections to one history:
// tst_history_store runs it on a SQLite file, tst_history_team on a real PostgreSQL.
#include "historyclaims.h"
#include "historystore.h"
#include "testsupport.h"

namespace relink::test {

inline void claimsBetweenTwoDesks(HistoryStore &anaStore, HistoryStore &brunoStore)
{
    HistoryClaims ana(anaStore), bruno(brunoStore);
    const QString env = QStringLiteral("sandbox");
    const QString link = kValid;
    bool ok = false;

    // Ana checks the link: it is hers for 10 minutes, with her ticket.
    const LinkClaim a = ana.claim({env, link, "Ana García", "SUP-1234", 600}, &ok);
    QVERIFY2(ok, qPrintable(anaStore.lastError()));
    QCOMPARE(a.agent, QString("Ana García"));
    QCOMPARE(a.ticket, QString("SUP-1234"));
    QVERIFY(a.expiresAt >= a.since.addSecs(599));

    // Bruno sees her on it; his own check leaves her claim as it was.
    const LinkClaim seen = bruno.claimOf(env, link, &ok);
    QVERIFY2(ok, qPrintable(brunoStore.lastError()));
    QCOMPARE(seen.agent, QString("Ana García"));
    QCOMPARE(seen.since, a.since);
    const LinkClaim left = bruno.claim({env, link, "bruno", "OPS-1", 600}, &ok);
    QVERIFY(ok);
    QCOMPARE(left.agent, QString("Ana García"));
    QCOMPARE(left.ticket, QString("SUP-1234"));
    QVERIFY(!bruno.claimOf("production", link).isValid()); // another environment's link
    QVERIFY(!bruno.claimOf(env, kQr).isValid());           // another link

    // Renewed while the link stays in her form: the same `since`, a later end.
    LinkClaim renewed;
    QTRY_VERIFY((renewed = ana.claim({env, link, "Ana García", "SUP-1234", 600})).expiresAt >
                a.expiresAt);
    QCOMPARE(renewed.since, a.since);

    // Taken over: Bruno confirmed going ahead. Ana's release then leaves his claim alone.
    const LinkClaim taken = bruno.claim({env, link, "bruno", "OPS-1", 600, true}, &ok);
    QVERIFY(ok);
    QCOMPARE(taken.agent, QString("bruno"));
    QCOMPARE(taken.ticket, QString("OPS-1"));
    QVERIFY(taken.since >= renewed.since);
    QCOMPARE(ana.claimOf(env, link).agent, QString("bruno"));
    QVERIFY(ana.release(env, link, "Ana García"));
    QCOMPARE(ana.claimOf(env, link).agent, QString("bruno"));
    QVERIFY(bruno.release(env, link, "bruno"));
    QVERIFY(!ana.claimOf(env, link, &ok).isValid());
    QVERIFY(ok);

    // Expired by the database's clock: a desktop that crashed holds the link no longer, and
    // the next agent takes it without taking it over.
    QCOMPARE(ana.claim({env, link, "Ana García", "SUP-1234", 1}).agent, QString("Ana García"));
    QCOMPARE(ana.claim({env, kQr, "Ana García", "SUP-1235", 600}).agent, QString("Ana García"));
    QTRY_VERIFY_WITH_TIMEOUT(!bruno.claimOf(env, link).isValid(), 10'000);
    const LinkClaim after = bruno.claim({env, link, "bruno", {}, 600}, &ok);
    QCOMPARE(after.agent, QString("bruno"));
    QVERIFY(after.since > a.since);
    const QList<LinkClaim> all = ana.claims(env, &ok);
    QVERIFY(ok);
    QCOMPARE(all.size(), 2); // Ana on the QR link, Bruno on this one, oldest first
    QCOMPARE(all.at(0).linkId, kQr);
    QCOMPARE(all.at(1).agent, QString("bruno"));
}

} // namespace relink::test
