#pragma once

#include "fakebelvo.h"
#include "loopbackserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

class QSslCertificate;
class QSslKey;

namespace relink {

// A stand-in for Belvo's links API, served over HTTP on 127.0.0.1. It powers demo/training mode
// and the tests: the fake Belvo (FakeBelvo) behind a loopback server that can be told to
// misbehave (LoopbackServer: canned answers, faults). It keeps the last few requests it received
// for the tests, with secret values redacted unless a test switches that off.
class BelvoSimulator : public QObject
{
    Q_OBJECT
public:
    // The demo links (easy to type in a training session); see FakeBelvo.
    static inline const QString &kValidLinkId = FakeBelvo::kValidLinkId;
    static inline const QString &kNumericLinkId = FakeBelvo::kNumericLinkId;
    static inline const QString &kQrLinkId = FakeBelvo::kQrLinkId;
    static inline const QString &kInputlessLinkId = FakeBelvo::kInputlessLinkId;
    static inline const QString &kDownBankLinkId = FakeBelvo::kDownBankLinkId;
    static inline const QString &kDemoSecretId = FakeBelvo::kDemoSecretId;
    static inline const QString &kDemoSecretPassword = FakeBelvo::kDemoSecretPassword;
    static constexpr const char *kAcceptedToken = FakeBelvo::kAcceptedToken;

    // How many requests are kept (the oldest go first).
    static constexpr int kKeptRequests = 64;
    // What a redacted value reads as.
    static constexpr const char *kRedacted = "[redacted]";

    // A request as it is kept (receivedAt: when the server had it whole), with the answer it got.
    struct Request : LoopbackServer::Request
    {
        int responseStatus = 0;
        QByteArray responseBody;

        QJsonObject json() const;
        // The fields of a form (application/x-www-form-urlencoded) body, decoded, in order.
        FakeWidget::Form form() const { return FakeWidget::formFields(body); }
    };
    using Canned = LoopbackServer::Answer;
    using Fault = LoopbackServer::Fault;

    explicit BelvoSimulator(QObject *parent = nullptr);
    ~BelvoSimulator() override;

    // Tests only: keep requests as received, secrets included (the tests compare exact bodies).
    // Off by default: the Authorization header and the values of credential fields are kept as
    // kRedacted (in a form body too; and the keys' id in POST /api/token/), any other body that
    // is not a JSON object is dropped whole.
    static void setRecordSecretsForTests(bool record);
    static bool recordsSecretsForTests();

    // Listens on 127.0.0.1 (port 0: any free port).
    bool listen(quint16 port = 0);
    // Serves HTTPS with this certificate from the next connection on.
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl baseUrl() const { return m_server->baseUrl(); }

    void setKeys(const QString &secretId, const QString &secretPassword);
    // The bank password a demo link accepts (tests use unique values).
    void setLinkPassword(const QString &linkId, const QString &password);
    // Every answer waits this long (demo mode uses a little, so the busy state shows).
    void setResponseDelayMs(int ms) { m_server->setResponseDelayMs(ms); }
    void setSessionLifetimeSeconds(int seconds) { m_belvo.setSessionLifetimeSeconds(seconds); }
    // The lifetime of the widget tokens (POST /api/token/) minted from now on; 600 s by default.
    // Their JWT payload says it: exp - iat.
    void setWidgetTokenLifetimeSeconds(int seconds)
    {
        m_belvo.setWidgetTokenLifetimeSeconds(seconds);
    }
    // Tests: a link's status as if Belvo had changed it (e.g. the customer reconnected it in the
    // widget: "valid", with last_accessed_at now). False: no such link.
    bool setLinkStatus(const QString &linkId, const QString &status)
    {
        return m_belvo.setLinkStatus(linkId, status);
    }
    // A bank reported "down" or "healthy" by GET /api/institutions/ (Erebor Brazil is down
    // until told otherwise); a down bank's links fail every update with institution_down.
    // False: no such bank or status.
    bool setInstitutionStatus(const QString &institution, const QString &status)
    {
        return m_belvo.setInstitutionStatus(institution, status);
    }
    // Tests: a link's institution code (a bank the simulator does not know is shown by its code).
    bool setLinkInstitution(const QString &linkId, const QString &institution)
    {
        return m_belvo.setLinkInstitution(linkId, institution);
    }
    // Pads every link answer with this many bytes (an unknown field; benchmarks of big answers).
    void setLinkPadding(int bytes) { m_belvo.setLinkPadding(bytes); }
    // Tests and benchmarks: `count` more links with this status in the account, after the 300 of
    // the demo account (e.g. 10,000 needing attention for `relink-simulator --links 10000`).
    void addLinks(int count, const QString &status) { m_belvo.addLinks(count, status); }
    // Tests: the largest page of links served (Belvo's 1000 by default; a server may cap lower,
    // and its `next` keeps the page_size that was asked).
    void setPageSizeCap(int cap) { m_belvo.setPageSizeCap(cap); }
    // Makes every open MFA session expire now.
    void expireSessions() { m_belvo.expireSessions(); }

    // Fault injection (tests only; demo mode always answers in the documented shapes):
    // every 428 in the legacy shape, a bare object with `expiry` as a string.
    void setLegacyMfaShape(bool legacy) { m_belvo.setLegacyMfaShape(legacy); }

    // The next request gets this answer instead of the simulated one (FIFO, one per request):
    // how tests inject `{"detail": …}` errors, HTML from a proxy, 204s, redirects, 429s.
    void enqueueResponse(const Canned &canned) { m_server->enqueueAnswer(canned); }
    // The next request (with `method`, when given) meets this fault.
    void setNextFault(Fault fault, int param = 0, const QByteArray &method = {})
    {
        m_server->setNextFault(fault, param, method);
    }

    // The last kKeptRequests requests, oldest first.
    QList<Request> requests() const { return m_requests; }
    Request lastRequest() const { return m_requests.value(m_requests.size() - 1); }
    void clearRequests() { m_requests.clear(); }

signals:
    // A request was kept at this index of requests().
    void requestHandled(int index);

private:
    void keep(const LoopbackServer::Request &request, const LoopbackServer::Answer &answer);

    FakeBelvo m_belvo;
    LoopbackServer *m_server;
    QList<Request> m_requests;
};

} // namespace relink
