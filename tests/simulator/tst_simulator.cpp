// The simulator itself: what it keeps of the requests it received (demo mode keeps them in
// memory for the whole session), the hand-off's widget tokens and its stand-in for Belvo's hosted
// widget, and its loopback server on its own.
#include "testsupport.h"

#include "fakepages.h"
#include "loopbackserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>

using namespace relink;
using namespace relink::test;

namespace {

// Everything a kept request holds, as one string to search.
QByteArray everything(const BelvoSimulator::Request &r)
{
    QByteArray all = r.method + ' ' + r.path.toUtf8() + '?' + r.query.toString().toUtf8() + '\n';
    for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it)
        all += it.key() + ": " + it.value() + '\n';
    return all + r.body + '\n' + QJsonDocument(r.json()).toJson(QJsonDocument::Compact);
}

QNetworkReply *send(QNetworkAccessManager &nam, const QUrl &base, const QByteArray &verb,
                    const QString &path, const QByteArray &body = {})
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization",
                     basicAuth(BelvoSimulator::kDemoSecretId, BelvoSimulator::kDemoSecretPassword));
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10'000))
        QTest::qFail("the simulator did not answer", __FILE__, __LINE__);
    return reply;
}

QNetworkReply *wait(QNetworkReply *reply)
{
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10'000))
        QTest::qFail("the simulator did not answer", __FILE__, __LINE__);
    return reply;
}

// An answer of the widget's stand-in, as the customer's browser gets it.
struct Page
{
    int status = 0;
    QByteArray contentType;
    QString html;

    // The text of the first <tag>…</tag>.
    QString element(const QString &tag) const
    {
        const QRegularExpression re(QString("<%1[^>]*>(.*?)</%1>").arg(tag),
                                    QRegularExpression::DotMatchesEverythingOption);
        return re.match(html).captured(1);
    }
    // The text of the element with this id.
    QString byId(const QString &id) const
    {
        const QRegularExpression re(QString(R"(<(\w+)[^>]* id="%1"[^>]*>(.*?)</\1>)").arg(id),
                                    QRegularExpression::DotMatchesEverythingOption);
        return re.match(html).captured(2);
    }
};

Page page(QNetworkReply *reply)
{
    Page p;
    p.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    p.contentType = reply->rawHeader("Content-Type");
    p.html = QString::fromUtf8(reply->readAll());
    delete reply;
    return p;
}

// An application/x-www-form-urlencoded body, as a browser sends a form.
QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArrayList pairs;
    for (const auto &[name, value] : fields)
        pairs << QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    return pairs.join('&');
}

QJsonObject jwtPayload(const QString &token)
{
    const QByteArray part = token.section('.', 1, 1).toLatin1();
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding))
        .object();
}

// An answer: its HTTP status and its JSON (object or array).
struct Json
{
    int status = 0;
    QJsonDocument body;
};

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

    BelvoSimulator *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    bool m_recordedSecrets = false;

