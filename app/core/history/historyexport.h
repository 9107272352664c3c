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

// One attempt's columns for the exports, as the database gave them (SQLite: no QVariant, no
// HistoryEntry in between, #26): each cell's UTF-8 text when it is all ASCII, else its text
// decoded as Qt SQL decodes it (`wide`); the time in the store's form (2026-12-07T17:06:32.143Z,
// UTC); the lists as stored (fields and request ids split at commas, steps at semicolons). The
// writers make of it exactly what they make of the HistoryEntry read from the same row.
struct HistoryExportRow
{
    enum Column {
        Time,
        Environment,
        LinkId,
        Institution,
        Fields,
        Outcome,
        RequestIds,
        LinkStatus,
        Steps,
        Agent,
        Ticket,
        ColumnCount
    };
    QByteArrayView ascii[ColumnCount];
    QString wide[ColumnCount];
    bool isWide[ColumnCount] = {};
    int httpStatus = 0;
};
// historyCsvLine()'s bytes (UTF-8) for such a row, appended to `out`.
void historyCsvLine(const HistoryExportRow &row, QByteArray *out);

// The JSON export a row at a time: add() gives the bytes of each attempt (its object indented
// as QJsonDocument indents an array's items, after a comma for all but the first), finish()
// the end. open() + add()… + finish() is historyJson() byte for byte ("[\n]\n" when empty).
class HistoryJsonStream
{
public:
    static QByteArray open() { return QByteArrayLiteral("[\n"); }
    QByteArray add(const HistoryEntry &e);
    // The same object from the columns as the database gave them (HistoryExportRow).
    void add(const HistoryExportRow &row, QByteArray *out);
    QByteArray finish() const;

private:
    bool m_first = true;
};

} // namespace relink
