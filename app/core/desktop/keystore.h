#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace relink {

class KeychainBackend;

struct ApiKeys
{
    QString secretId;
    QString secretPassword; // secret: never logged
    bool isComplete() const { return !secretId.isEmpty() && !secretPassword.isEmpty(); }
};

struct KeychainOutcome
{
    enum class Status { Ok, NotFound, NoBackend, Error };
    Status status = Status::Error;
    ApiKeys keys;    // for reads that found an entry
    QString message; // translated, for anything but Ok
    QString detail;  // the keychain's own words, for anything but Ok
};

// The API keys in the operating system's keychain (Secret Service, macOS Keychain, Windows
// Credential Store) through QtKeychain, with no insecure fallback: when no keychain is
// available the caller is told (NoBackend) and keeps keys in memory only.
namespace keystore {

QString serviceName();

using Callback = std::function<void(const KeychainOutcome &)>;

// Each call runs asynchronously and calls `done` exactly once, in `context`'s thread, unless
// `context` is destroyed first.
void read(const QString &entry, QObject *context, Callback done);
void write(const QString &entry, const ApiKeys &keys, QObject *context, Callback done);
void remove(const QString &entry, QObject *context, Callback done);

// Tests only: every operation goes to `backend` instead of the system keychain (null: the
// system keychain again). Lets a test hold an answer back, or give one the keychain cannot.
void setBackendForTesting(KeychainBackend *backend);

// Blocks in a local event loop until the read finishes (for the command-line tool).
KeychainOutcome readBlocking(const QString &entry, int timeoutMs = 10'000);

// Whether $RELINK_MODULE_DIR may say where the keychain module is loaded from: only for a
// program that runs from inside its own build tree (the tests, scripts/run.sh). An installed
// Relink ignores it, so the environment cannot make it load another library. Both paths
// absolute and canonical; an empty one never matches.
bool moduleDirVariableHonoured(const QString &applicationDir, const QString &buildTree);

} // namespace keystore
} // namespace relink
