#pragma once

#include "clientconfig.h"
#include "credentials.h"
#include "operation.h"
#include "result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace relink {

// The Belvo links API. Operations are created here and run at once.
class BelvoClient : public QObject
{
    Q_OBJECT
public:
    BelvoClient(QNetworkAccessManager *nam, ClientConfig config, QObject *parent = nullptr);

    const ClientConfig &config() const { return m_config; }
    // Another client with the same network access manager and settings.
    BelvoClient *clone(QObject *parent) const { return new BelvoClient(m_nam, m_config, parent); }

    // Why an update or a resume would be refused without sending anything; empty when not.
    QString updateProblem(const QString &linkId, const UpdateFields &fields) const;
    QString resumeProblem(const QString &linkId, const QString &session,
                          const std::optional<QString> &token) const;

    // PUT /api/links/{id}/
    Operation *updateCredentials(const QString &linkId, const UpdateFields &fields);
    // PATCH /api/links/ with {session, token, link}; no token when the bank expects no input.
    Operation *resumeSession(const QString &linkId, const QString &session,
                             const std::optional<QString> &token);
    // GET /api/links/{id}/
    Operation *getLink(const QString &linkId);
    // GET /api/institutions/?name=…
    Operation *getInstitution(const QString &name);
    // GET of one page of the list of links (linksPageUrl() makes the first; the next come from
    // the pages). Only on the base URL's origin: another one is refused with
    // Failure::ForeignNext and nothing is sent. Its result is a LinksPage; a large page is parsed
    // on a worker thread.
    Operation *listLinksPage(const QUrl &url);
    // GET /api/links/?page_size=1: do these keys work in this environment?
    Operation *testConnection();

    // Why a hand-off's widget token would be refused without sending anything; empty when not.
    QString handoffProblem(const QString &linkId) const;
    // POST /api/token/ with {id, password, link_id, scopes}: the keys in the body, as Belvo
    // documents it, and no Authorization header. Its result is a WidgetToken (the refresh token
    // Belvo sends with it is never kept).
    Operation *createWidgetToken(const QString &linkId);

private:
    enum class Auth { Basic, None };
    Operation *create(Operation::Expect expect);
    QNetworkRequest request(const QString &path, Auth auth = Auth::Basic) const;
    QString configProblem() const;

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
};

} // namespace relink
