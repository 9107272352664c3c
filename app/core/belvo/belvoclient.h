#pragma once

#include "credentials.h"
#include "result.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace relink {

struct ClientConfig
{
    QUrl baseUrl;            // validated with validateBaseUrl()
    QString secretId;        // secret: never logged
    QString secretPassword;  // secret: never logged
    int timeoutMs = 120'000; // bank logins are slow
    qint64 maxResponseBytes = 8 * 1024 * 1024;
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system's
};

// One network operation: sends one request, emits finished() exactly once, then deletes itself
// (later). Never retried automatically. Destroying it mid-flight aborts the request silently.
class Operation : public QObject
{
    Q_OBJECT
public:
    enum class Expect { Link, Institution, Connection, WidgetToken, LinksPage };

    ~Operation() override;

    bool isFinished() const { return m_finished; }
    QString method() const { return QString::fromLatin1(m_verb); }
    QString path() const { return m_request.url().path(); }

public slots:
    // Aborts the request; finished() comes with Failure::Cancelled (unless it already came).
    void cancel();

signals:
    void finished(const relink::Result &result);

private:
    friend class BelvoClient;
    Operation(QNetworkAccessManager *nam, const ClientConfig &config, Expect expect,
              QObject *parent);
    void start(const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body);
    // finished() with this failure (Refused: nothing was sent), from the event loop.
    void refuse(const QString &message, Failure failure = Failure::Refused);
    void onReadyRead();
    void readMore(); // one slice, then itself again, queued, while more is waiting
    // Moves at most one slice of what has arrived into m_body; true when more is waiting.
    bool readSlice(QNetworkReply *reply);
    void onMetaDataChanged();
    void onFinished();
    void onTimeout();
    void fail(Failure failure, const QString &message, int httpStatus = 0);
    void finish(Result result);
    // Pure: what an HTTP answer means for this kind of operation. Runs on a worker thread for
    // large bodies so the GUI thread never stalls on parsing.
    static Result interpretHttp(Expect expect, const QByteArray &body, int status,
                                const QString &host, const QString &institutionName);

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
    Expect m_expect;
    QByteArray m_verb;
    QNetworkRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QStringList m_sslErrors;
    Failure m_abortReason = Failure::None;
    bool m_finished = false;
    bool m_parsing = false;
    bool m_readQueued = false; // a readMore() pass is in the event queue
};

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
