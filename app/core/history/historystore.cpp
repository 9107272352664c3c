// The history store's file: where it lives, who may read it, opening it and its schema.
#include "historystore.h"

#include "historydialect_p.h"
#include "historyfile_p.h"
#include "historylogging_p.h"
#include "historyteamdriver_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace relink {

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent), m_connection(QStringLiteral("relink-history-") +
                                    QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
    close();
}

void HistoryStore::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

QString HistoryStore::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Relink");
}

QString HistoryStore::defaultPath()
{
    const QByteArray overridden = qgetenv("RELINK_HISTORY_DB");
    if (!overridden.isEmpty())
        return QString::fromLocal8Bit(overridden);
    return dataFolder() + QStringLiteral("/history.sqlite");
}

bool HistoryStore::fail(const QString &what, const QString &detail)
{
    m_error = what;
    qCWarning(lcHistory).noquote() << "history:" << detail;
    return false;
}

bool HistoryStore::open(const QString &path)
{
    HistoryLocation location;
    location.path = path;
    return open(location);
}

bool HistoryStore::open(const HistoryLocation &location)
{
    close();
    m_location = location;
    m_newerSchema = false;
    return location.isTeam() ? openPostgres() : openSqlite();
}

bool HistoryStore::openSqlite()
{
    const QString path = m_location.path;
    if (const HistoryFileRefusal refused = HistoryFile::protect(path, dataFolder()))
        return fail(HistoryFile::message(refused), QStringLiteral("refused: ") + refused.path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    const QString damaged =
        QCoreApplication::translate("relink::HistoryStore",
                                    "The update history (%1) cannot be opened: it is damaged or "
                                    "locked by another program. Links can still be updated; this "
                                    "update is not recorded. Close other Relink windows, or move "
                                    "the file away to start a new history.")
            .arg(QDir::toNativeSeparators(path));
    if (!db.open())
        return fail(damaged, db.lastError().text());
    QSqlQuery q(db);
    // WAL: readers never block the writer; a crash loses nothing already committed. A small page
    // cache (kCacheKib).
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) ||
        !q.exec(QStringLiteral("PRAGMA cache_size=%1").arg(kCacheKib)) ||
        !q.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return fail(damaged, q.lastError().text());
    if (!migrate()) {
        db.close();
        if (m_newerSchema)
            return fail(QCoreApplication::translate(
                            "relink::HistoryStore",
                            "The update history (%1) was written by a newer Relink. Links can "
                            "still be updated; this update is not recorded. Update Relink to "
                            "keep recording; the file is fine as it is.")
                            .arg(QDir::toNativeSeparators(path)),
                        m_error);
        return fail(damaged, m_error);
    }
    m_open = true;
    m_error.clear();
    return true;
}

bool HistoryStore::openPostgres()
{
    const HistoryLocation &l = m_location;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(QCoreApplication::translate("relink::HistoryStore",
                                                "The team history needs Qt's PostgreSQL driver, "
                                                "which is not installed (Debian: "
                                                "libqt6sql6-psql). Install it, or use the "
                                                "history on this computer."),
                    QStringLiteral("no QPSQL driver"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    db.setHostName(l.host);
    db.setPort(l.port);
    db.setUserName(l.user);
    db.setDatabaseName(l.database);
    db.setConnectOptions(l.connectOptions()); // no password: libpq reads ~/.pgpass / PGPASSFILE
    // OpenSSL's part of the login gets ready meanwhile (waited for when this returns).
    const std::future<void> loginReady = HistoryTeamDriver::warmLogin();
    if (!db.open()) {
        // libpq's message, first line: 'connection to server at "h", port p failed: …'
        const QString why =
            db.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
        // verify-full refused the server (no TLS, or a certificate not trusted): no password sent.
        if (why.contains(QLatin1StringView("SSL"), Qt::CaseInsensitive) ||
            why.contains(QLatin1StringView("certificate"), Qt::CaseInsensitive))
            return fail(QCoreApplication::translate(
                            "relink::HistoryStore",
                            "Relink could not make sure that %1 is the team's database: it offers "
                            "no encrypted connection, or its certificate is not signed by an "
                            "authority Relink trusts, or not made for %2. The password was not "
                            "sent. Set PGSSLROOTCERT to the certificate file of the authority "
                            "that signed the server's certificate (or put it in "
                            "~/.postgresql/root.crt), and check that the address names the host "
                            "the certificate was made for.")
                            .arg(l.display(), l.host),
                        why);
        const bool password = why.contains(QLatin1StringView("password"), Qt::CaseInsensitive);
        return fail(password ? QCoreApplication::translate(
                                   "relink::HistoryStore",
                                   "The team history (%1) did not accept the password of %2, "
                                   "or none was found. Put the right one in ~/.pgpass (or the "
                                   "file PGPASSFILE names) and try again.")
                                   .arg(l.display(), l.user)
                             : QCoreApplication::translate(
                                   "relink::HistoryStore",
                                   "Relink could not connect to %1 (%2). Check that the "
                                   "server is up and the address is right.")
                                   .arg(l.display(), why),
                    why);
    }
    if (!migrate()) {
        db.close();
        if (m_newerSchema)
            return fail(QCoreApplication::translate(
                            "relink::HistoryStore",
                            "The team history (%1) was set up by a newer Relink. Update Relink "
                            "on this computer to record there.")
                            .arg(l.display()),
                        m_error);
        return fail(QCoreApplication::translate("relink::HistoryStore",
                                                "The team history (%1) could not be prepared "
                                                "(%2). Ask whoever runs the database whether %3 "
                                                "may create tables in it.")
                        .arg(l.display(), m_error, l.user),
                    m_error);
    }
    m_open = true;
    m_error.clear();
    return true;
}

bool HistoryStore::ping()
{
    if (!m_open)
        return false;
    if (QSqlQuery(QSqlDatabase::database(m_connection, false)).exec(QStringLiteral("SELECT 1")))
        return true;
    close();
    return false;
}

bool HistoryStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return HistoryDialect{isTeam()}.migrate(db, kSchemaVersion, &m_newerSchema, &m_error);
}

} // namespace relink
