#include "belvoclient.h"

#include "belvologging_p.h"
#include "environment.h"
#include "linkid.h"
#include "linkquery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace relink {

namespace {

bool isPlainIdentifier(const QString &s, int maxLength)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    return !s.isEmpty() && s.size() <= maxLength && re.match(s).hasMatch();
}

QString invalidLinkIdMessage(const QString &linkId)
{
    return QCoreApplication::translate("relink::BelvoClient",
                                       "\"%1\" is not a link id. A link id looks like "
                                       "3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c.")
        .arg(linkId.left(80));
}

} // namespace

// -------------------------------------------------------------------------------- BelvoClient

BelvoClient::BelvoClient(QNetworkAccessManager *nam, ClientConfig config, QObject *parent)
    : QObject(parent), m_nam(nam), m_config(std::move(config))
{
    qRegisterMetaType<relink::Result>();
}

QString BelvoClient::configProblem() const
{
    const Parsed<QUrl> url = validateBaseUrl(m_config.baseUrl.toString());
    if (!url)
        return url.error;
    if (m_config.secretId.isEmpty() || m_config.secretPassword.isEmpty())
        return QCoreApplication::translate("relink::BelvoClient",
                                           "No secret keys are set for this environment. Add "
                                           "them in Settings, or set BELVO_SECRET_ID and "
                                           "BELVO_SECRET_PASSWORD.");
    if (m_config.secretId.contains(QLatin1Char(':')) ||
        validateUpdateFields(
            UpdateFields{m_config.secretId, m_config.secretPassword, {}, {}, {}, {}, {}})
            .size())
        return QCoreApplication::translate("relink::BelvoClient",
                                           "The secret keys contain characters that cannot be "
                                           "right. Copy them again from the Belvo dashboard.");
    return {};
}

Operation *BelvoClient::create(Operation::Expect expect)
{
    return new Operation(m_nam, m_config, expect, this);
}

QNetworkRequest BelvoClient::request(const QString &path, Auth auth) const
{
    QUrl url = m_config.baseUrl;
    url.setPath(m_config.baseUrl.path() + path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Relink/" RELINK_VERSION));
    req.setRawHeader("Accept", "application/json");
    if (auth == Auth::Basic)
        req.setRawHeader("Authorization",
                         "Basic " + (m_config.secretId + QLatin1Char(':') + m_config.secretPassword)
                                        .toUtf8()
                                        .toBase64());
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (url.scheme() == QLatin1StringView("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        // Extra CAs are trusted in addition to the system's. With on-demand loading (Linux) the
        // default configuration's list is empty, so the system's are named explicitly.
        if (!m_config.extraCaCertificates.isEmpty())
            ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() +
                                  m_config.extraCaCertificates);
        req.setSslConfiguration(ssl);
    }
    return req;
}

QString BelvoClient::updateProblem(const QString &linkId, const UpdateFields &fields) const
{
    if (!isValidLinkId(linkId))
        return invalidLinkIdMessage(linkId);
    if (const QString problem = configProblem(); !problem.isEmpty())
        return problem;
    if (const QString problem = validateUpdateFields(fields); !problem.isEmpty())
        return problem;
    if (fields.toJson().isEmpty())
        return QCoreApplication::translate("relink::BelvoClient",
                                           "Fill in at least the password before updating.");
    return {};
}

Operation *BelvoClient::updateCredentials(const QString &linkId, const UpdateFields &fields)
{
    Operation *op = create(Operation::Expect::Link);
    if (const QString problem = updateProblem(linkId, fields); !problem.isEmpty()) {
        op->refuse(problem);
        return op;
    }
    QNetworkRequest req =
        request(QStringLiteral("/api/links/") + linkId.toLower() + QLatin1Char('/'));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    qCInfo(lcBelvo).noquote() << "updating link" << linkId << "with fields"
                              << fields.filledNames().join(QLatin1Char(','));
    op->start("PUT", req, QJsonDocument(fields.toJson()).toJson(QJsonDocument::Compact));
    return op;
}

QString BelvoClient::resumeProblem(const QString &linkId, const QString &session,
                                   const std::optional<QString> &token) const
{
    if (!isValidLinkId(linkId))
        return invalidLinkIdMessage(linkId);
    if (!isPlainIdentifier(session, 128))
        return QCoreApplication::translate("relink::BelvoClient",
                                           "\"%1\" is not an MFA session id. Copy the "
                                           "session from the token request.")
            .arg(session.left(80));
    if (const QString problem = configProblem(); !problem.isEmpty())
        return problem;
    if (token.has_value()) {
        UpdateFields check;
        check.token = token->trimmed();
        if (const QString problem = validateUpdateFields(check); !problem.isEmpty())
            return problem;
        if (check.token.isEmpty())
            return QCoreApplication::translate("relink::BelvoClient",
                                               "Enter the token the bank gave the customer.");
    }
    return {};
}

Operation *BelvoClient::resumeSession(const QString &linkId, const QString &session,
                                      const std::optional<QString> &token)
{
    Operation *op = create(Operation::Expect::Link);
    if (const QString problem = resumeProblem(linkId, session, token); !problem.isEmpty()) {
        op->refuse(problem);
        return op;
    }
    QJsonObject body{{QStringLiteral("session"), session},
                     {QStringLiteral("link"), linkId.toLower()}};
    if (token.has_value())
        body.insert(QStringLiteral("token"), token->trimmed());
    QNetworkRequest req = request(QStringLiteral("/api/links/"));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    qCInfo(lcBelvo).noquote() << "resuming MFA session for link" << linkId
                              << (token ? "with a token" : "without a token");
    op->start("PATCH", req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    return op;
}

Operation *BelvoClient::getLink(const QString &linkId)
{
    Operation *op = create(Operation::Expect::Link);
    if (!isValidLinkId(linkId)) {
        op->refuse(invalidLinkIdMessage(linkId));
        return op;
    }
    if (const QString problem = configProblem(); !problem.isEmpty()) {
        op->refuse(problem);
        return op;
    }
    op->start("GET", request(QStringLiteral("/api/links/") + linkId.toLower() + QLatin1Char('/')),
              {});
    return op;
}

Operation *BelvoClient::getInstitution(const QString &name)
{
    Operation *op = create(Operation::Expect::Institution);
    if (!isPlainIdentifier(name, 100)) {
        op->refuse(
            QCoreApplication::translate("relink::BelvoClient", "\"%1\" is not an institution code.")
                .arg(name.left(80)));
        return op;
    }
    if (const QString problem = configProblem(); !problem.isEmpty()) {
        op->refuse(problem);
        return op;
    }
    QNetworkRequest req = request(QStringLiteral("/api/institutions/"));
    QUrl url = req.url();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), name);
    url.setQuery(query);
    req.setUrl(url);
    op->start("GET", req, {});
    return op;
}

