#pragma once

#include <QString>

namespace relink {

// Why a history file may not be used: another user could read it, or put records in it that go
// out under this user's name (#23). `path` is the file or folder at fault.
struct HistoryFileRefusal
{
    enum class Kind {
        None,
        NotOwned,     // the file or a -wal/-shm/-journal companion belongs to another user
        NotPlainFile, // a symbolic link (never followed) or something other than a file
        UnsafeFolder, // its folder can be changed by others (owned by another user, or writable
                      // by others without the sticky bit)
        NotPrivate,   // it cannot be made 0600
    };
    Kind kind = Kind::None;
    QString path;
    explicit operator bool() const { return kind != Kind::None; }
};

class HistoryFile
{
public:
    // Checks the file, its companions and its folder, then makes them private: the file 0600
    // (created so, O_EXCL|O_NOFOLLOW, before SQLite opens it), its -wal/-shm/-journal companions
    // likewise, its folder 0700 when Relink made it or it is `ownFolder` (Relink's data folder).
    // A refusal: nothing was written, and the file must not be opened.
    static HistoryFileRefusal protect(const QString &path, const QString &ownFolder);
    // What the refusal means for people: what happened and what to do, translated.
    static QString message(const HistoryFileRefusal &refusal);
};

} // namespace relink
