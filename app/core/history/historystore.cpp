// The history store's file: where it lives, who may read it, opening it and its schema.
#include "historystore.h"

#include "historydialect.h"
#include "historylogging_p.h"

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

namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kOwnerOrUser =
    kOwnerOnly | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;

// Takes every permission away from the group and others; never adds one.
void tighten(const QString &path)
{
    const QFile::Permissions now = QFile::permissions(path);
    if (!now || !(now & ~kOwnerOrUser))
        return; // missing, or private already
    if (QFile::setPermissions(path, now & kOwnerOnly))
        qCInfo(lcHistory) << "history: made private:" << path;
    else
        qCWarning(lcHistory) << "history: could not make private:" << path;
}

// Creates `folder` and each missing folder above it, private (0700). `created`: whether
// `folder` had to be made.
bool makeFolder(const QString &folder, bool *created)
{
    *created = false;
    QStringList missing;
    for (QString dir = QDir::cleanPath(folder); !QFileInfo::exists(dir);) {
        missing.prepend(dir);
        const QString up = QFileInfo(dir).path();
        if (up == dir)
            break;
        dir = up;
    }
    for (const QString &dir : std::as_const(missing)) {
        if (!QDir().mkdir(dir, kOwnerOnly) && !QFileInfo(dir).isDir())
            return false;
        *created = true;
    }
    return QFileInfo(folder).isDir();
}

bool samePath(const QString &a, const QString &b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

// The file 0600 (created so before SQLite makes it), its companions likewise, and its folder
// 0700 when it is Relink's own.
void protect(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    bool created = false;
    if (!makeFolder(folder, &created))
        return; // SQLite's open says why
    if (created || samePath(folder, HistoryStore::dataFolder()))
        tighten(folder);
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFile::ReadOwner | QFile::WriteOwner))
            qCInfo(lcHistory) << "history: not created here:" << file.errorString();
    }
    // SQLite gives new -wal, -shm and -journal files the database file's permissions.
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        tighten(path + QLatin1StringView(suffix));
}

} // namespace

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
    protect(path);
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
    // WAL: readers never block the writer; a crash loses nothing already committed. A small
    // page cache: the history is written a row at a time and read rarely, and SQLite's default
    // (2 MiB) let a day of updates grow the app's memory a page at a time (benchmarks).
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) ||
        !q.exec(QStringLiteral("PRAGMA cache_size=-256")) ||
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
    if (!db.open()) {
        // libpq's message, first line: 'connection to server at "h", port p failed: …'
        const QString why =
            db.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
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

bool HistoryStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const HistoryDialect dialect{isTeam()};
    if (dialect.isCurrent(db, kSchemaVersion))
        return true; // one question, no lock: what nearly every start finds
    if (!dialect.lock(db, &m_error))
        return false;
    const bool ok = migrateLocked();
    dialect.unlock(db);
    return ok;
}

// One migration per transaction, the version read inside it: a second program opening the
// same old history at once (SQLite: BEGIN IMMEDIATE waits for the first one's write lock;
// PostgreSQL: the advisory lock) finds it migrated and does nothing twice.
bool HistoryStore::migrateLocked()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const HistoryDialect dialect{isTeam()};
    const QList<QStringList> migrations = dialect.migrations();
    QSqlQuery q(db);
    const auto begin = [&] {
        return isTeam() ? db.transaction() : q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    };
    const auto end = [&](bool commit) {
        if (isTeam())
            return commit ? db.commit() : db.rollback();
        return q.exec(commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    };
    const auto failed = [&](const QString &why) {
        m_error = why;
        end(false);
        return false;
    };
    for (;;) {
        if (!begin()) {
            m_error = isTeam() ? db.lastError().text() : q.lastError().text();
            return false;
        }
        int version = 0;
        QString why;
        if (!dialect.readVersion(db, &version, &why))
            return failed(why);
        m_newerSchema = version > kSchemaVersion;
        if (m_newerSchema)
            return failed(QStringLiteral("schema %1 is newer than this Relink").arg(version));
        if (version == kSchemaVersion)
            return end(true);
        for (const QString &sql : migrations.at(version)) {
            if (!q.exec(sql))
                return failed(q.lastError().text());
        }
        if (!dialect.writeVersion(db, version + 1, &why))
            return failed(why);
        if (!end(true))
            return failed(isTeam() ? db.lastError().text() : q.lastError().text());
        qCInfo(lcHistory) << "history schema migrated to version" << version + 1;
    }
}

} // namespace relink
