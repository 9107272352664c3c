// A SQLite history's file: private to the user.
#include "historyfile_p.h"

#include "historylogging_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace relink::historyfile {

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

} // namespace

void protect(const QString &path, const QString &ownFolder)
{
    const QString folder = QFileInfo(path).absolutePath();
    bool created = false;
    if (!makeFolder(folder, &created))
        return; // SQLite's open says why
    if (created || samePath(folder, ownFolder))
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

} // namespace relink::historyfile
