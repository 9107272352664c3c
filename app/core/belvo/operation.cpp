#include "operation.h"

#include "belvologging_p.h"
#include "parsers.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QThreadPool>
#include <QUrlQuery>

// One request on the wire: sending, reading in slices, the timeout, cancel, and turning what
// the network stack reports into one Result. What an HTTP answer *means* is
// operation_interpret.cpp.

namespace relink {

namespace {

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                          : url.host();
}

QString connectionClosedMessage(const QString &host)
{
    return QCoreApplication::translate("relink::BelvoClient",
                                       "The connection to %1 closed before the answer was "
                                       "complete. Check the link's status, then try again.")
        .arg(host);
}

QString oversizedMessage(const QString &host, qint64 maxBytes)
{
    return QCoreApplication::translate("relink::BelvoClient",
                                       "The answer from %1 was larger than %2 MiB and was "
                                       "stopped. This is not a normal Belvo answer: check the "
                                       "base URL.")
        .arg(host)
        .arg(maxBytes / (1024 * 1024));
}

} // namespace

// ---------------------------------------------------------------------------------- Operation

Operation::Operation(QNetworkAccessManager *nam, const ClientConfig &config, Expect expect,
                     QObject *parent)
    : QObject(parent), m_nam(nam), m_config(config), m_expect(expect)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Operation::onTimeout);
}

Operation::~Operation()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Operation::start(const QByteArray &verb, const QNetworkRequest &request,
                      const QByteArray &body)
{
    m_verb = verb;
    m_request = request;
    m_elapsed.start();
    qCDebug(lcBelvo) << "sending" << verb << request.url().path();
    if (verb == "GET")
        m_reply = m_nam->get(request);
    else
        m_reply = m_nam->sendCustomRequest(request, verb, body);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Operation::onMetaDataChanged);
    connect(m_reply, &QIODevice::readyRead, this, &Operation::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Operation::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors << e.errorString();
    });
    m_timer.start(m_config.timeoutMs);
}

void Operation::refuse(const QString &message, Failure failure)
{
    QTimer::singleShot(0, this, [this, message, failure] { fail(failure, message); });
}

void Operation::cancel()
{
    if (m_finished)
        return;
    if (m_parsing) {
        fail(Failure::Cancelled,
             QCoreApplication::translate("relink::BelvoClient",
                                         "Cancelled. The request may already have reached Belvo; "
                                         "check the link's status before trying again."));
        return;
    }
    if (!m_reply) {
        fail(Failure::Cancelled,
             QCoreApplication::translate("relink::BelvoClient", "Cancelled. Nothing was sent."));
        return;
    }
    m_abortReason = Failure::Cancelled;
    m_reply->abort();
}

void Operation::onTimeout()
{
    if (m_finished || !m_reply)
        return;
    m_abortReason = Failure::Timeout;
    m_reply->abort();
}

void Operation::onMetaDataChanged()
{
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_config.maxResponseBytes) {
        m_abortReason = Failure::Oversized;
        m_reply->abort();
        return;
    }
    if (length.isValid() && length.toLongLong() > 0)
        m_body.reserve(length.toLongLong()); // one allocation instead of a dozen copies
}

namespace {
// How much of an answer is copied per pass of the event loop. A large answer is read in
// slices so the GUI thread never spends more than about a millisecond on it at a time (the
// first touch of fresh memory is what costs, not the copy).
constexpr qint64 kReadSliceBytes = 256 * 1024;
} // namespace

bool Operation::readSlice(QNetworkReply *reply)
{
    // Only what is there: read(maxSize) would allocate maxSize (8 MiB) on every call.
    const qint64 room = m_config.maxResponseBytes - m_body.size() + 1;
    const qint64 available = qMin(qMin(reply->bytesAvailable(), room), kReadSliceBytes);
    if (available > 0) {
        const qsizetype before = m_body.size();
        m_body.resize(before + available);
        const qint64 got = reply->read(m_body.data() + before, available);
        m_body.resize(before + qMax<qint64>(got, 0));
    }
    return reply->bytesAvailable() > 0 && m_body.size() <= m_config.maxResponseBytes;
}

void Operation::onReadyRead()
{
    if (!m_readQueued) // else the queued pass reads what has just arrived too
        readMore();
}

void Operation::readMore()
{
    m_readQueued = false;
    if (!m_reply || m_abortReason != Failure::None)
        return;
    const bool more = readSlice(m_reply);
    if (m_body.size() > m_config.maxResponseBytes) {
        m_body.clear();
        m_abortReason = Failure::Oversized;
        m_reply->abort();
        return;
    }
    if (more) {
        m_readQueued = true; // the rest in the next pass, after other events (paint, input)
        QMetaObject::invokeMethod(this, &Operation::readMore, Qt::QueuedConnection);
    }
}

