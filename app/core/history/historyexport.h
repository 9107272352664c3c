#pragma once

#include "historyentry.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace relink {

// The history for spreadsheets and scripts (relink-cli history --csv/--json, the History
// window's export): a header row of time_utc, environment, link_id, institution, fields, steps,
// outcome, http_status, request_ids, link_status, agent, ticket, cells as csvField() makes them,
// rows ending in CRLF; JSON: an indented array of objects with the same fields.
QString historyCsv(const QList<HistoryEntry> &entries);
QByteArray historyJson(const QList<HistoryEntry> &entries);

} // namespace relink
