#include "belvosimulator.h"

#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>

namespace relink {

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

void BelvoSimulator::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_server->useTls(certificate, key);
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
    m_requests.append(kept);
    emit requestHandled(static_cast<int>(m_requests.size() - 1));
}

} // namespace relink
