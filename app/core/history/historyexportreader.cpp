// The exports' rows from SQLite's C API, on the store's own connection (Qt SQL's handle).
#include "historyexportreader.h"

#include "historyexportreader_p.h"

#include "historydialect_p.h"
#include "historyselect_p.h"
#include "historystore.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QDate>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

namespace relink {

namespace {

// The time as the store writes it: 2026-12-07T17:06:32.143Z.
bool isStoreTime(QByteArrayView t)
{
    static constexpr char kForm[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (t.size() != 24)
        return false;
    for (int i = 0; i < 24; ++i) {
        if (kForm[i] == 'd' ? !(t[i] >= '0' && t[i] <= '9') : t[i] != kForm[i])
            return false;
    }
    // And a time that is one (2026-02-30 or 25:00 is printed as QDateTime prints it: "").
    const auto number = [&t](int from, int digits) {
        int n = 0;
        for (int i = from; i < from + digits; ++i)
            n = n * 10 + (t[i] - '0');
        return n;
    };
    return QDate::isValid(number(0, 4), number(5, 2), number(8, 2)) && number(11, 2) < 24 &&
           number(14, 2) < 60 && number(17, 2) < 60;
}

// The entry's HistoryEntry would have held: its text, as Qt SQL decodes it (UTF-16).
QString decoded(sqlite3_stmt *statement, int column)
{
    const void *text = sqlite3_column_text16(statement, column);
    return text ? QString::fromUtf16(static_cast<const char16_t *>(text),
                                     sqlite3_column_bytes16(statement, column) / 2)
                : QString();
}

} // namespace

bool HistoryExportReader::forEach(const HistoryFilter &filter, const HistoryOrder &order,
                                  const std::function<bool(const HistoryExportRow &)> &row)
{
    if (!m_store.isOpen())
        return false;
    return m_store.isTeam() ? forEachPostgres(filter, order, row)
                            : forEachSqlite(filter, order, row);
}

bool HistoryExportReader::failed(const QString &detail)
{
    return m_store.fail(QCoreApplication::translate("relink::HistoryStore",
                                                    "The history could not be read (%1). Close "
                                                    "other Relink windows, then open the history "
                                                    "again; updates are not affected.")
                            .arg(detail),
                        detail);
}

bool HistoryExportReader::forEachSqlite(const HistoryFilter &filter, const HistoryOrder &order,
                                        const std::function<bool(const HistoryExportRow &)> &row)
{
    const QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    const QVariant handle = db.driver()->handle();
    sqlite3 *sqlite = qstrcmp(handle.typeName(), "sqlite3*") == 0
                          ? *static_cast<sqlite3 *const *>(handle.constData())
                          : nullptr;
    const auto failed = [this](const char *why) {
        return this->failed(QString::fromUtf8(why));
    };
    if (!sqlite)
        return failed("no SQLite connection");
    QVariantList binds;
    const QByteArray sql =
        historySelect(false, filter, order, &binds, HistorySteps::Labels).toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(sqlite, sql.constData(), int(sql.size()), &statement, nullptr) !=
        SQLITE_OK)
        return failed(sqlite3_errmsg(sqlite));
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    QByteArrayList values; // kept while the statement runs (bound without a copy)
    for (int i = 0; i < binds.size(); ++i) {
        values << binds.at(i).toString().toUtf8();
        if (sqlite3_bind_text(statement, i + 1, values.last().constData(),
                              int(values.last().size()), nullptr) != SQLITE_OK)
            return failed(sqlite3_errmsg(sqlite));
    }
    HistoryExportRow r;
    QByteArray time; // a time not in the store's form, as HistoryEntry would have printed it
    for (;;) {
        const int step = sqlite3_step(statement);
        if (step == SQLITE_DONE)
            return true;
        if (step != SQLITE_ROW)
            return failed(sqlite3_errmsg(sqlite));
        for (int c = 0; c < HistoryExportRow::ColumnCount; ++c) {
            const int column = kExportColumnOf[c];
            const unsigned char *text = sqlite3_column_text(statement, column);
            const int size = sqlite3_column_bytes(statement, column);
            r.isWide[c] = text && !isAsciiText(reinterpret_cast<const char *>(text), size);
            if (r.isWide[c])
                r.wide[c] = decoded(statement, column);
            else
                r.ascii[c] = QByteArrayView(reinterpret_cast<const char *>(text), text ? size : 0);
        }
        if (r.isWide[HistoryExportRow::Time] || !isStoreTime(r.ascii[HistoryExportRow::Time])) {
            const QString stored = r.isWide[HistoryExportRow::Time]
                                       ? r.wide[HistoryExportRow::Time]
                                       : QString::fromLatin1(r.ascii[HistoryExportRow::Time]);
            time = HistoryDialect::time(QVariant(stored))
                       .toUTC()
                       .toString(Qt::ISODateWithMs)
                       .toLatin1();
            r.ascii[HistoryExportRow::Time] = time;
            r.isWide[HistoryExportRow::Time] = false;
        }
        r.httpStatus = sqlite3_column_int(statement, kExportHttpStatusColumn);
        if (!row(r))
            return true;
    }
}

} // namespace relink
