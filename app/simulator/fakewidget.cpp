#include "fakewidget.h"

#include "fakebelvo.h"
#include "fakeinstitutions.h"
#include "simulatorlogging_p.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>

namespace relink {

namespace {

// Spent and expired grants are remembered this long after their expiry (a late second visit
// still reads "already used"), then forgotten.
constexpr qint64 kForgetAfterMs = 24 * 3600 * 1000;

QString nonce()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16)
        .rightJustified(16, QLatin1Char('0'));
}

// A token as Belvo's widget tokens look (three base64url parts); the signature is only a shape.
QString tokenText(const QString &kind, const QString &linkId, qint64 iat, qint64 exp)
{
    auto part = [](const QByteArray &data) {
        return QString::fromLatin1(
            data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    const QString jti = nonce() + nonce();
    const QJsonObject payload{{QStringLiteral("token_type"), kind},
                              {QStringLiteral("link_id"), linkId},
                              {QStringLiteral("jti"), jti},
                              {QStringLiteral("iat"), iat},
                              {QStringLiteral("exp"), exp}};
    return part(R"({"alg":"HS256","typ":"JWT"})") + QLatin1Char('.') +
           part(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + QLatin1Char('.') +
           part(jti.toLatin1());
}

QString value(const FakeWidget::Form &form, const char *name)
{
    for (const auto &[key, val] : form) {
        if (key == QLatin1StringView(name))
            return val;
    }
    return {};
}

} // namespace

FakeWidget::Tokens FakeWidget::mint(const QString &linkId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_grants.begin(); it != m_grants.end();)
        it = it->expiresAtMs + kForgetAfterMs < now ? m_grants.erase(it) : std::next(it);
    const qint64 iat = now / 1000;
    const qint64 exp = iat + m_lifetimeSeconds;
    Tokens tokens{tokenText(QStringLiteral("access"), linkId, iat, exp),
                  tokenText(QStringLiteral("refresh"), linkId, iat, exp)};
    // Belvo's widget opens a token without a link in create mode, which this stand-in has not.
    if (!linkId.isEmpty())
        m_grants.insert(tokens.access, Grant{linkId, exp * 1000});
    return tokens;
}

FakeWidget::Answer FakeWidget::answer(const Request &r)
{
    const bool post = r.method == "POST";
    if (!post && r.method != "GET")
        return Answer{405,
                      "Method not allowed",
                      {{"Content-Type", "text/plain; charset=utf-8"}, {"Allow", "GET, POST"}}};
    const Form form = post ? formFields(r.body) : Form{};
    const QString token =
        post ? value(form, WidgetPage::kAccessTokenField)
             : r.query.queryItemValue(QLatin1StringView(WidgetPage::kAccessTokenField),
                                      QUrl::FullyDecoded);
    const QString locale = WidgetPage::locale(
        post ? value(form, WidgetPage::kLocaleField)
             : r.query.queryItemValue(QLatin1StringView(WidgetPage::kLocaleField),
                                      QUrl::FullyDecoded));

    const auto it = token.isEmpty() ? m_grants.end() : m_grants.find(token);
    Link *link = it == m_grants.end() ? nullptr : m_links.find(it->linkId);
    if (!link) {
        qCDebug(lcSimulator) << "widget: an unknown access token";
        return page(403, WidgetPage::Kind::Expired, locale, nullptr);
    }
    if (it->spent)
        return page(403, WidgetPage::Kind::Used, locale, link);
    if (QDateTime::currentMSecsSinceEpoch() >= it->expiresAtMs) {
        qCDebug(lcSimulator) << "widget: an expired access token for" << link->id;
        return page(403, WidgetPage::Kind::Expired, locale, link);
    }
    if (!post)
        return page(200, stage(*it, *link), locale, link, token);
    return submit(token, form, locale);
}

// The form: the right value makes the link valid and spends the token; a wrong one shows the
// form again, saying so. A bank with an MFA step asks for it once the password is right.
FakeWidget::Answer FakeWidget::submit(const QString &accessToken, const Form &form,
                                      const QString &locale)
{
    Grant &grant = m_grants[accessToken];
    Link &link = *m_links.find(grant.linkId);
    const WidgetPage::Kind kind = stage(grant, link);
    if (kind == WidgetPage::Kind::Password) {
        const QString password = value(form, WidgetPage::kPasswordField);
        if (password.isEmpty() || password != link.password)
            return page(400, kind, locale, &link, accessToken, true);
        if (!link.mfaType.isEmpty()) {
            grant.passwordAccepted = true;
            return page(200, stage(grant, link), locale, &link, accessToken);
        }
    } else if (kind == WidgetPage::Kind::Token &&
               value(form, WidgetPage::kTokenField) !=
                   QLatin1StringView(FakeBelvo::kAcceptedToken)) {
        return page(400, kind, locale, &link, accessToken, true);
    }
    link.status = QStringLiteral("valid");
    link.lastAccessedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    grant.spent = true;
    qCDebug(lcSimulator) << "widget: link" << link.id << "reconnected";
    return page(200, WidgetPage::Kind::Done, locale, &link);
}

WidgetPage::Kind FakeWidget::stage(const Grant &grant, const Link &link)
{
    if (!grant.passwordAccepted && link.status != QLatin1StringView("token_required"))
        return WidgetPage::Kind::Password;
    return link.mfaType == QLatin1StringView("inputless") ? WidgetPage::Kind::Approve
                                                          : WidgetPage::Kind::Token;
}

FakeWidget::Answer FakeWidget::page(int status, WidgetPage::Kind kind, const QString &locale,
                                    const Link *link, const QString &accessToken,
                                    bool rejected) const
{
    WidgetPage::Content content;
    content.kind = kind;
    content.locale = locale;
    content.institution = link ? institutionName(link->institution) : QString();
    content.accessToken = accessToken;
    content.rejected = rejected;
    // Nothing from elsewhere, no framing, no caching, and the token in the URL goes nowhere.
    return Answer{status,
                  WidgetPage::html(content),
                  {{"Content-Type", "text/html; charset=utf-8"},
                   {"Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                                               "form-action 'self'; frame-ancestors 'none'; "
                                               "base-uri 'none'"},
                   {"Cache-Control", "no-store"},
                   {"Referrer-Policy", "no-referrer"},
                   {"X-Content-Type-Options", "nosniff"}}};
}

// The bank's display name, as Belvo's institutions list gives it (else its code).
QString FakeWidget::institutionName(const QString &institution)
{
    return FakeInstitutions::displayName(institution);
}

FakeWidget::Form FakeWidget::formFields(const QByteArray &body)
{
    Form fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        auto decode = [](QByteArray part) {
            return QUrl::fromPercentEncoding(part.replace('+', ' '));
        };
        fields.append(
            {decode(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1))});
    }
    return fields;
}

QByteArray FakeWidget::formBody(const Form &fields)
{
    QByteArrayList pairs;
    for (const auto &[name, val] : fields)
        pairs << QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(val);
    return pairs.join('&');
}

} // namespace relink
