// Opening Relink from a ticket: parseLaunchArgument, the one door for `relink ARG`, a second
// instance's argument and a relink:// link macOS delivers. Only a link id, an environment
// (sandbox, production) and a ticket are ever taken; anything else refuses the link whole.
#include "agent.h"
#include "launchrequest.h"

#include <QTest>

using namespace relink;

namespace {

const QString kId = QStringLiteral("3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c");
const QString kOther = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kUnknownKeyTail = QStringLiteral(
    " Relink takes only a link id, an environment and a ticket from a link; never a base URL, "
    "an API key or a credential.");

QString refusal(const QString &reason)
{
    return QStringLiteral("This relink:// link was not opened: ") + reason +
           QStringLiteral(" Nothing from it was used. Ask for the ticket's link to be fixed, or "
                          "paste the link id into Relink.");
}

QString link(const QString &query = {})
{
    return QStringLiteral("relink://link/") + kId + query;
}

} // namespace

class TestLaunch : public QObject
{
    Q_OBJECT
private slots:
    void acceptsAnIdAndUrlsThatContainOne_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("linkId");
        QTest::newRow("id") << kId << kId;
        QTest::newRow("id in capitals, spaces around")
            << QStringLiteral("  ") + kId.toUpper() + '\n'
            << kId;
        QTest::newRow("dashboard URL")
            << QStringLiteral("https://dashboard.belvo.com/links/") + kId + '/' << kId;
        QTest::newRow("API URL") << QStringLiteral("https://sandbox.belvo.com/api/links/") + kId +
                                        QStringLiteral("/?fields=status")
                                 << kId;
        QTest::newRow("query link_id")
            << QStringLiteral("https://support.example/view?link_id=") + kId << kId;
        QTest::newRow("http") << QStringLiteral("HTTP://127.0.0.1:8000/api/links/") + kId << kId;
    }
    void acceptsAnIdAndUrlsThatContainOne()
    {
        QFETCH(QString, argument);
        QFETCH(QString, linkId);
        const Parsed<LaunchRequest> parsed = parseLaunchArgument(argument);
        QVERIFY2(parsed, qPrintable(parsed.error));
        QCOMPARE(parsed.value->linkId, linkId);
        QCOMPARE(parsed.value->environment, QString());
        QCOMPARE(parsed.value->ticket, QString());
    }

    void takesNothingButTheIdFromAWebUrl()
    {
        // An environment, a base URL or keys in a web URL are not looked at, let alone used.
        const Parsed<LaunchRequest> parsed = parseLaunchArgument(
            QStringLiteral("https://api.evil.example/links/") + kId +
            QStringLiteral("?environment=production&ticket=T-1&secret_id=x&base_url=https://x"));
        QVERIFY2(parsed, qPrintable(parsed.error));
        QCOMPARE(parsed.value->linkId, kId);
        QCOMPARE(parsed.value->environment, QString());
        QCOMPARE(parsed.value->ticket, QString());
    }

    void refusesWebUrlsWithoutOneId()
    {
        QCOMPARE(parseLaunchArgument(QStringLiteral("https://dashboard.belvo.com/links/")).error,
                 QStringLiteral("This URL holds no link id, so nothing was opened. Paste the "
                                "link id, or a dashboard or API URL that contains it."));
        QCOMPARE(parseLaunchArgument(QStringLiteral("https://x.example/links/") + kId +
                                     QStringLiteral("/links/") + kOther)
                     .error,
                 QStringLiteral("The pasted text holds several different link ids; paste just "
                                "the one to update."));
    }

    void refusesWhatIsNoLink_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("word") << QStringLiteral("hello");
        QTest::newRow("almost an id") << kId.left(35);
        QTest::newRow("ftp") << QStringLiteral("ftp://x.example/links/") + kId;
        QTest::newRow("file") << QStringLiteral("file:///tmp/links/") + kId;
        QTest::newRow("JSON") << QStringLiteral("{\"link\":\"") + kId + QStringLiteral("\"}");
    }
    void refusesWhatIsNoLink()
    {
        QFETCH(QString, argument);
        QCOMPARE(parseLaunchArgument(argument).error,
                 QStringLiteral("Relink was started with something that is neither a link id, "
                                "nor a dashboard or API URL, nor a relink://link/… link, so "
                                "nothing was opened. Paste the link id into Relink."));
    }

    void refusesNothing()
    {
        const QString expected = QStringLiteral(
            "There is no link to open. Start Relink with a link id, a dashboard or API URL that "
            "contains one, or a relink://link/… link.");
        QCOMPARE(parseLaunchArgument(QString()).error, expected);
        QCOMPARE(parseLaunchArgument(QStringLiteral(" \t")).error, expected);
    }

    void refusesAnythingLongerThan2048Characters()
    {
        QString url =
            QStringLiteral("https://dashboard.belvo.com/links/") + kId + QStringLiteral("/?q=");
        url += QString(kMaxLaunchArgumentLength - url.size(), QLatin1Char('a'));
        QCOMPARE(url.size(), 2048);
        QVERIFY(parseLaunchArgument(url));
        QCOMPARE(parseLaunchArgument(url + 'a').error,
                 QStringLiteral("The link Relink was started with is longer than 2048 "
                                "characters, so it was not opened. Open it from the ticket "
                                "again, or paste the link id into Relink."));
    }

    void opensRelinkLinks_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("ticket");
        QTest::newRow("id only") << link() << ""
                                 << "";
        QTest::newRow("trailing slash") << link(QStringLiteral("/")) << ""
                                        << "";
        QTest::newRow("empty query") << link(QStringLiteral("?")) << ""
                                     << "";
        QTest::newRow("sandbox") << link(QStringLiteral("?environment=sandbox")) << "sandbox"
                                 << "";
        QTest::newRow("production and a ticket")
            << link(QStringLiteral("?environment=production&ticket=SUP-1234")) << "production"
            << "SUP-1234";
        QTest::newRow("ticket first, environment in capitals")
            << link(QStringLiteral("/?ticket=INC0012345&environment=Production")) << "production"
            << "INC0012345";
        QTest::newRow("ticket only") << link(QStringLiteral("?ticket=42")) << ""
                                     << "42";
        QTest::newRow("scheme and host in capitals")
            << QStringLiteral("RELINK://LINK/") + kId.toUpper() << ""
            << "";
        QTest::newRow("encoded ticket")
            << link(QStringLiteral("?ticket=Case%20%23%2077%26%3D%2F%3F")) << ""
            << "Case # 77&=/?";
        QTest::newRow("plus stays a plus") << link(QStringLiteral("?ticket=A+B")) << ""
                                           << "A+B";
        QTest::newRow("UTF-8 ticket")
            << link(QStringLiteral("?ticket=Peti%C3%A7%C3%A3o-%E2%84%967")) << ""
            << QStringLiteral("Petição-№7");
        QTest::newRow("spaces around the ticket")
            << link(QStringLiteral("?ticket=%20%20T-9%20")) << ""
            << "T-9";
        QTest::newRow("empty ticket: none") << link(QStringLiteral("?ticket=")) << ""
                                            << "";
        QTest::newRow("100 characters")
            << link(QStringLiteral("?ticket=") + QString(100, QLatin1Char('x'))) << ""
            << QString(100, QLatin1Char('x'));
        QString emoji; // 100 characters, 200 UTF-16 units: the limit counts characters
        for (int i = 0; i < 100; ++i)
            emoji += QString::fromUcs4(U"\U0001F3E6");
        QTest::newRow("100 characters outside the BMP")
            << link(QStringLiteral("?ticket=") +
                    QString::fromLatin1(QUrl::toPercentEncoding(emoji)))
            << "" << emoji;
    }
    void opensRelinkLinks()
    {
        QFETCH(QString, argument);
        QFETCH(QString, environment);
        QFETCH(QString, ticket);
        const Parsed<LaunchRequest> parsed = parseLaunchArgument(argument);
        QVERIFY2(parsed, qPrintable(parsed.error));
        QCOMPARE(parsed.value->linkId, kId);
        QCOMPARE(parsed.value->environment, environment);
        QCOMPARE(parsed.value->ticket, ticket);
    }

    void refusesRelinkLinksWithMore_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("message");
        const auto carries = [](const char *key) {
            return refusal(QStringLiteral("it carries “%1”.").arg(QLatin1String(key)) +
                           kUnknownKeyTail);
        };
        QTest::newRow("base_url") << link(QStringLiteral("?base_url=https%3A%2F%2Fevil.example"))
                                  << carries("base_url");
        QTest::newRow("secret_id")
            << link(QStringLiteral("?ticket=T&secret_id=SECRETVALUE")) << carries("secret_id");
        QTest::newRow("secret_password")
            << link(QStringLiteral("?secret_password=SECRETVALUE&environment=sandbox"))
            << carries("secret_password");
        QTest::newRow("password") << link(QStringLiteral("?password=SECRETVALUE"))
                                  << carries("password");
        QTest::newRow("token") << link(QStringLiteral("?token=SECRETVALUE")) << carries("token");
        QTest::newRow("unknown") << link(QStringLiteral("?foo=1")) << carries("foo");
        QTest::newRow("key in capitals")
            << link(QStringLiteral("?Environment=sandbox")) << carries("Environment");
        QTest::newRow("key without a value") << link(QStringLiteral("?keys")) << carries("keys");
        QTest::newRow("unnameable key")
            << link(QStringLiteral("?%E2%80%AEpassword=SECRETVALUE"))
            << refusal(QStringLiteral("it carries an unknown key.") + kUnknownKeyTail);
        const QString host =
            refusal(QStringLiteral("it must begin with relink://link/ followed by the link id."));
        QTest::newRow("other host") << QStringLiteral("relink://evil.example/") + kId << host;
        QTest::newRow("links") << QStringLiteral("relink://links/") + kId << host;
        QTest::newRow("no host") << QStringLiteral("relink:link/") + kId << host;
        QTest::newRow("empty host") << QStringLiteral("relink:///") + kId << host;
        QTest::newRow("user") << QStringLiteral("relink://agent@link/") + kId
                              << refusal(QStringLiteral("it carries a user name or a port."));
        QTest::newRow("port") << QStringLiteral("relink://link:8080/") + kId
                              << refusal(QStringLiteral("it carries a user name or a port."));
        QTest::newRow("fragment")
            << link(QStringLiteral("?ticket=A#B"))
            << refusal(QStringLiteral(
                   "it carries a fragment (after #); a ticket must be URL-encoded."));
        const QString path = refusal(
            QStringLiteral("the link id must be its one path segment: relink://link/LINK_ID."));
        QTest::newRow("more segments") << link(QStringLiteral("/update")) << path;
        QTest::newRow("segment before") << QStringLiteral("relink://link/api/") + kId << path;
        QTest::newRow("two slashes") << link(QStringLiteral("//")) << path;
        QTest::newRow("no path") << QStringLiteral("relink://link") << path;
        QTest::newRow("not an id") << QStringLiteral("relink://link/not-a-link-id")
                                   << refusal(QStringLiteral("its path is not a valid link id."));
        QTest::newRow("encoded slash")
            << QStringLiteral("relink://link/") + kId + QStringLiteral("%2Fx") << path;
        QTest::newRow("not a URL")
            << QStringLiteral("relink://link/") + kId + QStringLiteral("?ticket=a b")
            << refusal(QStringLiteral("it is not a valid URL."));
        const QString environment =
            refusal(QStringLiteral("its environment must be sandbox or production."));
        QTest::newRow("development")
            << link(QStringLiteral("?environment=development")) << environment;
        QTest::newRow("a URL as environment")
            << link(QStringLiteral("?environment=https%3A%2F%2Fevil.example")) << environment;
        QTest::newRow("empty environment") << link(QStringLiteral("?environment=")) << environment;
        QTest::newRow("environment twice")
            << link(QStringLiteral("?environment=sandbox&environment=production"))
            << refusal(QStringLiteral("it gives the environment more than once."));
        QTest::newRow("ticket twice")
            << link(QStringLiteral("?ticket=A&ticket=B"))
            << refusal(QStringLiteral("it gives the ticket more than once."));
        QTest::newRow("101 characters")
            << link(QStringLiteral("?ticket=") + QString(101, QLatin1Char('x')))
            << refusal(QStringLiteral("its ticket is longer than 100 characters."));
        const QString invisible =
            refusal(QStringLiteral("its ticket holds a control or invisible character."));
        QTest::newRow("newline") << link(QStringLiteral("?ticket=A%0AB")) << invisible;
        QTest::newRow("NUL") << link(QStringLiteral("?ticket=A%00")) << invisible;
        QTest::newRow("DEL") << link(QStringLiteral("?ticket=A%7F")) << invisible;
        QTest::newRow("bidi override") << link(QStringLiteral("?ticket=A%E2%80%AEB")) << invisible;
        QTest::newRow("zero width space")
            << link(QStringLiteral("?ticket=A%E2%80%8BB")) << invisible;
        QTest::newRow("private use") << link(QStringLiteral("?ticket=%EE%80%80")) << invisible;
    }
    void refusesRelinkLinksWithMore()
    {
        QFETCH(QString, argument);
        QFETCH(QString, message);
        const Parsed<LaunchRequest> parsed = parseLaunchArgument(argument);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error, message);
        QVERIFY(!parsed.error.contains(QLatin1String("SECRETVALUE")));
        QVERIFY(!parsed.error.contains(QLatin1String("evil")));
    }

    // Trust #5: an agent's name is validated like a ticket (agent.h); one that is not valid in
    // RELINK_AGENT is passed over, never recorded or shown.
    void agentNamesAreLikeTickets()
    {
        QCOMPARE(agentNameProblem("Ana García"), QString());
        QCOMPARE(agentNameProblem(QString(100, 'a')), QString());
        QCOMPARE(agentNameProblem(QString(101, 'a')),
                 QString("The agent's name is longer than 100 characters."));
        QCOMPARE(agentNameProblem("mallory\x1b]0;OWNED\a"),
                 QString("The agent's name holds a control or invisible character."));
        QCOMPARE(agentNameProblem(QString("Ana") + QChar(0x202e)),
                 QString("The agent's name holds a control or invisible character."));
        qputenv("RELINK_AGENT", "mallory\x1b[8m");
        const QString agent = currentAgent();
        qunsetenv("RELINK_AGENT");
        QVERIFY(!agent.contains(QChar(0x1b)));
        QVERIFY(!agent.startsWith("mallory"));
        QCOMPARE(agent, currentAgent()); // the settings' name, or the login name
    }
};

QTEST_GUILESS_MAIN(TestLaunch)
#include "tst_desktop_launch.moc"
