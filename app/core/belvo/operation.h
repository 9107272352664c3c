#pragma once

#include "clientconfig.h"
#include "result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace relink {

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

} // namespace relink
