#pragma once

#include "fakeinstitutions.h"
#include "fakelinks.h"
#include "fakewidget.h"
#include "loopbackserver.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace relink {

// What the simulator answers: Belvo's links API as its sandbox behaves, in the shapes Belvo's
// OpenAPI specification 1.35 documents (links, institutions, MFA sessions, the keys check, the
// widget token, Belvo's error arrays), and the hand-off's stand-in for Belvo's hosted widget
// (FakeWidget). No sockets: a request in, an answer out; only its own
// state (link status, open MFA sessions) changes. Older shapes only by explicit fault injection.
class FakeBelvo
{
public:
    using Request = LoopbackServer::Request;
    using Answer = LoopbackServer::Answer;

    // The demo links (easy to type in a training session).
    static const QString kValidLinkId;     // user_valid: password "pass_valid" → 200
    static const QString kNumericLinkId;   // mfa_numeric: password "numeric_code" → 428 numeric
    static const QString kQrLinkId;        // mfa_qr: password "qr_code" → 428 QR code
    static const QString kInputlessLinkId; // mfa_default: password "pass_valid" → 428 inputless
    static const QString kDownBankLinkId;  // user_brazil at Erebor Brazil, a bank reported down
    static const QString kDemoSecretId;
    static const QString kDemoSecretPassword;
    static constexpr const char *kAcceptedToken = "111111"; // resumes successfully

    FakeBelvo();

    Answer answer(const Request &request);

    void setKeys(const QString &secretId, const QString &secretPassword);
    // The bank password a link accepts (tests use unique values).
    void setLinkPassword(const QString &linkId, const QString &password);
    void setSessionLifetimeSeconds(int seconds) { m_sessionLifetimeSeconds = seconds; }
    // The lifetime of the widget tokens minted from now on (Belvo's: 600 s).
    void setWidgetTokenLifetimeSeconds(int seconds) { m_widget.setLifetimeSeconds(seconds); }
    // A link's status (and, when it becomes valid, its last access: now); false: no such link.
    bool setLinkStatus(const QString &linkId, const QString &status);
    // A link's institution (its code: the widget shows that institution's display name, or the
    // code itself when it is none of the simulator's).
    bool setLinkInstitution(const QString &linkId, const QString &institution);
    // A bank's status, "healthy" or "down" (Erebor Brazil is down by default): a down bank's
    // links fail every update with institution_down; false: no such bank or status.
    bool setInstitutionStatus(const QString &institution, const QString &status)
    {
        return m_institutions.setStatus(institution, status);
    }
    // Pads every link answer with this many bytes (an unknown field; benchmarks of big answers).
    void setLinkPadding(int bytes) { m_links.setPadding(bytes); }
    // `count` more links with this status in the account (benchmarks, tests).
    void addLinks(int count, const QString &status) { m_links.addLinks(count, status); }
    // The largest page of links served (Belvo's: 1000).
    void setPageSizeCap(int cap) { m_links.setPageSizeCap(cap); }
    // Makes every open MFA session expire now.
    void expireSessions();
    // Where the server listens: the origin of the next/previous URLs of a page.
    void setOrigin(const QUrl &origin) { m_origin = origin; }
    // Fault injection for the client's tests: every 428 in the legacy shape (a bare object,
    // `expiry` as a string), as older Belvo APIs and Belvo's own MFA guide show it.
    void setLegacyMfaShape(bool legacy) { m_legacyMfaShape = legacy; }

private:
    struct Session
    {
        QString linkId;
        QString mfaType;
        QDeadlineTimer deadline;
    };
    using Link = FakeLinks::Link;

    Answer linkRequest(Link &link, const Request &request);
    Answer updateLink(Link &link, const QJsonObject &body);
    Answer resume(const QJsonObject &body);
    Answer challenge(const Link &link, bool rejectedToken);
    Answer listLinks(const QUrlQuery &query) const;
    Answer widgetToken(const QByteArray &body);
    Answer linkAnswer(int status, const Link &link) const;
    static Answer errors(int status, const QList<QJsonObject> &items);
    static QJsonObject error(const QString &code, const QString &message,
                             const QString &field = {});
    static QString randomHex();

    FakeLinks m_links;
    FakeInstitutions m_institutions;
    FakeWidget m_widget{m_links};
    QHash<QString, Session> m_sessions;
    QString m_secretId;
    QString m_secretPassword;
    QUrl m_origin;
    int m_sessionLifetimeSeconds = 600;
    bool m_legacyMfaShape = false;
};

} // namespace relink
