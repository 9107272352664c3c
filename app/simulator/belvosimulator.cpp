#include "belvosimulator.h"

#include "credentials.h"
#include "logging.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace relink {

const QString BelvoSimulator::kValidLinkId = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString BelvoSimulator::kNumericLinkId =
    QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString BelvoSimulator::kQrLinkId = QStringLiteral("33333333-3333-4333-8333-333333333333");
const QString BelvoSimulator::kInputlessLinkId =
    QStringLiteral("44444444-4444-4444-8444-444444444444");
const QString BelvoSimulator::kDemoSecretId = QStringLiteral("demo-secret-id");
const QString BelvoSimulator::kDemoSecretPassword = QStringLiteral("demo-secret-password");

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 2 * 1024 * 1024;
const QString kCreatedBy = QStringLiteral("5c0a3f2e-1b4d-4c6e-9f8a-7d6b5e4c3a21");

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray json(const QJsonValue &v)
{
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

// A TCP server that can also speak TLS (for tests of certificate handling).
class BelvoSimulator::Server : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    // PEM, not QSslCertificate: constructing one initialises the TLS backend, which a plain
    // HTTP simulator (demo mode) must not pay for at start-up.
    QByteArray certificatePem;
    QByteArray keyPem;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (certificatePem.isEmpty()) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(QSslCertificate(certificatePem, QSsl::Pem));
        socket->setPrivateKey(QSslKey(keyPem, QSsl::Rsa, QSsl::Pem));
        socket->startServerEncryption();
        addPendingConnection(socket);
    }
};

QJsonObject BelvoSimulator::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

BelvoSimulator::BelvoSimulator(QObject *parent)
    : QObject(parent), m_server(new Server(this)), m_secretId(kDemoSecretId),
      m_secretPassword(kDemoSecretPassword)
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
    connect(m_server, &QTcpServer::newConnection, this, &BelvoSimulator::onNewConnection);
}

BelvoSimulator::~BelvoSimulator() = default;

bool BelvoSimulator::listen(quint16 port)
{
    const bool ok = m_server->listen(QHostAddress::LocalHost, port);
    qCDebug(lcSimulator) << "listening on port" << m_server->serverPort() << ok;
    return ok;
}

void BelvoSimulator::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_server->certificatePem = certificate.toPem();
    m_server->keyPem = key.toPem();
}

QUrl BelvoSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(m_server->certificatePem.isEmpty() ? QStringLiteral("http")
                                                     : QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

void BelvoSimulator::setKeys(const QString &secretId, const QString &secretPassword)
{
    m_secretId = secretId;
    m_secretPassword = secretPassword;
}

void BelvoSimulator::setLinkPassword(const QString &linkId, const QString &password)
{
    for (DemoLink &link : m_links) {
        if (link.id == linkId)
            link.password = password;
    }
}

void BelvoSimulator::expireSessions()
{
    for (Session &s : m_sessions)
        s.deadline = QDeadlineTimer(0);
}

void BelvoSimulator::enqueueResponse(const Canned &canned)
{
    m_canned.enqueue(canned);
}

void BelvoSimulator::setNextFault(Fault fault, int param)
{
    m_nextFault = fault;
    m_nextFaultParam = param;
}

void BelvoSimulator::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void BelvoSimulator::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket) && socket->property("handled").toBool()) {
        socket->readAll(); // one request per connection; ignore anything after it
        return;
    }
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxHeaderBytes)
            socket->abort();
        return;
    }
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    request.path = target.path();
    request.query = QUrlQuery(target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
    }
    const qsizetype length = request.header("content-length").toLongLong();
    if (length < 0 || length > kMaxBodyBytes) {
        socket->setProperty("handled", true);
        m_buffers.remove(socket);
        send(socket, errors(413, {error(QStringLiteral("too_large"), QStringLiteral("Too large"))}),
             Fault::None, 0);
        return;
    }
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    m_buffers.remove(socket);
    socket->setProperty("handled", true);
    handle(socket, std::move(request));
}

void BelvoSimulator::handle(QTcpSocket *socket, Request request)
{
    const Fault fault = m_nextFault;
    const int param = m_nextFaultParam;
    m_nextFault = Fault::None;
    m_nextFaultParam = 0;

    Answer answer;
    if (!m_canned.isEmpty()) {
        const Canned canned = m_canned.dequeue();
        answer = Answer{canned.status, canned.body, canned.headers};
    } else {
        answer = simulate(request);
    }
    request.responseStatus = answer.status;
    request.responseBody = answer.body;
    qCDebug(lcSimulator) << request.method << request.path << "->" << answer.status;
    m_requests.append(request);
    emit requestHandled(static_cast<int>(m_requests.size() - 1));

    if (fault == Fault::NeverAnswer)
        return;
    int delay = m_responseDelayMs + (fault == Fault::Delay ? param : 0);
    if (delay <= 0) {
        send(socket, answer, fault, param);
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delay, this, [this, guard, answer, fault, param] {
        if (guard)
            send(guard, answer, fault, param);
    });
}

