// The pre-flight (#25): each finding's exact words and severity from facts (pure), the history
// read into login errors, an open hand-off and the last attempt; and the core object against
// the simulator on 127.0.0.1 with a real SQLite history: the parts asked in parallel, a part
// timing out (a note, never a block), the bank's health cached for 5 minutes.
#include "testsupport.h"

#include "displaytime.h"
#include "historyservice.h"
#include "historystore.h"
#include "preflight.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>

using namespace relink;
using namespace relink::test;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

HistoryEntry entry(const QString &linkId, const QString &outcome, const QString &agent,
                   const QDateTime &at, const QString &environment = "demo")
{
    HistoryEntry e;
    e.linkId = linkId;
    e.outcome = outcome;
    e.agent = agent;
    e.startedAt = at;
    e.environment = environment;
    return e;
}

PreflightFinding only(const QList<PreflightFinding> &findings, const QString &kind)
{
    for (const PreflightFinding &f : findings) {
        if (f.kind == kind)
            return f;
    }
    return {};
}

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT

    BelvoSimulator *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    BelvoClient *m_client = nullptr;
    HistoryService *m_history = nullptr;
    QTemporaryDir m_dir;

    PreflightReport preflight(const QString &linkId, const QString &institution = {},
                              HistoryService *history = nullptr, const QString &agent = {},
                              bool claim = false)
    {
        Preflight::Context context{"demo", history ? history : m_history, PreflightPolicy{}};
        context.agent = agent;
        context.ticket = "SUP-9";
        context.claim = claim;
        Preflight p(m_client, context);
        QSignalSpy done(&p, &Preflight::finished);
        p.start(linkId, institution);
        if (!done.wait(10'000) || done.size() != 1) {
            QTest::qFail("the pre-flight did not end once", __FILE__, __LINE__);
            return {};
        }
        return done.at(0).at(0).value<PreflightReport>();
    }
    int requestsTo(const QString &path) const
    {
        int n = 0;
        for (const BelvoSimulator::Request &r : m_sim->requests())
            n += r.path == path;
        return n;
    }

private slots:
    void initTestCase() { qRegisterMetaType<PreflightReport>(); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sim = new BelvoSimulator;
        QVERIFY(m_sim->listen());
        m_nam = new QNetworkAccessManager(m_sim);
        m_client = new BelvoClient(m_nam, configFor(*m_sim), m_sim);
        QFile::remove(m_dir.filePath("history.sqlite"));
        m_history = new HistoryService(m_sim);
        m_history->setLocation(*HistoryLocation::parse(m_dir.filePath("history.sqlite")).value);
        InstitutionHealthCache::shared().clear();
    }
    void cleanup()
    {
        delete m_sim;
        m_sim = nullptr;
    }

    // Each finding: what is the case, what to do, and whether it asks to confirm.
    void eachFindingSaysWhatAndWhatToDo()
    {
        PreflightFacts f;
        f.linkId = kValid;
        f.institution = "heimdall_mx_retail";
        f.institutionDisplayName = "Heimdall Mexico";
        f.institutionStatus = "down";
        f.institutionCheckedAt = kNow;
        f.readHistory({entry(kValid, "error:login_error", "Ana", kNow.addSecs(-3 * 3600)),
                       entry(kValid, "error:invalid_credentials", "Bruno", kNow.addSecs(-3600)),
                       entry(kValid, "handed_off", "Ana", kNow.addSecs(-240))},
                      "demo", kNow);
        Link link;
        link.id = kValid;
        link.status = "valid";
        f.link = link;
        const QList<PreflightFinding> all = preflightFindings(f, PreflightPolicy{});
        QCOMPARE(all.size(), 5);
        const QString local = displayClock(kNow);
        QCOMPARE(only(all, "institution_down").message,
                 QString("Belvo reports Heimdall Mexico down (checked at %1): the update will "
                         "most likely fail. Try later.")
                     .arg(local));
        QCOMPARE(only(all, "login_errors").message,
                 QString("2 wrong password(s) for this link since %1 (Ana, Bruno). Banks often "
                         "lock online banking after 3: confirm the password with the customer "
                         "first.")
                     .arg(displayClock(kNow.addSecs(-3 * 3600))));
        QCOMPARE(only(all, "open_handoff").message,
                 QString("Sent to the customer by Ana at %1, open until %2: updating now can "
                         "clash with the customer's own update.")
                     .arg(displayClock(kNow.addSecs(-240)), displayClock(kNow.addSecs(360))));
        QCOMPARE(only(all, "already_valid").message,
                 "Link " + kValid + " is valid already: updating replaces working credentials.");
        QCOMPARE(only(all, "last_attempt").message,
                 QString("Last attempt: sent to the customer, by Ana at %1.")
                     .arg(displayTime(kNow.addSecs(-240))));
        using S = PreflightFinding::Severity;
        QList<S> severities;
        for (const PreflightFinding &x : all)
            severities << x.severity;
        QCOMPARE(severities, QList<S>({S::Confirm, S::Confirm, S::Confirm, S::Note, S::Note}));
        QVERIFY(needsConfirmation(all));

        // Settings make each a note; one login error is a note by default.
        PreflightPolicy lenient;
        lenient.confirmBankDown = false;
        lenient.loginErrorsToConfirm = 0;
        lenient.confirmOpenHandoff = false;
        QVERIFY(!needsConfirmation(preflightFindings(f, lenient)));
        f.readHistory({entry(kValid, "error:login_error", "Ana", kNow.addSecs(-60))}, "demo", kNow);
        QCOMPARE(only(preflightFindings(f, {}), "login_errors").severity, S::Note);
    }

    // Only this link's login errors of the last 24 h in this environment count; a hand-off
    // is open while its token lives (10 minutes).
    void theHistoryReadAsAgentsNeedIt()
    {
        PreflightFacts f;
        f.linkId = kValid;
        f.readHistory({entry(kValid, "error:login_error", "Ana", kNow.addSecs(-25 * 3600)),
                       entry(kValid, "error:invalid_link", "Ana", kNow.addSecs(-23 * 3600)),
                       entry(kValid, "error:login_error", "Bruno", kNow.addSecs(-60), "sandbox"),
                       entry(kValid, "error:too_many_sessions", "Bruno", kNow.addSecs(-50)),
                       entry(kValid, "handed_off", "Ana", kNow.addSecs(-601)),
                       entry(kNumeric, "handed_off", "Ana", kNow.addSecs(-10))},
                      "demo", kNow);
        QCOMPARE(f.loginErrors.size(), 1);
        QCOMPARE(f.loginErrors.at(0).outcome, QString("error:invalid_link"));
        QVERIFY(!f.openHandoff); // its token expired 1 s ago; the other is another link's
        QVERIFY(f.lastAttempt);
        QCOMPARE(f.lastAttempt->outcome, QString("error:too_many_sessions")); // not a login error
        QCOMPARE(f.lastAttempt->at, kNow.addSecs(-50));
    }

    // The last attempt's outcome in words, for people.
    void outcomesInWords()
    {
        QCOMPARE(describeAttemptOutcome("success"), QString("updated"));
        QCOMPARE(describeAttemptOutcome("waiting"),
                 QString("sent to the customer, not done in time"));
        QCOMPARE(describeAttemptOutcome("http:502"), QString("HTTP 502"));
        QCOMPARE(describeAttemptOutcome("transport:timeout"),
                 QString("no answer from Belvo (timeout)"));
        QCOMPARE(describeAttemptOutcome("something:new"), QString("something:new"));
    }

    // The link and the bank's health are asked together when the bank is known, the history
    // beside them; the bank down asks to confirm; nothing but GETs is sent.
    void thePartsRunInParallel()
    {
        m_sim->setResponseDelayMs(1000); // no answer comes before both were sent, if in parallel
        const PreflightReport r = preflight(BelvoSimulator::kDownBankLinkId, "erebor_br_retail");
        const QList<BelvoSimulator::Request> sent = m_sim->requests();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).method, QByteArray("GET"));
        QCOMPARE(sent.at(1).method, QByteArray("GET"));
        QVERIFY2(qAbs(sent.at(0).receivedAt.msecsTo(sent.at(1).receivedAt)) < 1000,
                 "the second GET waited for the first answer");
        QCOMPARE(requestsTo("/api/institutions/"), 1);
        QCOMPARE(r.facts.institutionStatus, QString("down"));
        QCOMPARE(r.facts.link->status, QString("invalid"));
        QVERIFY(r.facts.historyRead);
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.at(0).kind, QString("institution_down"));
        QVERIFY(r.needsConfirmation());
    }

    // Belvo not answering in time for the link: a note saying what could not be checked, and
    // the other parts still found what they found.
    void aPartTimingOutIsANote()
    {
        m_history->step(m_history->begin({"demo", kValid, "erebor_mx_retail", {}, {}, {}}),
                        HistoryStep::Put, loginErrorResult());
        QVERIFY(m_history->waitForWrites(10'000));
        ClientConfig slow = configFor(*m_sim);
        slow.timeoutMs = 200;
        m_client = new BelvoClient(m_nam, slow, m_sim);
        m_sim->setResponseDelayMs(2000);
        const PreflightReport r = preflight(kValid);
        QVERIFY(!r.facts.link);
        const PreflightFinding notChecked = only(r.findings, "not_checked");
        QVERIFY2(notChecked.message.startsWith("The link could not be checked: "),
                 qPrintable(notChecked.message));
        QCOMPARE(notChecked.severity, PreflightFinding::Severity::Note);
        QCOMPARE(only(r.findings, "login_errors").severity, PreflightFinding::Severity::Note);
        QVERIFY(!r.needsConfirmation());
    }

    // A team history that does not answer (a server that accepts and says nothing) is given up
    // at the part's timeout: a note, and the link and the bank were still checked.
    void aHistoryThatDoesNotAnswerIsANote()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        HistoryService team;
        team.setLocation(
            *HistoryLocation::parse(
                 QString("postgresql://ana@127.0.0.1:%1/relink").arg(silent.serverPort()))
                 .value);
        Preflight p(m_client, {"demo", &team, PreflightPolicy{}, 300});
        QSignalSpy done(&p, &Preflight::finished);
        p.start(BelvoSimulator::kDownBankLinkId);
        QVERIFY(done.wait(10'000));
        const PreflightReport r = done.at(0).at(0).value<PreflightReport>();
        QVERIFY(!r.facts.historyRead);
        QCOMPARE(only(r.findings, "not_checked").message,
                 QString("The history could not be read, so earlier login errors and hand-offs "
                         "were not checked: it did not answer within 1 second(s)."));
        QCOMPARE(r.facts.institutionStatus, QString("down"));
        QVERIFY(r.needsConfirmation());
        QVERIFY(!done.wait(500)); // once
    }

    // Stopped (Ctrl+C in relink-cli): one report, with what was not checked said.
    void aCancelledPreflightEndsOnce()
    {
        Preflight p(m_client, {"demo", m_history, PreflightPolicy{}});
        QSignalSpy done(&p, &Preflight::finished);
        p.start(kValid);
        p.cancel();
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(!done.wait(300)); // and no second one
        const PreflightReport r = done.at(0).at(0).value<PreflightReport>();
        QVERIFY(!r.facts.link);
        QCOMPARE(only(r.findings, "not_checked").message.left(31),
                 QString("The link could not be checked: "));
    }

    // Two login errors recorded: the third attempt is asked to confirm first.
    void loginErrorsFromTheHistory()
    {
        for (int i = 0; i < 2; ++i)
            m_history->step(m_history->begin({"demo", kValid, "erebor_mx_retail", {}, {}, {}}),
                            HistoryStep::Put, loginErrorResult());
        QVERIFY(m_history->waitForWrites(10'000));
        const PreflightReport r = preflight(kValid);
        QCOMPARE(r.facts.loginErrors.size(), 2);
        QCOMPARE(r.findings.at(0).kind, QString("login_errors"));
        QCOMPARE(r.findings.at(0).severity, PreflightFinding::Severity::Confirm);
        QCOMPARE(r.facts.institutionStatus, QString("healthy"));
    }

    // A colleague on the link: a finding that asks to confirm, in words; off in Settings, a note.
    void aColleagueOnTheLink()
    {
        PreflightFacts f;
        f.linkId = kValid;
        f.claimedBy = {"demo", kValid, "Ana García", "SUP-1234", kNow.addSecs(-120), kNow};
        const QString said = QString("Ana García is on this link (since %1, ticket SUP-1234). "
                                     "Ask them before going ahead: two updates of one link at "
                                     "once fail (too_many_sessions), and the customer may be "
                                     "asked twice.")
                                 .arg(displayClock(kNow.addSecs(-120)));
        QCOMPARE(only(preflightFindings(f, {}), "claimed").message, said);
        QCOMPARE(only(preflightFindings(f, {}), "claimed").severity,
                 PreflightFinding::Severity::Confirm);
        f.claimedBy.ticket.clear();
        QVERIFY(only(preflightFindings(f, {}), "claimed")
                    .message.startsWith(QString("Ana García is on this link (since %1). Ask")
                                            .arg(displayClock(kNow.addSecs(-120)))));
        PreflightPolicy lenient;
        lenient.confirmClaimed = false;
        QVERIFY(!needsConfirmation(preflightFindings(f, lenient)));
    }

    // Checking a link claims it for its agent; a colleague's check then finds them on it and
    // leaves their claim; their own check finds nothing.
    void checkingClaimsTheLink()
    {
        const PreflightReport ana = preflight(kValid, {}, nullptr, "Ana", true);
        QVERIFY(!ana.facts.claimedBy.isValid());
        QVERIFY(!needsConfirmation(ana.findings));
        const PreflightReport bruno = preflight(kValid, {}, nullptr, "Bruno", true);
        QCOMPARE(bruno.facts.claimedBy.agent, QString("Ana"));
        QCOMPARE(bruno.facts.claimedBy.ticket, QString("SUP-9"));
        QCOMPARE(bruno.findings.at(0).kind, QString("claimed"));
        QVERIFY(!preflight(kValid, {}, nullptr, "ana", true).facts.claimedBy.isValid());
        const ClaimRead held = m_history->claimAndWait({"demo", kValid, {}, {}});
        QVERIFY(held.ok);
        QCOMPARE(held.claim.agent.toLower(), QString("ana")); // renewed by "ana": the same agent
        // Read-only (relink-cli check): nobody's link is claimed by it.
        QVERIFY(!preflight(kQr, {}, nullptr, "Bruno", false).facts.claimedBy.isValid());
        QVERIFY(!m_history->claimAndWait({"demo", kQr, {}, {}}).claim.isValid());
    }

    // The bank's health is asked once per bank and environment in 5 minutes.
    void theBanksHealthIsCached()
    {
        preflight(kValid);
        preflight(kValid);
        QCOMPARE(requestsTo("/api/institutions/"), 1);
        QCOMPARE(requestsTo("/api/links/" + kValid + "/"), 2);
        InstitutionHealthCache cache;
        cache.store("demo", "erebor_mx_retail", {"Erebor Mexico", "healthy", kNow});
        QVERIFY(cache.find("demo", "erebor_mx_retail", kNow.addSecs(299)));
        QVERIFY(!cache.find("demo", "erebor_mx_retail", kNow.addSecs(300)));
        QVERIFY(!cache.find("sandbox", "erebor_mx_retail", kNow));
    }
};

QTEST_MAIN(TestPreflight)
#include "tst_flows_preflight.moc"