QString BelvoClient::handoffProblem(const QString &linkId) const
{
    if (!isValidLinkId(linkId))
        return invalidLinkIdMessage(linkId);
    return configProblem();
}

Operation *BelvoClient::createWidgetToken(const QString &linkId)
{
    Operation *op = create(Operation::Expect::WidgetToken);
    if (const QString problem = handoffProblem(linkId); !problem.isEmpty()) {
        op->refuse(problem);
        return op;
    }
    // The scopes Belvo's update-mode widget needs: read the institution, update and read the link.
    const QJsonObject body{
        {QStringLiteral("id"), m_config.secretId},
        {QStringLiteral("password"), m_config.secretPassword},
        {QStringLiteral("link_id"), linkId.toLower()},
        {QStringLiteral("scopes"), QStringLiteral("read_institutions,write_links,read_links")}};
    QNetworkRequest req = request(QStringLiteral("/api/token/"), Auth::None);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    qCInfo(lcBelvo).noquote() << "requesting a widget token for link" << linkId.toLower();
    op->start("POST", req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    return op;
}

Operation *BelvoClient::listLinksPage(const QUrl &url)
{
    Operation *op = create(Operation::Expect::LinksPage);
    if (!isSameOrigin(url, m_config.baseUrl)) { // the keys go with the request: never elsewhere
        op->refuse(foreignNextMessage(url, m_config.baseUrl), Failure::ForeignNext);
        return op;
    }
    if (const QString problem = configProblem(); !problem.isEmpty()) {
        op->refuse(problem);
        return op;
    }
    QNetworkRequest req = request(QStringLiteral("/api/links/"));
    req.setUrl(url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment));
    op->start("GET", req, {});
    return op;
}

Operation *BelvoClient::testConnection()
{
    Operation *op = create(Operation::Expect::Connection);
    if (const QString problem = configProblem(); !problem.isEmpty()) {
        op->refuse(problem);
        return op;
    }
    QNetworkRequest req = request(QStringLiteral("/api/links/"));
    QUrl url = req.url();
    url.setQuery(QStringLiteral("page_size=1"));
    req.setUrl(url);
    op->start("GET", req, {});
    return op;
}

} // namespace relink
