#include "keystore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace relink::keystore {

namespace {

KeychainOutcome outcomeOf(const QKeychain::Job &job)
{
    KeychainOutcome out;
    switch (job.error()) {
    case QKeychain::NoError:
        out.status = KeychainOutcome::Status::Ok;
        return out;
    case QKeychain::EntryNotFound:
        out.status = KeychainOutcome::Status::NotFound;
        out.message = QCoreApplication::translate("relink::keystore",
                                                  "No keys are saved for this environment yet.");
        return out;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        out.status = KeychainOutcome::Status::NoBackend;
        break;
    default:
        out.status = KeychainOutcome::Status::Error;
        break;
    }
    out.detail = job.errorString();
    out.message = QCoreApplication::translate(
                      "relink::keystore",
                      "The system keychain is not available (%1). Keys can be used for this "
                      "session only; they will not be saved.")
                      .arg(job.errorString());
    if (out.status == KeychainOutcome::Status::Error &&
        (job.errorString().contains(QLatin1StringView("D-Bus")) ||
         job.errorString().contains(QLatin1StringView("does not exist"))))
        out.status = KeychainOutcome::Status::NoBackend;
    return out;
}

template<typename JobT> JobT *makeJob(const QString &entry)
{
    auto *job = new JobT(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    return job;
}

void connectDone(QKeychain::Job *job, QObject *context,
                 std::function<KeychainOutcome(QKeychain::Job *)> make, Callback done)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [guard, make = std::move(make), done = std::move(done)](QKeychain::Job *j) {
                         if (guard)
                             done(make(j));
                     });
}

} // namespace

QString serviceName()
{
    return QStringLiteral("Relink");
}

void read(const QString &entry, QObject *context, Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(entry);
    qCDebug(lcKeychain) << "reading keys for" << entry;
    connectDone(
        job, context,
        [](QKeychain::Job *j) {
            KeychainOutcome out = outcomeOf(*j);
            if (out.status == KeychainOutcome::Status::Ok) {
                const auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
                const QJsonObject o = QJsonDocument::fromJson(r->binaryData()).object();
                out.keys.secretId = o.value(QLatin1StringView("secret_id")).toString();
                out.keys.secretPassword = o.value(QLatin1StringView("secret_password")).toString();
                if (!out.keys.isComplete()) {
                    out.status = KeychainOutcome::Status::NotFound;
                    out.message = QCoreApplication::translate(
                        "relink::keystore",
                        "The saved keys are incomplete. Enter them again in Settings.");
                }
            }
            qCDebug(lcKeychain) << "read finished with status" << static_cast<int>(out.status);
            return out;
        },
        std::move(done));
    job->start();
}

void write(const QString &entry, const ApiKeys &keys, QObject *context, Callback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(entry);
    const QJsonObject o{{QStringLiteral("secret_id"), keys.secretId},
                        {QStringLiteral("secret_password"), keys.secretPassword}};
    job->setBinaryData(QJsonDocument(o).toJson(QJsonDocument::Compact));
    qCDebug(lcKeychain) << "saving keys for" << entry;
    connectDone(
        job, context, [](QKeychain::Job *j) { return outcomeOf(*j); }, std::move(done));
    job->start();
}

void remove(const QString &entry, QObject *context, Callback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(entry);
    qCDebug(lcKeychain) << "removing keys for" << entry;
    connectDone(
        job, context, [](QKeychain::Job *j) { return outcomeOf(*j); }, std::move(done));
    job->start();
}

KeychainOutcome readBlocking(const QString &entry, int timeoutMs)
{
    QEventLoop loop;
    KeychainOutcome result;
    result.status = KeychainOutcome::Status::NoBackend;
    result.message = QCoreApplication::translate("relink::keystore",
                                                 "The system keychain did not answer in time.");
    read(entry, &loop, [&](const KeychainOutcome &out) {
        result = out;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

} // namespace relink::keystore
