#include "fakebelvo.h"

#include "credentials.h"

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
const QString FakeBelvo::kDemoSecretId = QStringLiteral("demo-secret-id");
const QString FakeBelvo::kDemoSecretPassword = QStringLiteral("demo-secret-password");

namespace {

const QString kCreatedBy = QStringLiteral("5c0a3f2e-1b4d-4c6e-9f8a-7d6b5e4c3a21");

QByteArray json(const QJsonValue &v)
{
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

FakeBelvo::FakeBelvo() : m_secretId(kDemoSecretId), m_secretPassword(kDemoSecretPassword)
{
    const QString created = QStringLiteral("2024-03-05T14:22:10.123456Z");
    const QString accessed = QStringLiteral("2026-10-30T09:15:00.000000Z");
    m_links = {
        {kValidLinkId,
         QStringLiteral("erebor_mx_retail"),
         QStringLiteral("user_valid"),
         QStringLiteral("pass_valid"),
         {},
         QStringLiteral("invalid"),
         created,
         accessed},
        {kNumericLinkId, QStringLiteral("heimdall_mx_retail"), QStringLiteral("mfa_numeric"),
         QStringLiteral("numeric_code"), QStringLiteral("numeric"),
         QStringLiteral("token_required"), created, accessed},
        {kQrLinkId, QStringLiteral("heimdall_mx_retail"), QStringLiteral("mfa_qr"),
         QStringLiteral("qr_code"), QStringLiteral("qr"), QStringLiteral("invalid"), created,
         accessed},
        {kInputlessLinkId, QStringLiteral("gotham_mx_business"), QStringLiteral("mfa_default"),
         QStringLiteral("pass_valid"), QStringLiteral("inputless"), QStringLiteral("invalid"),
         created, accessed},
    };
}

void FakeBelvo::setKeys(const QString &secretId, const QString &secretPassword)
{
    m_secretId = secretId;
    m_secretPassword = secretPassword;
}

void FakeBelvo::setLinkPassword(const QString &linkId, const QString &password)
{
    for (DemoLink &link : m_links) {
        if (link.id == linkId)
            link.password = password;
    }
}

void FakeBelvo::expireSessions()
{
    for (Session &s : m_sessions)
        s.deadline = QDeadlineTimer(0);
}

FakeBelvo::Answer FakeBelvo::answer(const Request &r)
{
    const QByteArray expected =
        "Basic " + (m_secretId + QLatin1Char(':') + m_secretPassword).toUtf8().toBase64();
    if (r.header("authorization") != expected)
        return errors(401, {error(QStringLiteral("authentication_failed"),
                                  QStringLiteral("Invalid credentials provided to access Belvo "
                                                 "API"))});

    static const QRegularExpression linkPath(QStringLiteral("^/api/links/([^/]+)/$"));
    const QRegularExpressionMatch m = linkPath.match(r.path);
    if (m.hasMatch()) {
        if (DemoLink *demo = findLink(m.captured(1)))
            return linkRequest(*demo, r);
        return errors(404, {error(QStringLiteral("not_found"), QStringLiteral("Not found."))});
    }
    if (r.path == QLatin1StringView("/api/links/") && r.method == "GET") {
        QJsonArray results;
        for (const DemoLink &demo : std::as_const(m_links))
            results.append(linkJson(demo));
        return Answer{200,
                      json(QJsonObject{{QStringLiteral("count"), results.size()},
                                       {QStringLiteral("next"), QJsonValue()},
                                       {QStringLiteral("previous"), QJsonValue()},
                                       {QStringLiteral("results"), results}}),
                      {}};
    }
    if (r.path == QLatin1StringView("/api/links/") && r.method == "PATCH")
        return resume(QJsonDocument::fromJson(r.body).object());
    if (r.path == QLatin1StringView("/api/institutions/") && r.method == "GET")
        return institution(r.query.queryItemValue(QStringLiteral("name")));
    return errors(404, {error(QStringLiteral("not_found"), QStringLiteral("Not found."))});
}

FakeBelvo::DemoLink *FakeBelvo::findLink(const QString &id)
{
    for (DemoLink &demo : m_links) {
        if (demo.id == id)
            return &demo;
    }
    return nullptr;
}

FakeBelvo::Answer FakeBelvo::linkRequest(DemoLink &demo, const Request &r)
{
    if (r.method == "GET")
        return Answer{200, json(linkJson(demo)), {}};
    if (r.method != "PUT")
        return errors(405, {error(QStringLiteral("method_not_allowed"),
                                  QStringLiteral("Method not allowed"))});
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return errors(400, {error(QStringLiteral("invalid"), QStringLiteral("JSON parse error"))});
    return updateLink(demo, doc.object());
}

FakeBelvo::Answer FakeBelvo::updateLink(DemoLink &link, const QJsonObject &body)
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
    if (password != link.password)
        return errors(400, {error(QStringLiteral("login_error"),
                                  QStringLiteral("Invalid credentials provided to login to the "
                                                 "institution"))});
    if (!link.mfaType.isEmpty())
        return challenge(link, false);
    link.status = QStringLiteral("valid");
    link.lastAccessedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return Answer{200, json(linkJson(link)), {}};
}

FakeBelvo::Answer FakeBelvo::challenge(const DemoLink &link, bool rejectedToken)
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
        o.insert(QStringLiteral("expiry"), m_sessionLifetimeSeconds);
        o.insert(QStringLiteral("token_generation_data"), data);
        return Answer{428, json(QJsonArray{o}), {}};
    }
    if (link.mfaType == QLatin1StringView("qr")) {
        data = {{QStringLiteral("instructions"),
                 QStringLiteral("Scan this QR code with the bank's app, then enter the code the "
                                "app shows.")},
                {QStringLiteral("type"), QStringLiteral("QR code")},
                {QStringLiteral("value"), QStringLiteral("HEIMDALL-AUTH:8f3a1c9e2b7d")},
                {QStringLiteral("expects_user_input"), true}};
        // The legacy shape: a bare object, expiry as a string.
        o.insert(QStringLiteral("expiry"), QString::number(m_sessionLifetimeSeconds));
        o.insert(QStringLiteral("token_generation_data"), data);
        return Answer{428, json(o), {}};
    }
    data = {{QStringLiteral("instructions"),
             QStringLiteral("Approve the login in the bank's app on the customer's phone.")},
            {QStringLiteral("type"), QStringLiteral("inputless")},
            {QStringLiteral("value"), QString()},
            {QStringLiteral("expects_user_input"), false}};
    o.insert(QStringLiteral("expiry"), m_sessionLifetimeSeconds);
    o.insert(QStringLiteral("token_generation_data"), data);
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
    DemoLink *link = findLink(session.linkId);
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
    return Answer{201, json(linkJson(*link)), {}};
}