void Operation::onFinished()
{
    if (m_finished || !m_reply)
        return;
    // The whole answer is in: what is left is local, so the timeout no longer applies (a
    // complete answer must never be reported as "no answer").
    m_timer.stop();
    // What is still unread is taken a slice per pass too; finishing waits for the last one.
    // A cancel meanwhile sets m_abortReason and ends this at the next pass.
    if (m_abortReason == Failure::None && m_reply->bytesAvailable() > kReadSliceBytes) {
        readSlice(m_reply);
        if (m_body.size() <= m_config.maxResponseBytes) { // over the cap: fail below, now
            QMetaObject::invokeMethod(this, &Operation::onFinished, Qt::QueuedConnection);
            return;
        }
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QString host = hostOf(m_request.url());

    switch (m_abortReason) {
    case Failure::Cancelled:
        return fail(Failure::Cancelled,
                    QCoreApplication::translate("relink::BelvoClient",
                                                "Cancelled. The request may already have reached "
                                                "Belvo; check the link's status before trying "
                                                "again."));
    case Failure::Timeout:
        return fail(Failure::Timeout,
                    QCoreApplication::translate("relink::BelvoClient",
                                                "No answer from %1 within %n second(s). The bank "
                                                "may be slow: check the link's status, then try "
                                                "again.",
                                                nullptr, m_config.timeoutMs / 1000)
                        .arg(host));
    case Failure::Oversized:
        return fail(Failure::Oversized, oversizedMessage(host, m_config.maxResponseBytes));
    default:
        break;
    }

    const QNetworkReply::NetworkError error = reply->error();
    const int code = static_cast<int>(error);
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Errors from 200 up are Qt's names for HTTP statuses (400 is ProtocolInvalidOperationError):
    // those answers are interpreted below. Below 200 the connection itself failed.
    const bool transportError = error != QNetworkReply::NoError && code < 200;
    if (transportError || !statusAttr.isValid()) {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            return fail(Failure::ConnectionRefused,
                        QCoreApplication::translate("relink::BelvoClient",
                                                    "Could not connect to %1: the connection was "
                                                    "refused. Check the environment or base URL "
                                                    "and your network.")
                            .arg(host));
        case QNetworkReply::HostNotFoundError:
            return fail(Failure::HostNotFound,
                        QCoreApplication::translate("relink::BelvoClient",
                                                    "The server %1 could not be found. Check the "
                                                    "base URL and your network connection.")
                            .arg(host));
        case QNetworkReply::SslHandshakeFailedError:
            return fail(Failure::Tls,
                        QCoreApplication::translate(
                            "relink::BelvoClient",
                            "The secure connection to %1 could not be trusted: %2. Relink never "
                            "ignores certificate problems; if your network inspects TLS, ask "
                            "your IT team to install its CA certificate.")
                            .arg(host, m_sslErrors.isEmpty()
                                           ? reply->errorString()
                                           : m_sslErrors.join(QStringLiteral("; "))));
        case QNetworkReply::RemoteHostClosedError:
            return fail(Failure::ConnectionClosed, connectionClosedMessage(host));
        case QNetworkReply::TimeoutError:
            return fail(Failure::Timeout,
                        QCoreApplication::translate("relink::BelvoClient",
                                                    "The connection to %1 timed out. Check your "
                                                    "network, then try again.")
                            .arg(host));
        default:
            if (code >= 300 && code < 400)
                return fail(Failure::Malformed,
                            QCoreApplication::translate("relink::BelvoClient",
                                                        "The answer from %1 broke the HTTP "
                                                        "protocol (%2). Check the base URL.")
                                .arg(host, reply->errorString()));
            return fail(Failure::Network,
                        QCoreApplication::translate("relink::BelvoClient",
                                                    "A network error stopped the request to %1: "
                                                    "%2. Check your connection, then try again.")
                            .arg(host, reply->errorString()));
        }
    }

    readSlice(reply);
    if (m_body.size() > m_config.maxResponseBytes) {
        m_body.clear();
        return fail(Failure::Oversized, oversizedMessage(host, m_config.maxResponseBytes));
    }
    // A connection that closed before Content-Length bytes arrived is a broken answer, even when
    // the network stack reports it as a normal end (it may, with "Connection: close").
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    if (declared.isValid() && reply->rawHeader("Content-Encoding").isEmpty() &&
        m_body.size() < declared.toLongLong())
        return fail(Failure::ConnectionClosed, connectionClosedMessage(host));
    const int status = statusAttr.toInt();
    const int retryAfter = (status == 429 || status == 503)
                               ? parse::retryAfterSeconds(reply->rawHeader("Retry-After"),
                                                          QDateTime::currentDateTimeUtc())
                               : -1;
    const QString institution = QUrlQuery(m_request.url()).queryItemValue(QStringLiteral("name"));
    const QByteArray body = std::exchange(m_body, {});
    auto complete = [this, retryAfter](Result result) {
        result.retryAfterSeconds = retryAfter;
        if (result.kind != Result::Kind::Failure)
            result.message = describeResult(result);
        finish(std::move(result));
    };
    // A page of links is parsed there whatever its size: hundreds of links cost milliseconds.
    constexpr qsizetype kParseOnWorkerBytes = 256 * 1024;
    if (body.size() < kParseOnWorkerBytes && m_expect != Expect::LinksPage) {
        complete(interpretHttp(m_expect, body, status, host, institution));
        return;
    }
    // A large answer (or a page of links): parse it on a worker thread; the result comes back to
    // this thread.
    m_parsing = true;
    auto promise = std::make_shared<QPromise<Result>>();
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, complete] {
        m_parsing = false;
        const Result result = watcher->result();
        watcher->deleteLater();
        if (!m_finished)
            complete(result);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, expect = m_expect, body, status, host, institution] {
            promise->addResult(interpretHttp(expect, body, status, host, institution));
            promise->finish();
        });
}

void Operation::fail(Failure failure, const QString &message, int httpStatus)
{
    Result r;
    r.kind = Result::Kind::Failure;
    r.failure = failure;
    r.message = message;
    r.httpStatus = httpStatus;
    finish(std::move(r));
}

void Operation::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (!m_verb.isEmpty())
        qCInfo(lcBelvo).noquote() << m_verb << m_request.url().path() << "->"
                                  << (result.httpStatus ? QString::number(result.httpStatus)
                                                        : QStringLiteral("no answer"))
                                  << "in" << m_elapsed.elapsed() << "ms"
                                  << result.requestIds().join(QLatin1Char(','));
    emit finished(result);
    deleteLater();
}

} // namespace relink
