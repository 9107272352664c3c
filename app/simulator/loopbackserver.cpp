#include "loopbackserver.h"

#include "simulatorlogging_p.h"

#include <QHostAddress>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <utility>

namespace relink {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 2 * 1024 * 1024;

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

} // namespace

// A TCP server that can also speak TLS (for tests of certificate handling).
class LoopbackServer::Server : public QTcpServer
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

LoopbackServer::LoopbackServer(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(new Server(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
}

LoopbackServer::~LoopbackServer() = default;

bool LoopbackServer::listen(quint16 port)
{
    const bool ok = m_server->listen(QHostAddress::LocalHost, port);
    qCDebug(lcSimulator) << "listening on port" << m_server->serverPort() << ok;
    return ok;
}

void LoopbackServer::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_server->certificatePem = certificate.toPem();
    m_server->keyPem = key.toPem();
}

QUrl LoopbackServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_server->certificatePem.isEmpty() ? QStringLiteral("http")
                                                     : QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

void LoopbackServer::enqueueAnswer(const Answer &answer)
{
    m_canned.enqueue(answer);
}

void LoopbackServer::setNextFault(Fault fault, int param, const QByteArray &method)
{
    m_nextFault = fault;
    m_nextFaultParam = param;
    m_nextFaultMethod = method;
}

void LoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackServer::onReadyRead(QTcpSocket *socket)
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
    request.target = requestLine.value(1);
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
        send(socket, Answer{413, "{\"detail\":\"Request body too large.\"}", {}}, Fault::None, 0);
        return;
    }
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    request.receivedAt = QDateTime::currentDateTimeUtc();
    m_buffers.remove(socket);
    socket->setProperty("handled", true);
    handle(socket, request);
}

void LoopbackServer::handle(QTcpSocket *socket, const Request &request)
{
    Fault fault = Fault::None;
    int param = 0;
    if (m_nextFaultMethod.isEmpty() || m_nextFaultMethod == request.method) {
        fault = std::exchange(m_nextFault, Fault::None);
        param = std::exchange(m_nextFaultParam, 0);
        m_nextFaultMethod.clear();
    }

    const bool canned = !m_canned.isEmpty() && (m_canned.head().method.isEmpty() ||
                                                m_canned.head().method == request.method);
    const Answer answer = canned ? m_canned.dequeue() : m_handler(request);
    qCDebug(lcSimulator) << request.method << request.path << "->" << answer.status;
    emit answered(request, answer);

    if (fault == Fault::NeverAnswer)
        return;
    const int delay = m_responseDelayMs + (fault == Fault::Delay ? param : 0);
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

void LoopbackServer::send(QTcpSocket *socket, const Answer &answer, Fault fault, int param)
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

} // namespace relink
