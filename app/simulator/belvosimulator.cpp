#include "belvosimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>

namespace relink {

namespace {

bool s_recordSecretsForTests = false;

// The headers that carry secrets, in lower case.
const QList<QByteArray> &secretHeaders()
{
    static const QList<QByteArray> names{"authorization", "proxy-authorization", "cookie"};
    return names;
}

// The body fields that carry secrets (as Belvo spells them), at any depth.
bool isSecretField(const QString &name)
{
    static const QStringList names{QStringLiteral("password"),    QStringLiteral("password2"),
                                   QStringLiteral("token"),       QStringLiteral("encryption_key"),
                                   QStringLiteral("certificate"), QStringLiteral("private_key"),
                                   QStringLiteral("username")};
    return names.contains(name);
}

QJsonValue redacted(const QJsonValue &value);

QJsonObject redacted(QJsonObject object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        it.value() = isSecretField(it.key())
                         ? QJsonValue(QString::fromLatin1(BelvoSimulator::kRedacted))
                         : redacted(it.value());
    }
    return object;
}

QJsonValue redacted(const QJsonValue &value)
{
    if (value.isObject())
        return redacted(value.toObject());
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redacted(QJsonValue(*it));
        return array;
    }
    return value;
}

// A form (the hosted widget's) with its secret values redacted.
QByteArray redactedForm(const QByteArray &body)
{
    FakeWidget::Form fields = FakeWidget::formFields(body);
    for (auto &[name, value] : fields) {
        if (isSecretField(name))
            value = QString::fromLatin1(BelvoSimulator::kRedacted);
    }
    return FakeWidget::formBody(fields);
}

// The body as kept: a JSON object or a form with its secret values redacted, anything else
// replaced whole.
QByteArray redactedBody(const LoopbackServer::Request &request)
{
    const QByteArray &body = request.body;
    if (body.isEmpty())
        return body;
    if (request.header("content-type")
            .trimmed()
            .toLower()
            .startsWith("application/x-www-form-urlencoded"))
        return redactedForm(body);
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return BelvoSimulator::kRedacted;
    QJsonObject object = redacted(doc.object());
    // The widget token's body carries the keys: the password (redacted above) and their id.
    if (request.path == QLatin1StringView("/api/token/") &&
        object.contains(QLatin1StringView("id")))
        object.insert(QStringLiteral("id"), QString::fromLatin1(BelvoSimulator::kRedacted));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QJsonObject BelvoSimulator::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

// The fake Belvo checks keys and credentials on each request as received, before anything of
// it is kept.
BelvoSimulator::BelvoSimulator(QObject *parent)
    : QObject(parent), m_server(new LoopbackServer(
                           [this](const auto &request) { return m_belvo.answer(request); }, this))
{
    connect(m_server, &LoopbackServer::answered, this, &BelvoSimulator::keep);
}

BelvoSimulator::~BelvoSimulator() = default;

void BelvoSimulator::setRecordSecretsForTests(bool record)
{
    s_recordSecretsForTests = record;
}

bool BelvoSimulator::recordsSecretsForTests()
{
    return s_recordSecretsForTests;
}

bool BelvoSimulator::listen(quint16 port)
{
    const bool ok = m_server->listen(port);
    m_belvo.setOrigin(m_server->baseUrl());
    return ok;
}

void BelvoSimulator::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_server->useTls(certificate, key);
    m_belvo.setOrigin(m_server->baseUrl());
}

void BelvoSimulator::setKeys(const QString &secretId, const QString &secretPassword)
{
    m_belvo.setKeys(secretId, secretPassword);
}

void BelvoSimulator::setLinkPassword(const QString &linkId, const QString &password)
{
    m_belvo.setLinkPassword(linkId, password);
}

void BelvoSimulator::keep(const LoopbackServer::Request &request,
                          const LoopbackServer::Answer &answer)
{
    Request kept;
    static_cast<LoopbackServer::Request &>(kept) = request;
    kept.responseStatus = answer.status;
    kept.responseBody = answer.body;
    if (!s_recordSecretsForTests) {
        for (const QByteArray &name : secretHeaders()) {
            if (kept.headers.contains(name))
                kept.headers.insert(name, kRedacted);
        }
        kept.body = redactedBody(request);
    }
    while (m_requests.size() >= kKeptRequests)
        m_requests.removeFirst();
    m_requests.append(kept);
    emit requestHandled(static_cast<int>(m_requests.size() - 1));
}

} // namespace relink
