// The relink-keychain module: KeychainBackend over QtKeychain, with no insecure fallback.
// Loaded by keystore (app/core) on the first keychain operation.
#include "keychainbackend.h"

#include <QObject>

#include <qt6keychain/keychain.h>

namespace {

using relink::KeychainBackend;

KeychainBackend::Status statusOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return KeychainBackend::Status::Ok;
    case QKeychain::EntryNotFound:
        return KeychainBackend::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainBackend::Status::NoBackend;
    default:
        // No session bus or no Secret Service on it: that is a missing keychain, not a fault.
        if (job.errorString().contains(QLatin1StringView("D-Bus")) ||
            job.errorString().contains(QLatin1StringView("does not exist")))
            return KeychainBackend::Status::NoBackend;
        return KeychainBackend::Status::Error;
    }
}

class QtKeychainBackend final : public KeychainBackend
{
public:
    void start(Op op, const QString &service, const QString &key, const QByteArray &data,
               Done done) override
    {
        QKeychain::Job *job = nullptr;
        switch (op) {
        case Op::Read:
            job = new QKeychain::ReadPasswordJob(service);
            break;
        case Op::Write: {
            auto *write = new QKeychain::WritePasswordJob(service);
            write->setBinaryData(data);
            job = write;
            break;
        }
        case Op::Remove:
            job = new QKeychain::DeletePasswordJob(service);
            break;
        }
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        QObject::connect(
            job, &QKeychain::Job::finished, job, [op, done = std::move(done)](QKeychain::Job *j) {
                Reply reply;
                reply.status = statusOf(*j);
                if (reply.status == Status::Ok && op == Op::Read)
                    reply.data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
                if (reply.status != Status::Ok)
                    reply.errorString = j->errorString();
                done(reply);
            });
        job->start();
    }
};

} // namespace

extern "C" Q_DECL_EXPORT relink::KeychainBackend *relink_keychain_backend_v1()
{
    static QtKeychainBackend backend;
    return &backend;
}
