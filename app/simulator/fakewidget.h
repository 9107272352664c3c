#pragma once

#include "fakelinks.h"
#include "loopbackserver.h"
#include "widgetpage.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace relink {

// The hand-off (belvo-api.md, "Hand-off"): the widget tokens of POST /api/token/ and a stand-in
// for Belvo's hosted widget in update mode, at GET /widget/?access_token=…&locale=en|es|pt. The
// page asks the customer for what the link's bank wants (its password; the code it sent; an
// approval in its app), and the form, POSTed to /widget/, makes the link valid again. Each access
// token opens the page for the link it was minted for, until it expires or is spent by a
// successful reconnection; a refresh token opens nothing. No Basic auth: this is the customer's
// browser. No sockets: a request in, an answer out.
class FakeWidget
{
public:
    using Request = LoopbackServer::Request;
    using Answer = LoopbackServer::Answer;
    using Form = QList<QPair<QString, QString>>;

    struct Tokens
    {
        QString access;
        QString refresh;
    };

    explicit FakeWidget(FakeLinks &links) : m_links(links) {}

    // POST /api/token/'s pair for the link (none: the tokens open nothing). Both are JWT-shaped;
    // their payloads carry token_type, link_id, jti, iat and exp (seconds since the epoch),
    // exp - iat being the lifetime.
    Tokens mint(const QString &linkId);
    // The lifetime of the tokens minted from now on (Belvo's: 10 minutes).
    void setLifetimeSeconds(int seconds) { m_lifetimeSeconds = seconds; }

    // GET /widget/ (the page) and POST /widget/ (its form).
    Answer answer(const Request &request);

    // The fields of an application/x-www-form-urlencoded body, in order, decoded.
    static Form formFields(const QByteArray &body);
    static QByteArray formBody(const Form &fields);

private:
    struct Grant
    {
        QString linkId;
        qint64 expiresAtMs = 0;
        bool spent = false;
        bool passwordAccepted = false; // the bank's MFA step comes next
    };
    using Link = FakeLinks::Link;

    Answer submit(const QString &accessToken, const Form &form, const QString &locale);
    // What the page asks for next, for this grant's link.
    static WidgetPage::Kind stage(const Grant &grant, const Link &link);
    Answer page(int status, WidgetPage::Kind kind, const QString &locale, const Link *link,
                const QString &accessToken = {}, bool rejected = false) const;
    static QString institutionName(const QString &institution);

    FakeLinks &m_links;
    QHash<QString, Grant> m_grants; // by access token
    int m_lifetimeSeconds = 600;
};

} // namespace relink
