#include "keystore.h"

#include "desktoplogging_p.h"
#include "keychainbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibrary>
#include <QPointer>
#include <QTimer>

namespace relink::keystore {

namespace {

using Status = KeychainBackend::Status;

KeychainBackend *testBackend = nullptr; // setBackendForTesting()

// Loads relink-keychain once (thread-safe): from $RELINK_MODULE_DIR when it is an absolute path
// and this program runs from its build tree (RELINK_BUILD_TREE), else from the installed layout
// next to the executable (<bindir>/RELINK_MODULE_RELDIR). Null, with `why`, when it cannot be
// loaded.
KeychainBackend *backend(QString *why)
{
    if (testBackend)
        return testBackend;
    struct Loaded
    {
        KeychainBackend *backend = nullptr;
        QStringList failures;
    };
    static const Loaded loaded = [] {
        Loaded result;
        QStringList dirs;
        const QString exeDir = QCoreApplication::applicationDirPath();
        if (const QString dir = qEnvironmentVariable("RELINK_MODULE_DIR");
            !dir.isEmpty() && QDir::isAbsolutePath(dir)) {
            if (moduleDirVariableHonoured(
                    QFileInfo(exeDir).canonicalFilePath(),
                    QFileInfo(QStringLiteral(RELINK_BUILD_TREE)).canonicalFilePath()))
                dirs << dir;
            else
                qCDebug(lcKeychain) << "RELINK_MODULE_DIR ignored: not a build tree's program";
        }
        if (!exeDir.isEmpty())
            dirs << QDir(exeDir).filePath(QStringLiteral(RELINK_MODULE_RELDIR));
        for (const QString &dir : std::as_const(dirs)) {
            QLibrary module(QDir(dir).filePath(QStringLiteral("relink-keychain")));
            const auto factory =
                reinterpret_cast<KeychainBackendFactory>(module.resolve(kKeychainBackendFactory));
            if (factory) {
                result.backend = factory();
                qCDebug(lcKeychain) << "loaded" << module.fileName();
                break;
            }
            result.failures << module.errorString();
        }
        return result;
    }();
    if (!loaded.backend && why)
        *why = QCoreApplication::translate("relink::keystore",
                                           "Relink's keychain module could not be loaded; "
                                           "reinstalling Relink restores it. %1")
                   .arg(loaded.failures.join(QStringLiteral("; ")));
    return loaded.backend;
}

KeychainOutcome outcomeOf(const KeychainBackend::Reply &reply)
{
    KeychainOutcome out;
    switch (reply.status) {
    case Status::Ok:
        out.status = KeychainOutcome::Status::Ok;
        return out;
    case Status::NotFound:
        out.status = KeychainOutcome::Status::NotFound;
        out.message = QCoreApplication::translate("relink::keystore",
                                                  "No keys are saved for this environment yet.");
        return out;
    case Status::NoBackend:
        out.status = KeychainOutcome::Status::NoBackend;
        break;
    case Status::Error:
        out.status = KeychainOutcome::Status::Error;
        break;
    }
    out.detail = reply.errorString;
    out.message = QCoreApplication::translate(
                      "relink::keystore",
                      "The system keychain is not available (%1). Keys can be used for this "
                      "session only; they will not be saved.")
                      .arg(reply.errorString);
    return out;
}

// Runs one job; `done` gets the outcome once, in `context`'s thread, unless `context` is gone.
void run(KeychainBackend::Op op, const QString &entry, const QByteArray &data, QObject *context,
         std::function<KeychainOutcome(const KeychainBackend::Reply &)> make, Callback done)
{
    QString why;
    KeychainBackend *keychain = backend(&why);
    if (!keychain) {
        // Relink's own module is missing: say that, not that the system has no keychain.
        KeychainOutcome missing;
        missing.status = KeychainOutcome::Status::NoBackend;
        missing.message = why;
        missing.detail = why;
        QTimer::singleShot(0, context, [done = std::move(done), missing] { done(missing); });
        return;
    }
    QPointer<QObject> guard(context);
    keychain->start(op, serviceName(), entry, data,
                    [guard, make = std::move(make),
                     done = std::move(done)](const KeychainBackend::Reply &reply) {
                        if (guard)
                            done(make(reply));
                    });
}

} // namespace

QString serviceName()
{
    return QStringLiteral("Relink");
}

void setBackendForTesting(KeychainBackend *backend)
{
    testBackend = backend;
}

void read(const QString &entry, QObject *context, Callback done)
{
    qCDebug(lcKeychain) << "reading keys for" << entry;
    run(
        KeychainBackend::Op::Read, entry, {}, context,
        [](const KeychainBackend::Reply &reply) {
            KeychainOutcome out = outcomeOf(reply);
            if (out.status == KeychainOutcome::Status::Ok) {
                const QJsonObject o = QJsonDocument::fromJson(reply.data).object();
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
}

void write(const QString &entry, const ApiKeys &keys, QObject *context, Callback done)
{
    const QJsonObject o{{QStringLiteral("secret_id"), keys.secretId},
                        {QStringLiteral("secret_password"), keys.secretPassword}};
    qCDebug(lcKeychain) << "saving keys for" << entry;
    run(KeychainBackend::Op::Write, entry, QJsonDocument(o).toJson(QJsonDocument::Compact), context,
        outcomeOf, std::move(done));
}

void remove(const QString &entry, QObject *context, Callback done)
{
    qCDebug(lcKeychain) << "removing keys for" << entry;
    run(KeychainBackend::Op::Remove, entry, {}, context, outcomeOf, std::move(done));
}

bool moduleDirVariableHonoured(const QString &applicationDir, const QString &buildTree)
{
    if (applicationDir.isEmpty() || buildTree.isEmpty() || !QDir::isAbsolutePath(applicationDir) ||
        !QDir::isAbsolutePath(buildTree))
        return false;
    const QString app = QDir::cleanPath(applicationDir);
    const QString tree = QDir::cleanPath(buildTree);
    return app == tree ||
           app.startsWith(tree.endsWith(QLatin1Char('/')) ? tree : tree + QLatin1Char('/'));
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
