#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QQueue>
#include <QUrl>
#include <QUrlQuery>

class QSslCertificate;
class QSslKey;
class QTcpSocket;

namespace relink {

// A stand-in for Belvo's links API, served over HTTP on 127.0.0.1. It powers demo/training mode
// and the tests: it behaves like Belvo's sandbox for a few fixed demo links, records every
// request it receives, and can be told to misbehave (canned answers, faults).
class BelvoSimulator : public QObject
{
    Q_OBJECT
public:
    // The demo links (easy to type in a training session).
    static const QString kValidLinkId;     // user_valid: password "pass_valid" → 200
    static const QString kNumericLinkId;   // mfa_numeric: password "numeric_code" → 428 numeric
    static const QString kQrLinkId;        // mfa_qr: password "qr_code" → 428 QR (legacy shape)
    static const QString kInputlessLinkId; // mfa_default: password "pass_valid" → 428 inputless
    static const QString kDemoSecretId;
    static const QString kDemoSecretPassword;
    static constexpr const char *kAcceptedToken = "111111"; // resumes successfully

    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        int responseStatus = 0;
        QByteArray responseBody;

        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        QJsonObject json() const;
    };

    struct Canned
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // Content-Type defaults to JSON
    };

    enum class Fault {
        None,
        NeverAnswer,  // reads the request, never answers, keeps the connection open
        ResetMidBody, // sends headers and part of the body, then resets the connection
        Trickle,      // sends a normal answer one byte every `param` ms
        HugeBody,     // 200 with `param` MiB of body and no Content-Length
        Delay,        // answers normally after `param` ms
    };

    explicit BelvoSimulator(QObject *parent = nullptr);
    ~BelvoSimulator() override;

    // Listens on 127.0.0.1 (port 0: any free port).
    bool listen(quint16 port = 0);
    // Serves HTTPS with this certificate from the next connection on.
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl baseUrl() const;

    void setKeys(const QString &secretId, const QString &secretPassword);
    // The bank password a demo link accepts (tests use unique values).
    void setLinkPassword(const QString &linkId, const QString &password);
    // Every answer waits this long (demo mode uses a little, so the busy state shows).
    void setResponseDelayMs(int ms) { m_responseDelayMs = ms; }
    void setSessionLifetimeSeconds(int seconds) { m_sessionLifetimeSeconds = seconds; }
    // Pads every link answer with this many bytes (an unknown field; benchmarks of big answers).
    void setLinkPadding(int bytes) { m_linkPadding = bytes; }
    // Makes every open MFA session expire now.
    void expireSessions();

    // The next request gets this answer instead of the simulated one (FIFO, one per request).
    void enqueueResponse(const Canned &canned);
    // The next request meets this fault.
    void setNextFault(Fault fault, int param = 0);

    QList<Request> requests() const { return m_requests; }
    Request lastRequest() const { return m_requests.value(m_requests.size() - 1); }
    void clearRequests() { m_requests.clear(); }

signals:
    void requestHandled(int index);

private:
    struct DemoLink
    {
        QString id;
        QString institution;
        QString username;
        QString password;
        QString mfaType; // empty, "numeric", "qr", "inputless"
        QString status;
        QString createdAt;
        QString lastAccessedAt;
    };
    struct Session
    {
        QString linkId;
        QString mfaType;
        QDeadlineTimer deadline;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, Request request);
    Answer simulate(const Request &request);
    Answer updateLink(DemoLink &link, const QJsonObject &body);
    Answer resume(const QJsonObject &body);
    Answer challenge(const DemoLink &link, bool rejectedToken);
    Answer institution(const QString &name) const;
    QJsonObject linkJson(const DemoLink &link) const;
    void send(QTcpSocket *socket, const Answer &answer, Fault fault, int param);
    static Answer errors(int status, const QList<QJsonObject> &items);
    static QJsonObject error(const QString &code, const QString &message,
                             const QString &field = {});
    static QString requestId();

    class Server;
    Server *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<DemoLink> m_links;
    QHash<QString, Session> m_sessions;
    QQueue<Canned> m_canned;
    QList<Request> m_requests;
    Fault m_nextFault = Fault::None;
    int m_nextFaultParam = 0;
    QString m_secretId;
    QString m_secretPassword;
    int m_responseDelayMs = 0;
    int m_sessionLifetimeSeconds = 600;
    int m_linkPadding = 0;
};

} // namespace relink
