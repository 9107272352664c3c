#pragma once

#include "belvolink.h"
#include "linkpicture.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace relink {

// Links for scripts: a JSON array of the objects as Belvo sent them (raw, indented), each with
// the team's picture of it (LinkPicture::toJson(): institution_status, last_attempt,
// claimed_by, handoff_open_until) added; CSV with a header row of linksCsvColumns() (id,
// institution, status, access_mode, last_accessed_at, created_at, external_id as Belvo sent
// them, null: empty; then institution_status; last_attempt as "time;agent;outcome"; claimed_by
// as "agent;since;ticket"; handoff_open_until), cells as csvField() makes them, rows ending in
// CRLF. A link without a picture has those fields null (empty).
QByteArray linksJson(const QList<Link> &links, const QHash<QString, LinkPicture> &pictures = {});
QStringList linksCsvColumns();
QString linksCsv(const QList<Link> &links, const QHash<QString, LinkPicture> &pictures = {});

} // namespace relink