private slots:
    // testsupport.h switches every test binary into recording secrets; here the default applies.
    void initTestCase()
    {
        m_recordedSecrets = BelvoSimulator::recordsSecretsForTests();
        QVERIFY(m_recordedSecrets);
        BelvoSimulator::setRecordSecretsForTests(false);
    }
    void cleanupTestCase() { BelvoSimulator::setRecordSecretsForTests(m_recordedSecrets); }

    void init()
    {
        m_sim = new BelvoSimulator;
        QVERIFY(m_sim->listen());
        m_nam = new QNetworkAccessManager(m_sim);
    }
    void cleanup()
    {
        BelvoSimulator::setRecordSecretsForTests(false);
        delete m_sim;
        m_sim = nullptr;
    }

    // POST /api/token/ as the client sends it: the keys in the body, no Basic auth.
    QJsonObject widgetToken(const QString &linkId)
    {
        QUrl url = m_sim->baseUrl();
        url.setPath("/api/token/");
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        const QJsonObject body{{"id", BelvoSimulator::kDemoSecretId},
                               {"password", BelvoSimulator::kDemoSecretPassword},
                               {"link_id", linkId},
                               {"scopes", "read_institutions,write_links,read_links"}};
        QNetworkReply *reply =
            wait(m_nam->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        if (status != 200)
            QTest::qFail("the simulator minted no widget token", __FILE__, __LINE__);
        return answer;
    }
    // The page the customer opens from the link the agent sends.
    Page openWidget(const QString &accessToken, const QString &locale = "en")
    {
        QUrl url = m_sim->baseUrl();
        url.setPath("/widget/");
        url.setQuery(QUrlQuery{{"access_token", accessToken}, {"locale", locale}});
        return page(wait(m_nam->get(QNetworkRequest(url))));
    }
    // The page's form, sent.
    Page submitWidget(const QList<QPair<QString, QString>> &fields)
    {
        QUrl url = m_sim->baseUrl();
        url.setPath("/widget/");
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        return page(wait(m_nam->post(req, formBody(fields))));
    }
    Json call(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
              bool withKeys = true)
    {
        QNetworkRequest req(m_sim->baseUrl().resolved(QUrl(pathAndQuery)));
        if (withKeys)
            req.setRawHeader("Authorization", basicAuth(BelvoSimulator::kDemoSecretId,
                                                        BelvoSimulator::kDemoSecretPassword));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = wait(m_nam->sendCustomRequest(req, verb, body));
        Json answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                    QJsonDocument::fromJson(reply->readAll())};
        delete reply;
        return answer;
    }
    QJsonObject link(const QString &id)
    {
        QNetworkReply *reply = send(*m_nam, m_sim->baseUrl(), "GET", "/api/links/" + id + "/");
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return o;
    }

    void keptRequestsHoldNoCredentialByDefault()
    {
        const QString secretId = "kept-id-5c2e", secretPassword = "kept-key-8d41";
        const QString bankPassword = "kept-pass-3f9a", wrongToken = "kept-token-6b07";
        m_sim->setKeys(secretId, secretPassword);
        m_sim->setLinkPassword(kValid, bankPassword);
        ClientConfig config = configFor(*m_sim);
        config.secretId = secretId;
        config.secretPassword = secretPassword;
        BelvoClient client(m_nam, config);

        UpdateFields f;
        f.password = bankPassword;
        f.password2 = "kept-pin-2a61";
        f.token = "kept-sms-9e3d";
        f.encryptionKey = "kept-enc-4c18";
        f.usernameType = "001";
        f.certificate = "a2VwdC1jZXJ0LTdmNTI=";
        f.privateKey = "a2VwdC1rZXktMWI4Yw==";
        // The fake Belvo checked the real password and keys: the link is now valid.
        const Result put = waitForResult(client.updateCredentials(kValid, f));
        QCOMPARE(put.kind, Result::Kind::Link);
        QCOMPARE(put.httpStatus, 200);

        UpdateFields numeric;
        numeric.password = "numeric_code";
        const Result mfa = waitForResult(client.updateCredentials(kNumeric, numeric));
        QCOMPARE(mfa.kind, Result::Kind::Mfa);
        // The fake Belvo checked the real tokens: a wrong one gets a new challenge, the right one
        // resumes.
        const Result again =
            waitForResult(client.resumeSession(kNumeric, mfa.mfa.session, wrongToken));
        QCOMPARE(again.kind, Result::Kind::Mfa);
        const Result done = waitForResult(
            client.resumeSession(kNumeric, again.mfa.session, BelvoSimulator::kAcceptedToken));
        QCOMPARE(done.kind, Result::Kind::Link);
        QCOMPARE(done.httpStatus, 201);

        const QList<BelvoSimulator::Request> kept = m_sim->requests();
        QCOMPARE(kept.size(), 4);
        // What was asked, and what was answered, is kept.
        QCOMPARE(kept.at(0).method, QByteArray("PUT"));
        QCOMPARE(kept.at(0).path, "/api/links/" + kValid + "/");
        QCOMPARE(kept.at(0).responseStatus, 200);
        QCOMPARE(kept.at(0).header("content-type"), QByteArray("application/json"));
        QCOMPARE(kept.at(0).json(), QJsonObject({{"password", "[redacted]"},
                                                 {"password2", "[redacted]"},
                                                 {"token", "[redacted]"},
                                                 {"encryption_key", "[redacted]"},
                                                 {"username_type", "001"},
                                                 {"certificate", "[redacted]"},
                                                 {"private_key", "[redacted]"}}));
        QCOMPARE(kept.at(1).json(), QJsonObject({{"password", "[redacted]"}}));
        for (int i : {2, 3}) {
            QCOMPARE(kept.at(i).method, QByteArray("PATCH"));
            QCOMPARE(kept.at(i).path, QString("/api/links/"));
            QCOMPARE(kept.at(i).json(),
                     QJsonObject({{"session", i == 2 ? mfa.mfa.session : again.mfa.session},
                                  {"token", "[redacted]"},
                                  {"link", kNumeric}}));
        }
        QCOMPARE(kept.at(2).responseStatus, 428);
        QCOMPARE(kept.at(3).responseStatus, 201);
        // No value of a credential or of the keys is kept anywhere in a request.
        const QByteArray auth = basicAuth(secretId, secretPassword);
        for (const BelvoSimulator::Request &r : kept) {
            QCOMPARE(r.header("authorization"), QByteArray("[redacted]"));
            const QByteArray all = everything(r);
            for (const QByteArray &secret :
                 {auth, auth.mid(6), secretId.toUtf8(), secretPassword.toUtf8(),
                  bankPassword.toUtf8(), wrongToken.toUtf8(), QByteArray("numeric_code"),
                  f.password2.toUtf8(), f.token.toUtf8(), f.encryptionKey.toUtf8(),
                  f.certificate.toUtf8(), f.privateKey.toUtf8()})
                QVERIFY2(!all.contains(secret), all.constData());
        }
    }

    // belvo-api.md, "Hand-off": {access, refresh}, valid for 10 minutes; the client reads the
    // lifetime from the access token when Belvo sends no expires_in.
    void widgetTokenSaysItsLifetime()
    {
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const QJsonObject tokens = widgetToken(kValid);
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(tokens.keys(), QStringList({"access", "refresh"}));
        const QJsonObject access = jwtPayload(tokens.value("access").toString());
        QCOMPARE(access.value("link_id").toString(), kValid);
        QCOMPARE(access.value("token_type").toString(), QString("access"));
        const qint64 iat = access.value("iat").toInteger(-1);
        QVERIFY2(iat >= before && iat <= after, qPrintable(QString::number(iat)));
        QCOMPARE(access.value("exp").toInteger() - iat, 600);

        m_sim->setWidgetTokenLifetimeSeconds(90);
        const QJsonObject shorter = jwtPayload(widgetToken(kValid).value("access").toString());
        QCOMPARE(shorter.value("exp").toInteger() - shorter.value("iat").toInteger(), 90);
    }

    void widgetPageSpeaksTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("button");
        QTest::newRow("en") << "en"
                            << "en"
                            << "Belvo Connect (Relink demo stand-in)"
                            << "Password"
                            << "Reconnect";
        QTest::newRow("es") << "es"
                            << "es"
                            << "Belvo Connect (sustituto de demostración de Relink)"
                            << "Contraseña"
                            << "Volver a conectar";
        QTest::newRow("pt") << "pt"
                            << "pt-BR"
                            << "Belvo Connect (substituto de demonstração do Relink)"
                            << "Senha"
                            << "Reconectar";
        QTest::newRow("other: en") << "fr"
                                   << "en"
                                   << "Belvo Connect (Relink demo stand-in)"
                                   << "Password"
                                   << "Reconnect";
    }
    void widgetPageSpeaksTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, lang);
        QFETCH(QString, title);
        QFETCH(QString, label);
        QFETCH(QString, button);
        const QString access = widgetToken(kValid).value("access").toString();
        const Page p = openWidget(access, locale);
        QCOMPARE(p.status, 200);
        QCOMPARE(p.contentType, QByteArray("text/html; charset=utf-8"));
        QVERIFY(p.html.startsWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\">"));
        QCOMPARE(p.element("title"), title);
        QCOMPARE(p.element("h1"), title);
        QVERIFY(p.html.contains("<strong>Erebor Mexico</strong>"));
        // One form, to /widget/, carrying the token; a labelled password field.
        QVERIFY(p.html.contains("<form method=\"post\" action=\"/widget/\">"));
        QVERIFY(p.html.contains("<input type=\"hidden\" name=\"access_token\" value=\"" + access +
                                "\">"));
        QCOMPARE(p.element("label"), label);
        QVERIFY(p.html.contains("<label for=\"password\">"));
        QVERIFY(p.html.contains("<input id=\"password\" name=\"password\" type=\"password\""));
        QVERIFY(!p.html.contains("name=\"token\""));
        QCOMPARE(p.element("button"), button);
        // Self-contained: no script, nothing loaded from anywhere.
        for (const char *outside : {"<script", "src=", "href=", "http://", "https://", "url("})
            QVERIFY2(!p.html.contains(outside), outside);
    }

    void theRightPasswordReconnectsTheLink()
    {
        QCOMPARE(link(kValid).value("status").toString(), QString("invalid"));
        const QString access = widgetToken(kValid).value("access").toString();
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        const Page done =
            submitWidget({{"access_token", access}, {"locale", "en"}, {"password", "pass_valid"}});
        QCOMPARE(done.status, 200);
        QCOMPARE(done.element("h2"), QString("Done — you can close this page"));
        QCOMPARE(done.element("title"), QString("Belvo Connect (Relink demo stand-in)"));
        QVERIFY(!done.html.contains("<form"));
        // Belvo says so to the agent's tool.
        const QJsonObject valid = link(kValid);
        QCOMPARE(valid.value("status").toString(), QString("valid"));
        const QDateTime accessed =
            QDateTime::fromString(valid.value("last_accessed_at").toString(), Qt::ISODateWithMs);
        QVERIFY2(accessed >= before && accessed <= QDateTime::currentDateTimeUtc(),
                 qPrintable(accessed.toString(Qt::ISODateWithMs)));

        // The token is spent: neither the page nor its form opens again.
        for (const Page &again :
             {openWidget(access, "es"),
              submitWidget(
                  {{"access_token", access}, {"locale", "en"}, {"password", "pass_valid"}})}) {
            QCOMPARE(again.status, 403);
            QVERIFY(!again.html.contains("<form"));
        }
        QCOMPARE(openWidget(access, "en").element("h2"),
                 QString("This link has already been used"));
        QCOMPARE(openWidget(access, "es").element("h2"), QString("Este enlace ya se usó"));
    }

    void aWrongPasswordShowsTheFormAgain()
    {
        m_sim->setLinkPassword(kValid, "widget-pass-71c2");
        const QString access = widgetToken(kValid).value("access").toString();
        const Page wrong =
            submitWidget({{"access_token", access}, {"locale", "en"}, {"password", "pass_valid"}});
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.byId("error"),
                 QString("The bank did not accept this password. Check it and try again."));
        QVERIFY(wrong.html.contains("role=\"alert\""));
        QVERIFY(wrong.html.contains("aria-invalid=\"true\" aria-describedby=\"error\""));
        QVERIFY(wrong.html.contains("<input type=\"hidden\" name=\"access_token\" value=\"" +
                                    access + "\">"));
        QVERIFY(!wrong.html.contains("pass_valid"));
        QCOMPARE(submitWidget({{"access_token", access}, {"locale", "es"}}).byId("error"),
                 QString("El banco no aceptó esta contraseña. Revísala e inténtalo de nuevo."));
        QCOMPARE(link(kValid).value("status").toString(), QString("invalid"));
        // A wrong value does not spend the token.
        const Page done = submitWidget(
            {{"access_token", access}, {"locale", "pt"}, {"password", "widget-pass-71c2"}});
        QCOMPARE(done.status, 200);
        QCOMPARE(done.element("h2"), QString("Pronto — você pode fechar esta página"));
        QCOMPARE(link(kValid).value("status").toString(), QString("valid"));
    }

    // Every demo link can be handed off: a token_required link asks for the bank's code; a bank
    // with an MFA step asks for the code, or the approval, once the password is right.
    void eachDemoLinkCanBeHandedOff_data()
    {
        QTest::addColumn<QString>("linkId");
        QTest::addColumn<QString>("password"); // empty: the page asks for the code at once
        QTest::addColumn<QString>("token");    // empty: the page asks for an approval
        QTest::newRow("password only") << kValid << "pass_valid"
                                       << "-";
        QTest::newRow("token_required") << kNumeric << "" << BelvoSimulator::kAcceptedToken;
        QTest::newRow("password, then QR code") << kQr << "qr_code"
                                                << "111111";
        QTest::newRow("password, then approval") << kInputless << "pass_valid"
                                                 << "";
    }
    void eachDemoLinkCanBeHandedOff()
    {
        QFETCH(QString, linkId);
        QFETCH(QString, password);
        QFETCH(QString, token);
        const QString access = widgetToken(linkId).value("access").toString();
        const QList<QPair<QString, QString>> hidden{{"access_token", access}, {"locale", "en"}};
        Page p = openWidget(access);
        if (!password.isEmpty()) {
            QVERIFY(p.html.contains("name=\"password\""));
            p = submitWidget(hidden + QList<QPair<QString, QString>>{{"password", password}});
            QCOMPARE(p.status, 200);
        }
        if (token.isEmpty()) {
            QVERIFY(p.html.contains("<p>Bank: <strong>Gotham Business Bank</strong></p>"));
            QVERIFY(p.html.contains(
                "<p>Approve the login in your bank&#39;s app, then press Continue.</p>"));
            QCOMPARE(p.element("button"), QString("Continue"));
            QVERIFY(!p.html.contains("<input id="));
            p = submitWidget(hidden);
        } else if (token != "-") {
            QCOMPARE(p.status, 200);
            QCOMPARE(p.element("label"), QString("Code from your bank"));
            QVERIFY(p.html.contains("<input id=\"token\" name=\"token\" type=\"text\""));
            QVERIFY(!p.html.contains("name=\"password\""));
            const Page wrong =
                submitWidget(hidden + QList<QPair<QString, QString>>{{"token", "999999"}});
            QCOMPARE(wrong.status, 400);
            QCOMPARE(wrong.byId("error"),
                     QString("The bank did not accept this code. Enter the latest code your bank "
                             "sent you."));
            QVERIFY(link(linkId).value("status").toString() != "valid");
            p = submitWidget(hidden + QList<QPair<QString, QString>>{{"token", token}});
        }
        QCOMPARE(p.status, 200);
        QCOMPARE(p.element("h2"), QString("Done — you can close this page"));
        QCOMPARE(link(linkId).value("status").toString(), QString("valid"));
    }

    void anExpiredTokenOpensNothing()
    {
        m_sim->setWidgetTokenLifetimeSeconds(1);
        const QString access = widgetToken(kValid).value("access").toString();
        const qint64 exp = jwtPayload(access).value("exp").toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() >= exp * 1000, 5000);
        const Page expired = openWidget(access);
        QCOMPARE(expired.status, 403);
        QCOMPARE(expired.contentType, QByteArray("text/html; charset=utf-8"));
        QCOMPARE(expired.element("title"), QString("Belvo Connect (Relink demo stand-in)"));
        QCOMPARE(expired.element("h2"), QString("This link has expired"));
        QVERIFY(expired.html.contains("<p>Ask the support agent for a new one.</p>"));
        QVERIFY(!expired.html.contains("<form"));
        const Page late =
            submitWidget({{"access_token", access}, {"locale", "pt"}, {"password", "pass_valid"}});
        QCOMPARE(late.status, 403);
        QCOMPARE(late.element("h2"), QString("Este link expirou"));
        QCOMPARE(link(kValid).value("status").toString(), QString("invalid"));
    }

    void onlyAnAccessTokenOpensThePage()
    {
        const QJsonObject tokens = widgetToken(kValid);
        const QString noLink = widgetToken({}).value("access").toString();
        for (const QString &token :
             {tokens.value("refresh").toString(), noLink, QString("not-a-token"), QString()}) {
            const Page p = openWidget(token);
            QCOMPARE(p.status, 403);
            QCOMPARE(p.element("h2"), QString("This link has expired"));
            QVERIFY(!p.html.contains("Erebor"));
            QCOMPARE(submitWidget({{"access_token", token}, {"password", "pass_valid"}}).status,
                     403);
        }
        QCOMPARE(link(kValid).value("status").toString(), QString("invalid"));
        // None of these needed the keys (the customer's browser has none).
        for (const BelvoSimulator::Request &r : m_sim->requests())
            QVERIFY(r.header("authorization").isEmpty() || r.path.startsWith("/api/links/"));
    }

    void echoedValuesAreEscaped()
    {
        QVERIFY(m_sim->setLinkInstitution(kValid, "<script>alert(\"x\")</script>&'bank"));
        const QString access = widgetToken(kValid).value("access").toString();
        const Page p = openWidget(access, "\"><script>alert(1)</script>");
        QCOMPARE(p.status, 200);
        QVERIFY(p.html.contains("<strong>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
                                "&amp;&#39;bank</strong>"));
        QVERIFY(!p.html.contains("<script"));
        QVERIFY(p.html.contains("<html lang=\"en\">"));
        // What the customer typed is never written back.
        const Page wrong = submitWidget(
            {{"access_token", access}, {"locale", "en"}, {"password", "<b>typed-8e1f</b>"}});
        QCOMPARE(wrong.status, 400);
        QVERIFY(!wrong.html.contains("typed-8e1f"));
        QVERIFY(!wrong.html.contains("<script"));
    }

    void keptWidgetRequestsHoldNoSecret()
    {
        const QString typed = "widget-kept-4a7d", code = "widget-code-93b0";
        m_sim->clearRequests();
        const QString access = widgetToken(kNumeric).value("access").toString();
        QCOMPARE(submitWidget({{"access_token", access}, {"locale", "es"}, {"token", code}}).status,
                 400);
        submitWidget({{"access_token", access}, {"password", typed}, {"password2", typed}});
        const QList<BelvoSimulator::Request> kept = m_sim->requests();
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.at(0).json(),
                 QJsonObject({{"id", "[redacted]"},
                              {"password", "[redacted]"},
                              {"link_id", kNumeric},
                              {"scopes", "read_institutions,write_links,read_links"}}));
        QCOMPARE(kept.at(1).method, QByteArray("POST"));
        QCOMPARE(kept.at(1).path, QString("/widget/"));
        QCOMPARE(kept.at(1).responseStatus, 400);
        QCOMPARE(kept.at(1).form(),
                 (FakeWidget::Form{
                     {"access_token", access}, {"locale", "es"}, {"token", "[redacted]"}}));
        QCOMPARE(kept.at(2).form(), (FakeWidget::Form{{"access_token", access},
                                                      {"password", "[redacted]"},
                                                      {"password2", "[redacted]"}}));
        for (const BelvoSimulator::Request &r : kept) {
            const QByteArray all = everything(r);
            for (const QString &secret :
                 {typed, code, BelvoSimulator::kDemoSecretId, BelvoSimulator::kDemoSecretPassword})
                QVERIFY2(!all.contains(secret.toUtf8()), all.constData());
        }
        // The tests' own recording keeps them.
        BelvoSimulator::setRecordSecretsForTests(true);
        submitWidget({{"access_token", access}, {"token", code}});
        QCOMPARE(m_sim->lastRequest().form(),
                 (FakeWidget::Form{{"access_token", access}, {"token", code}}));
    }

    // The API root, which Belvo's SDKs call to check the keys: 200 and its resources with
    // them, 401 authentication_failed without.
    void theApiRootChecksTheKeys()
    {
        const Json root = call("GET", "/api/");
        QCOMPARE(root.status, 200);
        QCOMPARE(root.body.object().value("links").toString(),
                 m_sim->baseUrl().resolved(QUrl("/api/links/")).toString());
        QCOMPARE(root.body.object().value("institutions").toString(),
                 m_sim->baseUrl().resolved(QUrl("/api/institutions/")).toString());
        const Json without = call("GET", "/api/", {}, false);
        QCOMPARE(without.status, 401);
        QCOMPARE(without.body.array().at(0).toObject().value("code").toString(),
                 QString("authentication_failed"));
    }

    // Banks have a status: Erebor Brazil is reported down until told otherwise, in the list
    // and by id; a down bank's link fails its update with institution_down; a bank set down
    // or up says so at once.
    void aBankReportedDown()
    {
        const Json brazil = call("GET", "/api/institutions/1012/");
        QCOMPARE(brazil.status, 200);
        QCOMPARE(brazil.body.object().value("name").toString(), QString("erebor_br_retail"));
        QCOMPARE(brazil.body.object().value("status").toString(), QString("down"));
        QCOMPARE(call("GET", "/api/institutions/1020/").body.object().value("status").toString(),
                 QString("healthy"));
        QCOMPARE(call("GET", "/api/institutions/9999/").status, 404);
        QCOMPARE(call("GET", "/api/institutions/1012/", {}, false).status, 401);

        const QByteArray password = R"({"password": "pass_valid"})";
        const QString brazilLink = "/api/links/" + BelvoSimulator::kDownBankLinkId + "/";
        const Json failed = call("PUT", brazilLink, password);
        QCOMPARE(failed.status, 400);
        QCOMPARE(failed.body.array().at(0).toObject().value("code").toString(),
                 QString("institution_down"));
        QCOMPARE(link(BelvoSimulator::kDownBankLinkId).value("status").toString(),
                 QString("invalid"));

        QVERIFY(m_sim->setInstitutionStatus("heimdall_mx_retail", "down"));
        const QJsonArray heimdall = call("GET", "/api/institutions/?name=heimdall_mx_retail")
                                        .body.object()
                                        .value("results")
                                        .toArray();
        QCOMPARE(heimdall.size(), 1);
        QCOMPARE(heimdall.at(0).toObject().value("status").toString(), QString("down"));
        QCOMPARE(call("GET", "/api/institutions/?status=down").body.object().value("count").toInt(),
                 2);

        QVERIFY(m_sim->setInstitutionStatus("erebor_br_retail", "healthy"));
        const Json updated = call("PUT", brazilLink, password);
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.body.object().value("status").toString(), QString("valid"));
        QVERIFY(!m_sim->setInstitutionStatus("nowhere_mx_retail", "down"));
        QVERIFY(!m_sim->setInstitutionStatus("erebor_mx_retail", "sleepy"));
    }

    void setLinkStatusIsWhatBelvoThenSays()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QVERIFY(m_sim->setLinkStatus(kNumeric, "valid"));
        const QJsonObject valid = link(kNumeric);
        QCOMPARE(valid.value("status").toString(), QString("valid"));
        QVERIFY(QDateTime::fromString(valid.value("last_accessed_at").toString(),
                                      Qt::ISODateWithMs) >= before);
        QVERIFY(m_sim->setLinkStatus(kNumeric, "invalid"));
        QCOMPARE(link(kNumeric).value("status").toString(), QString("invalid"));
        QVERIFY(!m_sim->setLinkStatus("99999999-9999-4999-8999-999999999999", "valid"));
    }

    // Tests of polling pace read the server's own clock.
    void keptRequestsSayWhenTheyArrived()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        link(kValid);
        const QDateTime between = QDateTime::currentDateTimeUtc();
        link(kQr);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        const QList<BelvoSimulator::Request> kept = m_sim->requests();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).receivedAt.timeSpec(), Qt::UTC);
        QVERIFY(kept.at(0).receivedAt >= before && kept.at(0).receivedAt <= between);
        QVERIFY(kept.at(1).receivedAt >= between && kept.at(1).receivedAt <= after);
    }

    void aBodyThatIsNotJsonIsNotKept()
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply =
            send(nam, m_sim->baseUrl(), "PUT", "/api/links/" + kValid + "/", "password=kept-7e21");
        // The fake Belvo read the real body…
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(reply->readAll().contains("JSON parse error"));
        delete reply;
        // …and nothing of it is kept.
        QCOMPARE(m_sim->lastRequest().body, QByteArray("[redacted]"));
        QCOMPARE(m_sim->lastRequest().responseStatus, 400);
    }

    void onlyTheLastRequestsAreKept()
    {
        QSignalSpy handled(m_sim, &BelvoSimulator::requestHandled);
        const int total = BelvoSimulator::kKeptRequests + 3;
        QNetworkAccessManager nam;
        for (int i = 0; i < total; ++i)
            delete send(nam, m_sim->baseUrl(), "GET", QString("/api/links/request-%1/").arg(i));
        const QList<BelvoSimulator::Request> kept = m_sim->requests();
        QCOMPARE(kept.size(), BelvoSimulator::kKeptRequests);
        QCOMPARE(kept.first().path, QString("/api/links/request-3/"));
        QCOMPARE(kept.last().path, QString("/api/links/request-%1/").arg(total - 1));
        QCOMPARE(kept.last().responseStatus, 404);
        QCOMPARE(handled.size(), total);
        QCOMPARE(handled.last().at(0).toInt(), BelvoSimulator::kKeptRequests - 1);
    }

    void testRecordingKeepsTheValues()
    {
        BelvoSimulator::setRecordSecretsForTests(true);
        BelvoClient client(m_nam, configFor(*m_sim));
        UpdateFields f;
        f.password = "pass_valid";
        QCOMPARE(waitForResult(client.updateCredentials(kValid, f)).kind, Result::Kind::Link);
        QCOMPARE(m_sim->lastRequest().body, QByteArray("{\"password\":\"pass_valid\"}"));
        QCOMPARE(m_sim->lastRequest().header("authorization"),
                 basicAuth(BelvoSimulator::kDemoSecretId, BelvoSimulator::kDemoSecretPassword));
    }

    // The server on its own serves whatever its handler answers; it knows nothing of Belvo.
    // Belvo caps page_size at 1000 (belvo-api.md, "Listing links"); the account of the
    // simulator holds fewer links, so the cap is proven on a longer list here.
    void pagesCapTheSizeAt1000()
    {
        QJsonArray items;
        for (int i = 0; i < 2500; ++i)
            items.append(QJsonObject{{"n", i}});
        const QUrl origin("http://127.0.0.1:4321");
        QJsonObject page;
        QVERIFY(FakePages::page(items, origin, "/api/things/",
                                QUrlQuery("page_size=5000&status=valid&page=2"), &page));
        QCOMPARE(page.value("count").toInt(), 2500);
        const QJsonArray results = page.value("results").toArray();
        QCOMPARE(results.size(), 1000);
        QCOMPARE(results.first().toObject().value("n").toInt(), 1000);
        QCOMPARE(page.value("next").toString(),
                 QString("http://127.0.0.1:4321/api/things/?page_size=5000&status=valid&page=3"));
        QCOMPARE(page.value("previous").toString(),
                 QString("http://127.0.0.1:4321/api/things/?page_size=5000&status=valid"));
        QVERIFY(FakePages::page(items, origin, "/api/things/", QUrlQuery("page_size=5000&page=3"),
                                &page));
        QCOMPARE(page.value("results").toArray().size(), 500);
        QVERIFY(page.value("next").isNull());
        QVERIFY(!FakePages::page(items, origin, "/api/things/", QUrlQuery("page_size=5000&page=4"),
                                 &page));
    }

    void loopbackServerServesItsHandler()
    {
        LoopbackServer server([](const LoopbackServer::Request &r) {
            return LoopbackServer::Answer{
                207, "you asked for " + r.path.toUtf8(), {{"Content-Type", "text/plain"}}};
        });
        QVERIFY(server.listen());
        QList<QByteArray> answered;
        connect(&server, &LoopbackServer::answered, this,
                [&answered](const LoopbackServer::Request &r, const LoopbackServer::Answer &a) {
                    answered << r.method + ' ' + r.path.toUtf8() + ' ' +
                                    QByteArray::number(a.status);
                });
        QNetworkAccessManager nam;
        QNetworkReply *reply = send(nam, server.baseUrl(), "GET", "/anything/");
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 207);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                 QString("text/plain"));
        QCOMPARE(reply->readAll(), QByteArray("you asked for /anything/"));
        delete reply;
        QCOMPARE(answered, QList<QByteArray>{"GET /anything/ 207"});
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
