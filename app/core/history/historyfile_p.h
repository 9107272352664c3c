#pragma once

#include <QString>

namespace relink::historyfile {

// The file 0600 (created so before SQLite makes it), its -wal/-shm/-journal companions likewise,
// and its folder 0700 when Relink made it or it is `ownFolder` (Relink's data folder).
void protect(const QString &path, const QString &ownFolder);

} // namespace relink::historyfile
