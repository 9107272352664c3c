#pragma once

#include "belvolink.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace relink {

// Links for scripts: a JSON array of the objects as Belvo sent them (raw,
// indented); CSV with a header row of linksCsvColumns() (id, institution, status, access_mode,
// last_accessed_at, created_at, external_id), each value as Belvo sent it (null: empty), cells
// as csvField() makes them, rows ending in CRLF.
QByteArray linksJson(const QList<Link> &links);
QStringList linksCsvColumns();
QString linksCsv(const QList<Link> &links);

} // namespace relink
