#pragma once

#include <future>

namespace relink::HistoryTeamDriver {

// What a team history's first connection in a process waits on, started early on threads of
// their own (#26: relink-cli connects once a run). Each future is ready when its work is done,
// or invalid when no thread could be started for it; nothing here fails: what could not be
// done is done by libpq itself, later.

// libpq and its libraries (TLS, LDAP, Kerberos: about 5 ms). Not Qt's driver plugin: loading a
// plugin holds Qt's plugin lock, which the outbox's SQLite driver would wait on.
std::future<void> preload();

// The part of OpenSSL that libpq's SCRAM login sets up on its first use: its random number
// generator (the client's nonce) and SHA-256's HMAC (the password's 4 096 rounds). Run while
// the server starts the connection's backend, the login finds them ready (about 1.5 ms).
std::future<void> warmLogin();

} // namespace relink::HistoryTeamDriver
