#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace relink {

// The seam between Relink and QtKeychain. QtKeychain and the D-Bus stack under it live in a
// module (relink-keychain) that keystore loads on the first keychain operation, so neither the
// app's start-up nor relink-cli with keys from the environment pays for loading them.
class KeychainBackend
{
public:
    enum class Op { Read, Write, Remove };
    enum class Status { Ok, NotFound, NoBackend, Error };
    struct Reply
    {
        Status status = Status::Error;
        QByteArray data;     // what a read found
        QString errorString; // the keychain's own words, for anything but Ok
    };
    using Done = std::function<void(const Reply &)>;

    virtual ~KeychainBackend() = default;
    // Starts one job on `service`/`key` (`data` is what a write stores); `done` runs exactly
    // once, later, in the calling thread's event loop.
    virtual void start(Op op, const QString &service, const QString &key, const QByteArray &data,
                       Done done) = 0;
};

// The module's one export; keystore resolves it by name. The version in the name changes with
// this interface, so a module left from another version is refused, not misused.
using KeychainBackendFactory = KeychainBackend *(*)();
inline constexpr char kKeychainBackendFactory[] = "relink_keychain_backend_v1";

} // namespace relink
