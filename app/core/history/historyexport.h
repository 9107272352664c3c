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

// The same, written as the rows come (#26: a million attempts in constant memory): the CSV is
// historyCsvHeader() then historyCsvLine() of each attempt.
QString historyCsvHeader();
QString historyCsvLine(const HistoryEntry &e);

// The JSON export a row at a time: add() gives the bytes of each attempt (its object indented
// as QJsonDocument indents an array's items, after a comma for all but the first), finish()
// the end. open() + add()… + finish() is historyJson() byte for byte ("[\n]\n" when empty).
class HistoryJsonStream
{
public:
    static QByteArray open() { return QByteArrayLiteral("[\n"); }
    QByteArray add(const HistoryEntry &e);
    QByteArray finish() const;

private:
    bool m_first = true;
};

} // namespace relink
