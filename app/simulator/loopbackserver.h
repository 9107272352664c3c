#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QQueue>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QSslCertificate;
class QSslKey;
class QTcpSocket;

namespace relink {

// A small HTTP/1.1 server on 127.0.0.1 (optionally HTTPS) that answers one request per
// connection through a handler, and can be told to misbehave: canned answers, a response delay
// and transport faults. It knows nothing of what it serves.
class LoopbackServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // the path and query exactly as the request line gave them
        QString path;
        QUrlQuery query;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        // When the whole request had arrived, by the server's clock (UTC, milliseconds).
        QDateTime receivedAt;

        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // Content-Type defaults to JSON
        // Canned: for the next request with this method ("PUT"); empty: the next request.
        // (A test of an update cans the PUT's answer, whatever GETs the pre-flight makes first.)
        QByteArray method = {};
    };

    enum class Fault {
        None,
        NeverAnswer,  // reads the request, never answers, keeps the connection open
        ResetMidBody, // sends headers and part of the body, then resets the connection
        Trickle,      // sends a normal answer one byte every `param` ms
        HugeBody,     // 200 with `param` MiB of body and no Content-Length
        Delay,        // answers normally after `param` ms
    };

    using Handler = std::function<Answer(const Request &)>;

    explicit LoopbackServer(Handler handler, QObject *parent = nullptr);
    ~LoopbackServer() override;

    // Listens on 127.0.0.1 (port 0: any free port).
    bool listen(quint16 port = 0);
    // Serves HTTPS with this certificate from the next connection on.
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl baseUrl() const;

    // Every answer waits this long.
    void setResponseDelayMs(int ms) { m_responseDelayMs = ms; }
    // The next request gets this answer instead of the handler's (FIFO, one per request).
    void enqueueAnswer(const Answer &answer);
    // The next request meets this fault.
    // `method`: the next request with this method meets it (empty: the next request).
    void setNextFault(Fault fault, int param = 0, const QByteArray &method = {});

signals:
    // A complete request and the answer chosen for it, before the answer goes out (if ever).
    void answered(const relink::LoopbackServer::Request &request,
                  const relink::LoopbackServer::Answer &answer);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void send(QTcpSocket *socket, const Answer &answer, Fault fault, int param);

    class Server;
    Handler m_handler;
    Server *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QQueue<Answer> m_canned;
    Fault m_nextFault = Fault::None;
    QByteArray m_nextFaultMethod;
    int m_nextFaultParam = 0;
    int m_responseDelayMs = 0;
};

} // namespace relink