FakeBelvo::Answer FakeBelvo::institution(const QString &name) const
{
    auto field = [](const QString &fieldName, const QString &type, const QString &label,
                    bool optional = false) {
        return QJsonObject{{QStringLiteral("name"), fieldName},
                           {QStringLiteral("type"), type},
                           {QStringLiteral("label"), label},
                           {QStringLiteral("validation"), QStringLiteral("^.{1,}$")},
                           {QStringLiteral("placeholder"), QString()},
                           {QStringLiteral("validation_message"), QStringLiteral("Invalid value")},
                           {QStringLiteral("optional"), optional}};
    };
    QJsonArray fields;
    QString display;
    if (name == QLatin1StringView("erebor_mx_retail")) {
        display = QStringLiteral("Erebor Mexico");
        QJsonObject pin = field(QStringLiteral("password2"), QStringLiteral("password"),
                                QStringLiteral("PIN"), true);
        pin.insert(QStringLiteral("validation"), QStringLiteral("^\\d{4}$"));
        pin.insert(QStringLiteral("validation_message"),
                   QStringLiteral("The PIN has exactly 4 digits"));
        pin.insert(QStringLiteral("length"), 4);
        fields = {field(QStringLiteral("username"), QStringLiteral("text"),
                        QStringLiteral("Client number")),
                  field(QStringLiteral("password"), QStringLiteral("password"),
                        QStringLiteral("Password")),
                  pin};
    } else if (name == QLatin1StringView("heimdall_mx_retail")) {
        display = QStringLiteral("Heimdall Mexico");
        QJsonObject type = field(QStringLiteral("username_type"), QStringLiteral("select"),
                                 QStringLiteral("Document type"));
        type.insert(
            QStringLiteral("values"),
            QJsonArray{
                QJsonObject{
                    {QStringLiteral("code"), QStringLiteral("001")},
                    {QStringLiteral("label"), QStringLiteral("Cédula de Ciudadanía")},
                    {QStringLiteral("validation"), QStringLiteral("^\\d{6,10}$")},
                    {QStringLiteral("validation_message"), QStringLiteral("Use 6 to 10 digits")},
                    {QStringLiteral("placeholder"), QStringLiteral("1234567")}},
                QJsonObject{{QStringLiteral("code"), QStringLiteral("003")},
                            {QStringLiteral("label"), QStringLiteral("Pasaporte")},
                            {QStringLiteral("validation"), QStringLiteral("^[A-Z0-9]{5,12}$")},
                            {QStringLiteral("validation_message"),
                             QStringLiteral("Use capital letters and digits")},
                            {QStringLiteral("placeholder"), QStringLiteral("AB12345")}}});
        fields = {type,
                  field(QStringLiteral("username"), QStringLiteral("text"),
                        QStringLiteral("Document number")),
                  field(QStringLiteral("password"), QStringLiteral("password"),
                        QStringLiteral("Password"))};
    } else if (name == QLatin1StringView("gotham_mx_business")) {
        display = QStringLiteral("Gotham Business Bank");
        fields = {field(QStringLiteral("username"), QStringLiteral("text"), QStringLiteral("User")),
                  field(QStringLiteral("password"), QStringLiteral("password"),
                        QStringLiteral("Password"))};
    } else {
        return Answer{200,
                      json(QJsonObject{{QStringLiteral("count"), 0},
                                       {QStringLiteral("next"), QJsonValue()},
                                       {QStringLiteral("previous"), QJsonValue()},
                                       {QStringLiteral("results"), QJsonArray()}}),
                      {}};
    }
    const QJsonObject inst{{QStringLiteral("id"), 42},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("type"), QStringLiteral("bank")},
                           {QStringLiteral("display_name"), display},
                           {QStringLiteral("country_code"), QStringLiteral("MX")},
                           {QStringLiteral("form_fields"), fields}};
    return Answer{200,
                  json(QJsonObject{{QStringLiteral("count"), 1},
                                   {QStringLiteral("next"), QJsonValue()},
                                   {QStringLiteral("previous"), QJsonValue()},
                                   {QStringLiteral("results"), QJsonArray{inst}}}),
                  {}};
}

QJsonObject FakeBelvo::linkJson(const DemoLink &link) const
{
    QJsonObject o{
        {QStringLiteral("id"), link.id},
        {QStringLiteral("institution"), link.institution},
        {QStringLiteral("access_mode"), QStringLiteral("recurrent")},
        {QStringLiteral("last_accessed_at"), link.lastAccessedAt},
        {QStringLiteral("created_at"), link.createdAt},
        {QStringLiteral("external_id"), QStringLiteral("customer-%1").arg(link.username)},
        {QStringLiteral("institution_user_id"), QString(QStringLiteral("u-") + link.username)},
        {QStringLiteral("status"), link.status},
        {QStringLiteral("created_by"), kCreatedBy},
        {QStringLiteral("refresh_rate"), QStringLiteral("24h")},
        {QStringLiteral("credentials_storage"), QStringLiteral("store")},
        {QStringLiteral("stale_in"), QStringLiteral("365d")},
        {QStringLiteral("fetch_resources"),
         QJsonArray{QStringLiteral("ACCOUNTS"), QStringLiteral("TRANSACTIONS")}}};
    if (m_linkPadding > 0)
        o.insert(QStringLiteral("padding"), QString(m_linkPadding, QLatin1Char('p')));
    return o;
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
