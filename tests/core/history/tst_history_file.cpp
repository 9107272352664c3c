// A history file another user could read or plant records in is refused, never written (#23):
// another user's file, folder or companion, a symbolic link in the file's place. The user's own
// world-readable file is made private. Files of another user: chown to nobody, which needs root.
#include "historystore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

using namespace relink;

namespace {

constexpr uid_t kNobody = 65534;

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

bool giveToNobody(const QString &path)
{
    return ::lchown(QFile::encodeName(path).constData(), kNobody, kNobody) == 0;
}

} // namespace

class TestHistoryFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString notOwned(const QString &path)
    {
        return QCoreApplication::translate(
                   "relink::HistoryFile",
                   "The update history file %1 belongs to another user of this computer, who "
                   "could read it or add records to it. Relink did not use it: links can still "
                   "be updated, but this update is not recorded. Move that file away, or choose "
                   "a history file in a folder only you can write to.")
            .arg(path);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Another user's file: refused with what to do, its bytes untouched, nothing beside it.
    void anotherUsersFileIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("Not run: making a file another user's (chown to nobody) needs root");
        const QString path = m_dir.filePath("planted.sqlite");
        const QByteArray planted("rows planted by another user");
        QVERIFY(write(path, planted));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(giveToNobody(path));
        HistoryStore store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.lastError(), notOwned(path));
        QCOMPARE(contents(path), planted);
        QCOMPARE(modeOf(path), mode_t(0644));
        QVERIFY(!QFile::exists(path + "-wal") && !QFile::exists(path + "-journal"));
    }

    // A companion of another user's (its -wal, which SQLite would replay into the history).
    void anotherUsersCompanionIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("Not run: making a file another user's (chown to nobody) needs root");
        QDir(m_dir.path()).mkdir("wal");
        const QString path = m_dir.filePath("wal/history.sqlite");
        QVERIFY(write(path + "-wal", "planted"));
        QVERIFY(giveToNobody(path + "-wal"));
        HistoryStore store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.lastError(), notOwned(path + "-wal"));
        QCOMPARE(contents(path + "-wal"), QByteArray("planted"));
    }

    // A folder another user owns and anyone may write to: refused, nothing created in it.
    void anUnsafeFolderIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("Not run: making a folder another user's (chown to nobody) needs root");
        const QString folder = m_dir.filePath("shared");
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);
        QVERIFY(giveToNobody(folder));
        HistoryStore store;
        QVERIFY(!store.open(folder + "/history.sqlite"));
        QCOMPARE(store.lastError(),
                 QCoreApplication::translate(
                     "relink::HistoryFile",
                     "The folder %1 of the update history can be changed by other users of this "
                     "computer, who could put their own file in its place. Relink did not use "
                     "it: links can still be updated, but this update is not recorded. Choose a "
                     "history file in a folder only you can write to.")
                     .arg(folder));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    // A symbolic link in the history's place is never followed: its target stays as it was.
    void aSymlinkIsRefused()
    {
        const QString target = m_dir.filePath("target.txt");
        QVERIFY(write(target, "someone else's data"));
        QVERIFY(::chmod(QFile::encodeName(target).constData(), 0644) == 0);
        const QString path = m_dir.filePath("link.sqlite");
        QVERIFY(QFile::link(target, path));
        HistoryStore store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.lastError(),
                 QCoreApplication::translate(
                     "relink::HistoryFile",
                     "The update history file %1 is a link to another file, or not a file at "
                     "all; Relink never follows it. Relink did not use it: links can still be "
                     "updated, but this update is not recorded. Remove it and let Relink create "
                     "the file, or choose the real file's path.")
                     .arg(path));
        QCOMPARE(contents(target), QByteArray("someone else's data"));
        QCOMPARE(modeOf(target), mode_t(0644));
        QVERIFY(!QFile::exists(path + "-wal") && !QFile::exists(target + "-wal"));
    }

    // The user's own world-readable file: made 0600, and used.
    void ownLooseFileIsMadePrivate()
    {
        const QString path = m_dir.filePath("loose.sqlite");
        QVERIFY(write(path, {}));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(modeOf(path), mode_t(0600));
        AttemptInfo info{"sandbox", test::kNumeric, "heimdall_mx_retail", {"password"}, "ana", ""};
        QVERIFY(!store.begin(info).isEmpty());
        QCOMPARE(modeOf(path + "-wal"), mode_t(0600));
    }

    // A new file is created 0600 (never through a link), in a private folder Relink made.
    void aNewFileIsPrivate()
    {
        const QString path = m_dir.filePath("new/deeper/history.sqlite");
        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(modeOf(m_dir.filePath("new/deeper")), mode_t(0700));
    }
};

QTEST_GUILESS_MAIN(TestHistoryFile)
#include "tst_history_file.moc"
