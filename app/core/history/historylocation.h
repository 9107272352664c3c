#pragma once

#include "parsed.h"

#include <QString>

namespace relink {

// Where the history lives: a SQLite file on this computer (the default), or a team history on
// PostgreSQL that every desktop of the team points at. Never holds a password: libpq supplies
// it (PGPASSFILE / ~/.pgpass), as it does PGSSLMODE and the rest of its conventions.
struct HistoryLocation
{
    enum class Kind { SQLite, PostgreSQL };

    Kind kind = Kind::SQLite;
    QString path; // SQLite: the file
    // PostgreSQL
    QString host;
    int port = 5432;
    QString user;
    QString database;
    QString sslMode; // empty: libpq's own (PGSSLMODE, else prefer); remote: verify-full, always

    bool isTeam() const { return kind == Kind::PostgreSQL; }
    // A SQLite file not made yet: nothing was ever recorded there.
    bool isUnmadeFile() const;
    // For people and for the outbox: the file (native separators) or
    // postgresql://user@host:port/db — no password, ever.
    QString display() const;
    // The same database whatever its sslmode: postgresql://user@host:port/db, or the file.
    QString outboxKey() const;
    // libpq keywords for Qt's QPSQL driver (connect_timeout, sslmode, application_name).
    QString connectOptions() const;

    // A file path, a sqlite: URL (sqlite:/path or sqlite:///path), or
    // postgresql://USER@HOST[:PORT]/DB[?sslmode=…]. Anything else is refused with a message
    // that says what is accepted; so is a URL with a password in it, or a remote host with an
    // sslmode other than verify-full.
    static Parsed<HistoryLocation> parse(const QString &text);
    // What this user chose: RELINK_HISTORY_URL, else RELINK_HISTORY_DB (a file), else the
    // History setting (Setting::HistoryUrl), else <data>/Relink/history.sqlite.
    static QString configuredText();
    static Parsed<HistoryLocation> configured();
    static QString defaultFile(); // <data>/Relink/history.sqlite, whatever is configured
};

} // namespace relink