void BelvoSimulator::send(QTcpSocket *socket, const Answer &answer, Fault fault, int param)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reason(answer.status) + "\r\n";
    bool hasContentType = false;
    for (const auto &h : answer.headers) {
        head += h.first + ": " + h.second + "\r\n";
        hasContentType |= h.first.toLower() == "content-type";
    }
    if (!hasContentType)
        head += "Content-Type: application/json\r\n";
    head += "Connection: close\r\n";

    if (fault == Fault::HugeBody) {
        socket->write(head + "\r\n");
        const qint64 total = qint64(param > 0 ? param : 64) * 1024 * 1024;
        auto sent = std::make_shared<qint64>(0);
        const QByteArray chunk(64 * 1024, 'x');
        auto pump = [socket, sent, total, chunk] {
            while (*sent < total && socket->bytesToWrite() < 4 * chunk.size()) {
                socket->write(chunk);
                *sent += chunk.size();
            }
            if (*sent >= total)
                socket->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
        return;
    }
    head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n";
    const QByteArray all = head + answer.body;
    if (fault == Fault::ResetMidBody) {
        socket->write(all.left(head.size() + answer.body.size() / 2));
        socket->flush();
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(50, socket, [guard] {
            if (guard)
                guard->abort();
        });
        return;
    }
    if (fault == Fault::Trickle) {
        auto offset = std::make_shared<qsizetype>(0);
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket, timer, offset, all] {
            if (*offset >= all.size()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(all.mid(*offset, 1));
            ++*offset;
        });
        timer->start(param > 0 ? param : 20);
        return;
    }
    socket->write(all);
    socket->disconnectFromHost();
}

BelvoSimulator::Answer BelvoSimulator::simulate(const Request &r)
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
        for (DemoLink &link : m_links) {
            if (link.id != m.captured(1))
                continue;
            if (r.method == "GET")
                return Answer{200, json(linkJson(link)), {}};
            if (r.method == "PUT") {
                QJsonParseError err{};
                const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
                if (err.error != QJsonParseError::NoError || !doc.isObject())
                    return errors(400, {error(QStringLiteral("invalid"),
                                              QStringLiteral("JSON parse error"))});
                return updateLink(link, doc.object());
            }
            return errors(405, {error(QStringLiteral("method_not_allowed"),
                                      QStringLiteral("Method not allowed"))});
        }
        return errors(404, {error(QStringLiteral("not_found"), QStringLiteral("Not found."))});
    }
    if (r.path == QLatin1StringView("/api/links/") && r.method == "GET") {
        QJsonArray results;
        for (const DemoLink &link : std::as_const(m_links))
            results.append(linkJson(link));
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

BelvoSimulator::Answer BelvoSimulator::updateLink(DemoLink &link, const QJsonObject &body)
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

BelvoSimulator::Answer BelvoSimulator::challenge(const DemoLink &link, bool rejectedToken)
{
    QString session;
    for (int i = 0; i < 2; ++i)
        session += QString::number(QRandomGenerator::global()->generate64(), 16)
                       .rightJustified(16, QLatin1Char('0'));
    m_sessions.insert(session, Session{link.id, link.mfaType,
                                       QDeadlineTimer(qint64(m_sessionLifetimeSeconds) * 1000)});
    QJsonObject data;
    QJsonObject o{{QStringLiteral("code"), QStringLiteral("token_required")},
                  {QStringLiteral("message"),
                   rejectedToken ? QStringLiteral("The token provided is not valid, a new one "
                                                  "is required")
                                 : QStringLiteral("A MFA token is required by the institution to "
                                                  "login")},
                  {QStringLiteral("request_id"), requestId()},
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

BelvoSimulator::Answer BelvoSimulator::resume(const QJsonObject &body)
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
    DemoLink *link = nullptr;
    for (DemoLink &l : m_links) {
        if (l.id == session.linkId)
            link = &l;
    }
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

BelvoSimulator::Answer BelvoSimulator::institution(const QString &name) const
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

QJsonObject BelvoSimulator::linkJson(const DemoLink &link) const
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

BelvoSimulator::Answer BelvoSimulator::errors(int status, const QList<QJsonObject> &items)
{
    QJsonArray array;
    for (QJsonObject o : items) {
        o.insert(QStringLiteral("request_id"), requestId());
        array.append(o);
    }
    return Answer{status, json(array), {}};
}

QJsonObject BelvoSimulator::error(const QString &code, const QString &message, const QString &field)
{
    QJsonObject o{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), field);
    return o;
}

QString BelvoSimulator::requestId()
{
    QString id;
    for (int i = 0; i < 2; ++i)
        id += QString::number(QRandomGenerator::global()->generate64(), 16)
                  .rightJustified(16, QLatin1Char('0'));
    return id;
}

} // namespace relink
