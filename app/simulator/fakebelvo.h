#pragma once

#include "loopbackserver.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace relink {

// What the simulator answers: Belvo's links API as its sandbox behaves for a few fixed demo
// links (institutions, MFA sessions, the keys check, Belvo's error shapes). No sockets: a request
// in, an answer out; only its own demo state (link status, open MFA sessions) changes.
class FakeBelvo
{
public:
    using Request = LoopbackServer::Request;
    using Answer = LoopbackServer::Answer;

    // The demo links (easy to type in a training session).
    static const QString kValidLinkId;     // user_valid: password "pass_valid" → 200
    static const QString kNumericLinkId;   // mfa_numeric: password "numeric_code" → 428 numeric
    static const QString kQrLinkId;        // mfa_qr: password "qr_code" → 428 QR (legacy shape)
    static const QString kInputlessLinkId; // mfa_default: password "pass_valid" → 428 inputless
    static const QString kDemoSecretId;
    static const QString kDemoSecretPassword;
    static constexpr const char *kAcceptedToken = "111111"; // resumes successfully

    FakeBelvo();

    Answer answer(const Request &request);

    void setKeys(const QString &secretId, const QString &secretPassword);
    // The bank password a demo link accepts (tests use unique values).
    void setLinkPassword(const QString &linkId, const QString &password);
    void setSessionLifetimeSeconds(int seconds) { m_sessionLifetimeSeconds = seconds; }
    // Pads every link answer with this many bytes (an unknown field; benchmarks of big answers).
    void setLinkPadding(int bytes) { m_linkPadding = bytes; }
    // Makes every open MFA session expire now.
    void expireSessions();

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

    DemoLink *findLink(const QString &id);
    Answer linkRequest(DemoLink &link, const Request &request);
    Answer updateLink(DemoLink &link, const QJsonObject &body);
    Answer resume(const QJsonObject &body);
    Answer challenge(const DemoLink &link, bool rejectedToken);
    Answer institution(const QString &name) const;
    QJsonObject linkJson(const DemoLink &link) const;
    static Answer errors(int status, const QList<QJsonObject> &items);
    static QJsonObject error(const QString &code, const QString &message,
                             const QString &field = {});
    static QString randomHex();

    QList<DemoLink> m_links;
    QHash<QString, Session> m_sessions;
    QString m_secretId;
    QString m_secretPassword;
    int m_sessionLifetimeSeconds = 600;
    int m_linkPadding = 0;
};

} // namespace relink
