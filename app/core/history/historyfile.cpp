// A SQLite history's file: private to the user, and never another user's.
#include "historyfile_p.h"

#include "historylogging_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace relink {

namespace {
using Refusal = HistoryFileRefusal;
using Kind = Refusal::Kind;
} // namespace

#ifdef Q_OS_UNIX
namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr mode_t kLoose = S_IRWXG | S_IRWXO;

// Takes every permission away from the group and others; never adds one. False: it could not.
bool tighten(const QString &path, const struct stat &st)
{
    if (!(st.st_mode & kLoose))
        return true;
    if (::chmod(QFile::encodeName(path).constData(), st.st_mode & S_IRWXU) != 0) {
        qCWarning(lcHistory) << "history: could not make private:" << path << strerror(errno);
        return false;
    }
    qCInfo(lcHistory) << "history: made private:" << path;
    return true;
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

// A folder another user may change: theirs (root's aside), or writable by others without the
// sticky bit (in /tmp, others can create names but not replace this user's files).
bool unsafeFolder(const QString &folder)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(folder).constData(), &st) != 0)
        return false; // SQLite's open says why
    if (st.st_uid != ::geteuid() && st.st_uid != 0)
        return true;
    return (st.st_mode & (S_IWGRP | S_IWOTH)) && !(st.st_mode & S_ISVTX);
}

// The file (or a companion) as it is, links not followed: absent, or refused, or fine.
Kind check(const QString &path, struct stat *st, bool *exists)
{
    *exists = ::lstat(QFile::encodeName(path).constData(), st) == 0;
    if (!*exists)
        return Kind::None;
    if (!S_ISREG(st->st_mode))
        return Kind::NotPlainFile;
    if (st->st_uid != ::geteuid())
        return Kind::NotOwned;
    return Kind::None;
}

} // namespace

HistoryFileRefusal HistoryFile::protect(const QString &path, const QString &ownFolder)
{
    const QString folder = QFileInfo(path).absolutePath();
    bool created = false;
    if (!makeFolder(folder, &created))
        return {}; // SQLite's open says why
    if (unsafeFolder(folder))
        return {Kind::UnsafeFolder, folder};
    if (created || samePath(folder, ownFolder)) {
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(folder).constData(), &st) == 0 && !tighten(folder, st))
            return {Kind::NotPrivate, folder};
    }
    struct stat st
    {
    };
    bool exists = false;
    if (const Kind k = check(path, &st, &exists); k != Kind::None)
        return {k, path};
    if (!exists) {
        // Created here, private from the start; never through a link, never someone else's.
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
        else
            qCInfo(lcHistory) << "history: not created here:" << strerror(errno);
        if (const Kind k = check(path, &st, &exists); k != Kind::None)
            return {k, path}; // made by someone else in between
        if (!exists)
            return {}; // SQLite's open says why
    }
    // SQLite gives new -wal, -shm and -journal files the database file's permissions.
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = path + QLatin1StringView(suffix);
        if (const Kind k = check(file, &st, &exists); k != Kind::None)
            return {k, file};
        if (exists && !tighten(file, st))
            return {Kind::NotPrivate, file};
    }
    return {};
}

#else
// Elsewhere (Windows) a user's files are private through the profile folder's ACLs: a link in
// the file's place is still refused, and the file is kept owner-only as far as Qt can say.
HistoryFileRefusal HistoryFile::protect(const QString &path, const QString &)
{
    const QFileInfo info(path);
    if (info.isSymLink() || (info.exists() && !info.isFile()))
        return {Kind::NotPlainFile, path};
    QDir().mkpath(info.absolutePath());
    if (info.exists() && !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                          QFile::ReadUser | QFile::WriteUser))
        return {Kind::NotPrivate, path};
    return {};
}
#endif

QString HistoryFile::message(const HistoryFileRefusal &refusal)
{
    const QString path = QDir::toNativeSeparators(refusal.path);
    switch (refusal.kind) {
    case Kind::None:
        break;
    case Kind::NotOwned:
        return QCoreApplication::translate(
                   "relink::HistoryFile",
                   "The update history file %1 belongs to another user of this computer, who "
                   "could read it or add records to it. Relink did not use it: links can still "
                   "be updated, but this update is not recorded. Move that file away, or choose "
                   "a history file in a folder only you can write to.")
            .arg(path);
    case Kind::NotPlainFile:
        return QCoreApplication::translate(
                   "relink::HistoryFile",
                   "The update history file %1 is a link to another file, or not a file at all; "
                   "Relink never follows it. Relink did not use it: links can still be updated, "
                   "but this update is not recorded. Remove it and let Relink create the file, "
                   "or choose the real file's path.")
            .arg(path);
    case Kind::UnsafeFolder:
        return QCoreApplication::translate(
                   "relink::HistoryFile",
                   "The folder %1 of the update history can be changed by other users of this "
                   "computer, who could put their own file in its place. Relink did not use it: "
                   "links can still be updated, but this update is not recorded. Choose a "
                   "history file in a folder only you can write to.")
            .arg(path);
    case Kind::NotPrivate:
        return QCoreApplication::translate(
                   "relink::HistoryFile",
                   "The update history file %1 cannot be made private to you. Relink did not "
                   "use it: links can still be updated, but this update is not recorded. Check "
                   "that the file is yours and on a disk that keeps permissions, or choose "
                   "another history file.")
            .arg(path);
    }
    return {};
}

} // namespace relink
