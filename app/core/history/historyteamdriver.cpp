// A team history's libraries, made ready while Relink does something else.
#include "historyteamdriver_p.h"

#include <QLibrary>

#include <cstddef>
#include <system_error>

namespace relink::HistoryTeamDriver {

namespace {

// `work` on a thread of its own; without a thread to spare, not at all (an invalid future).
template<typename Work> std::future<void> onItsOwnThread(Work work)
{
    try {
        return std::async(std::launch::async, std::move(work));
    } catch (const std::system_error &) {
        return {};
    }
}

} // namespace

std::future<void> preload()
{
    return onItsOwnThread([] { QLibrary(QStringLiteral("pq"), 5).load(); });
}

std::future<void> warmLogin()
{
    return onItsOwnThread([] {
        // libpq's own OpenSSL (libcrypto.so.3 on Debian 12, loaded with it); without it, nothing.
        QLibrary crypto(QStringLiteral("crypto"), 3);
        using RandBytes = int (*)(unsigned char *, int);
        using Digest = const void *(*)();
        using Hmac = unsigned char *(*)(const void *, const void *, int, const unsigned char *,
                                        std::size_t, unsigned char *, unsigned int *);
        const auto randBytes = reinterpret_cast<RandBytes>(crypto.resolve("RAND_bytes"));
        const auto sha256 = reinterpret_cast<Digest>(crypto.resolve("EVP_sha256"));
        const auto hmac = reinterpret_cast<Hmac>(crypto.resolve("HMAC"));
        if (!randBytes || !sha256 || !hmac)
            return;
        unsigned char scratch[64] = {}; // what comes out is not used
        unsigned int length = 0;
        randBytes(scratch, 1);
        hmac(sha256(), scratch, 1, scratch, 1, scratch, &length);
    });
}

} // namespace relink::HistoryTeamDriver
