#include "fakebelvo.h"

#include "credentials.h"
#include "fakeinstitutions.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace relink {

const QString FakeBelvo::kValidLinkId = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString FakeBelvo::kNumericLinkId = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString FakeBelvo::kQrLinkId = QStringLiteral("33333333-3333-4333-8333-333333333333");
const QString FakeBelvo::kInputlessLinkId = QStringLiteral("44444444-4444-4444-8444-444444444444");
const QString FakeBelvo::kDownBankLinkId = QStringLiteral("55555555-5555-4555-8555-555555555555");
const QString FakeBelvo::kDemoSecretId = QStringLiteral("demo-secret-id");
const QString FakeBelvo::kDemoSecretPassword = QStringLiteral("demo-secret-password");

namespace {

QByteArray json(const QJsonValue &v)
{
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

FakeBelvo::FakeBelvo() : m_secretId(kDemoSecretId), m_secretPassword(kDemoSecretPassword) {}

void FakeBelvo::setKeys(const QString &secretId, const QString &secretPassword)
{
    m_secretId = secretId;
    m_secretPassword = secretPassword;
}

void FakeBelvo::setLinkPassword(const QString &linkId, const QString &password)
{
    m_links.setPassword(linkId, password);
}

bool FakeBelvo::setLinkStatus(const QString &linkId, const QString &status)
{
    Link *link = m_links.find(linkId);
    if (!link)
        return false;
    link->status = status;
    if (status == QLatin1StringView("valid"))
        link->lastAccessedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return true;
}

bool FakeBelvo::setLinkInstitution(const QString &linkId, const QString &institution)
{
    Link *link = m_links.find(linkId);
    if (link)
        link->institution = institution;
    return link;
}

void FakeBelvo::expireSessions()
{
    for (Session &s : m_sessions)
        s.deadline = QDeadlineTimer(0);
}

FakeBelvo::Answer FakeBelvo::answer(const Request &r)
{
    // The widget token carries the keys in its body, as Belvo's own example (no Basic auth).
    if (r.path == QLatin1StringView("/api/token/") && r.method == "POST")
        return widgetToken(r.body);
    // The hosted widget's stand-in: the customer's browser, no keys.
    if (r.path == QLatin1StringView("/widget/") || r.path == QLatin1StringView("/widget"))
        return m_widget.answer(r);
    const QByteArray expected =
        "Basic " + (m_secretId + QLatin1Char(':') + m_secretPassword).toUtf8().toBase64();
    if (r.header("authorization") != expected)
        return errors(401, {error(QStringLiteral("authentication_failed"),
                                  QStringLiteral("Invalid credentials provided to access Belvo "
                                                 "API"))});

    static const QRegularExpression linkPath(QStringLiteral("^/api/links/([^/]+)/$"));
    const QRegularExpressionMatch m = linkPath.match(r.path);
    if (m.hasMatch()) {
        if (Link *link = m_links.find(m.captured(1)))
            return linkRequest(*link, r);
        return errors(404, {error(QStringLiteral("not_found"), QStringLiteral("Not found."))});
    }
    if (r.path == QLatin1StringView("/api/links/") && r.method == "GET")
        return listLinks(r.query);
    if (r.path == QLatin1StringView("/api/links/") && r.method == "PATCH")
        return resume(QJsonDocument::fromJson(r.body).object());
    if (r.path == QLatin1StringView("/api/institutions/") && r.method == "GET") {
        QJsonObject page;
        if (m_institutions.list(r.query, m_origin, &page))
            return Answer{200, json(page), {}};
        return errors(404, {error(QStringLiteral("not_found"), QStringLiteral("Invalid page."))});
    }
    static const QRegularExpression institutionPath(QStringLiteral("^/api/institutions/(\\d+)/$"));
    const QRegularExpressionMatch i = institutionPath.match(r.path);
    if (i.hasMatch() && r.method == "GET") {
        const QJsonObject institution = m_institutions.find(i.captured(1).toInt());
        if (!institution.isEmpty())
            return Answer{200, json(institution), {}};
    }
    // The API root, which Belvo's SDKs call to check the keys: its resources.
    if ((r.path == QLatin1StringView("/api/") || r.path == QLatin1StringView("/api")) &&
        r.method == "GET") {
        QJsonObject root;
        for (const char *name :
             {"accounts", "balances", "institutions", "links", "owners", "transactions"})
            root.insert(
                QLatin1StringView(name),
                m_origin.resolved(QUrl(QStringLiteral("/api/%1/").arg(QLatin1StringView(name))))
                    .toString());
        return Answer{200, json(root), {}};
    }
    return errors(404, {error(QStringLiteral("not_found"), QStringLiteral("Not found."))});
}

FakeBelvo::Answer FakeBelvo::listLinks(const QUrlQuery &query) const
{
    const FakeLinks::Listing listing = m_links.list(query, m_origin);
    if (!listing.badParameter.isEmpty())
        return errors(400,
                      {error(QStringLiteral("invalid"), QStringLiteral("Enter a valid date/time."),
                             listing.badParameter)});
    if (listing.noSuchPage)
        return errors(404, {error(QStringLiteral("not_found"), QStringLiteral("Invalid page."))});
    return Answer{200, json(listing.page), {}};
}

// POST /api/token/ {id, password, link_id, scopes} → {access, refresh} (belvo-api.md, Hand-off).
FakeBelvo::Answer FakeBelvo::widgetToken(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QList<QJsonObject> missing;
    for (const char *name : {"id", "password"}) {
        if (o.value(QLatin1StringView(name)).toString().isEmpty())
            missing << error(QStringLiteral("required"), QStringLiteral("This field is required."),
                             QString::fromLatin1(name));
    }
    if (!missing.isEmpty())
        return errors(400, missing);
    if (o.value(QLatin1StringView("id")).toString() != m_secretId ||
        o.value(QLatin1StringView("password")).toString() != m_secretPassword)
        return errors(401, {error(QStringLiteral("authentication_failed"),
                                  QStringLiteral("Invalid credentials provided to access Belvo "
                                                 "API"))});
    const QString linkId = o.value(QLatin1StringView("link_id")).toString();
    if (!linkId.isEmpty() && !m_links.find(linkId))
        return errors(400, {error(QStringLiteral("does_not_exist"),
                                  QStringLiteral("Object with id=%1 does not exist.").arg(linkId),
                                  QStringLiteral("link_id"))});
    const FakeWidget::Tokens tokens = m_widget.mint(linkId);
    return Answer{200,
                  json(QJsonObject{{QStringLiteral("access"), tokens.access},
                                   {QStringLiteral("refresh"), tokens.refresh}}),
                  {}};
}

FakeBelvo::Answer FakeBelvo::linkRequest(Link &link, const Request &r)
{
    if (r.method == "GET")
        return linkAnswer(200, link);
    if (r.method != "PUT")
        return errors(405, {error(QStringLiteral("method_not_allowed"),
                                  QStringLiteral("Method not allowed"))});
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return errors(400, {error(QStringLiteral("invalid"), QStringLiteral("JSON parse error"))});
    return updateLink(link, doc.object());
}

FakeBelvo::Answer FakeBelvo::linkAnswer(int status, const Link &link) const
{
    return Answer{status, json(m_links.json(link)), {}};
}

FakeBelvo::Answer FakeBelvo::updateLink(Link &link, const QJsonObject &body)
{
    QStringList codes;
    for (const DocumentType &d : documentTypes())
        codes << d.code;
    QList<QJsonObject> validation;
    const QString password = body.value(QLatin1StringView("password")).toString();
    if (password.isEmpty())
        validation << error(QStringLiteral("required"), QStringLiteral("This field is required."),
                            QStringLiteral("password"));
    if (body.contains(QLatin1StringView("username_type")) &&
        !codes.contains(body.value(QLatin1StringView("username_type")).toString()))
        validation << error(QStringLiteral("does_not_exist"),
                            QStringLiteral("Document type does not exist."),
                            QStringLiteral("username_type"));
    if (!validation.isEmpty())
        return errors(400, validation);
    // The bank's troubles on demand (demo and tests): these passwords give Belvo's answer.
    if (password == QLatin1StringView("unexpected_error"))
        return errors(500, {error(QStringLiteral("unexpected_error"),
                                  QStringLiteral("Belvo is unable to process the request due to "
                                                 "an internal system issue or to an unsupported "
                                                 "response from an institution"))});
    if (password == QLatin1StringView("too_many_sessions"))
        return errors(400, {error(QStringLiteral("too_many_sessions"),
                                  QStringLiteral("Impossible to login, a session is already "
                                                 "opened with the institution for these "
                                                 "credentials"))});
    if (password == QLatin1StringView("institution_down") ||
        m_institutions.status(link.institution) == QLatin1StringView("down"))
        return errors(400, {error(QStringLiteral("institution_down"),
                                  QStringLiteral("The financial institution is down, try again "
                                                 "later"))});
    if (password != link.password)
        return errors(400, {error(QStringLiteral("login_error"),
                                  QStringLiteral("Invalid credentials provided to login to the "
                                                 "institution"))});
    if (!link.mfaType.isEmpty())
        return challenge(link, false);
    link.status = QStringLiteral("valid");
    link.lastAccessedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return linkAnswer(200, link);
}

FakeBelvo::Answer FakeBelvo::challenge(const Link &link, bool rejectedToken)
{
    const QString session = randomHex();
    m_sessions.insert(session, Session{link.id, link.mfaType,
                                       QDeadlineTimer(qint64(m_sessionLifetimeSeconds) * 1000)});
    QJsonObject data;
    QJsonObject o{{QStringLiteral("code"), QStringLiteral("token_required")},
                  {QStringLiteral("message"),
                   rejectedToken ? QStringLiteral("The token provided is not valid, a new one "
                                                  "is required")
                                 : QStringLiteral("A MFA token is required by the institution to "
                                                  "login")},
                  {QStringLiteral("request_id"), randomHex()},
                  {QStringLiteral("session"), session},
                  {QStringLiteral("link"), link.id}};
    if (link.mfaType == QLatin1StringView("numeric")) {
        data = {{QStringLiteral("instructions"),
                 QStringLiteral("Enter the 6-digit code the bank sent by SMS to the phone ending "
                                "in 4321.")},
                {QStringLiteral("type"), QStringLiteral("numeric")},
                {QStringLiteral("value"), QStringLiteral("4321")},
                {QStringLiteral("expects_user_input"), true}};
    } else if (link.mfaType == QLatin1StringView("qr")) {
        data = {{QStringLiteral("instructions"),
                 QStringLiteral("Scan this QR code with the bank's app, then enter the code the "
                                "app shows.")},
                {QStringLiteral("type"), QStringLiteral("QR code")},
                {QStringLiteral("value"), QStringLiteral("HEIMDALL-AUTH:8f3a1c9e2b7d")},
                {QStringLiteral("expects_user_input"), true}};
    } else {
        data = {{QStringLiteral("instructions"),
                 QStringLiteral("Approve the login in the bank's app on the customer's phone.")},
                {QStringLiteral("type"), QStringLiteral("inputless")},
                {QStringLiteral("value"), QString()},
                {QStringLiteral("expects_user_input"), false}};
    }
    o.insert(QStringLiteral("token_generation_data"), data);
    if (m_legacyMfaShape) {
        o.insert(QStringLiteral("expiry"), QString::number(m_sessionLifetimeSeconds));
        return Answer{428, json(o), {}};
    }
    o.insert(QStringLiteral("expiry"), m_sessionLifetimeSeconds);
    return Answer{428, json(QJsonArray{o}), {}};
}

FakeBelvo::Answer FakeBelvo::resume(const QJsonObject &body)
{
    const QString sessionId = body.value(QLatin1StringView("session")).toString();
    const auto it = m_sessions.constFind(sessionId);
    if (it == m_sessions.constEnd() || it->deadline.hasExpired()) {
        m_sessions.remove(sessionId);
        return errors(400, {error(QStringLiteral("session_expired"),
                                  QStringLiteral("The MFA session has expired, please start "
                                                 "again"))});
    }
    const Session session = *it;
    if (body.value(QLatin1StringView("link")).toString() != session.linkId)
        return errors(400, {error(QStringLiteral("does_not_exist"),
                                  QStringLiteral("Link does not match the session."),
                                  QStringLiteral("link"))});
    Link *link = m_links.find(session.linkId);
    if (!link)
        return errors(404, {error(QStringLiteral("not_found"), QStringLiteral("Not found."))});
    const bool needsToken = session.mfaType != QLatin1StringView("inputless");
    const QString token = body.value(QLatin1StringView("token")).toString();
    if (needsToken && token.isEmpty())
        return errors(400,
                      {error(QStringLiteral("required"), QStringLiteral("This field is required."),
                             QStringLiteral("token"))});
    m_sessions.remove(sessionId);
    if (needsToken && token != QLatin1StringView(kAcceptedToken))
        return challenge(*link, true);
    link->status = QStringLiteral("valid");
    link->lastAccessedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return linkAnswer(201, *link);
}

FakeBelvo::Answer FakeBelvo::errors(int status, const QList<QJsonObject> &items)
{
    QJsonArray array;
    for (QJsonObject o : items) {
        o.insert(QStringLiteral("request_id"), randomHex());
        array.append(o);
    }
    return Answer{status, json(array), {}};
}

QJsonObject FakeBelvo::error(const QString &code, const QString &message, const QString &field)
{
    QJsonObject o{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), field);
    return o;
}

// 32 hex digits, like Belvo's request ids and MFA sessions.
QString FakeBelvo::randomHex()
{
    QString id;
    for (int i = 0; i < 2; ++i)
        id += QString::number(QRandomGenerator::global()->generate64(), 16)
                  .rightJustified(16, QLatin1Char('0'));
    return id;
}

} // namespace relink
