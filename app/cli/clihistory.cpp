#include "cli.h"

#include "clioutput.h"
#include "history.h"
#include "linkid.h"

#include <QCommandLineParser>
#include <QLocale>

// relink-cli history: what was done to which link, from the history the desktop app shares.

namespace relink {

using namespace cli;

int Cli::runHistory()
{
    const QCommandLineParser &p = *m_parser;
    HistoryFilter filter;
    if (p.isSet(QStringLiteral("link"))) {
        filter.linkId = p.value(QStringLiteral("link")).trimmed().toLower();
        if (!isValidLinkId(filter.linkId)) {
            return refuse(tr("\"%1\" is not a link id.").arg(filter.linkId.left(80)));
        }
    }
    if (p.isSet(QStringLiteral("since"))) {
        const QString since = p.value(QStringLiteral("since")).trimmed();
        const QDate date = QDate::fromString(since, Qt::ISODate);
        filter.since =
            date.isValid() ? date.startOfDay() : QDateTime::fromString(since, Qt::ISODate);
        if (!filter.since.isValid()) {
            return refuse(tr("--since takes a date like 2026-11-24."));
        }
    }
    if (p.isSet(QStringLiteral("json")) && p.isSet(QStringLiteral("csv"))) {
        return refuse(tr("choose --json or --csv, not both."));
    }
    HistoryStore store;
    if (!store.open()) {
        return printLocalFailure(QStringLiteral("history"),
                                 QStringLiteral("relink-cli: ") + store.lastError(),
                                 exitcode::ServerOrNetwork, p.isSet(QStringLiteral("json")));
    }
    const QList<HistoryEntry> entries = store.entries(filter);
    if (!store.lastError().isEmpty()) { // a read that failed is not an empty history
        return printLocalFailure(QStringLiteral("history"),
                                 QStringLiteral("relink-cli: ") + store.lastError(),
                                 exitcode::ServerOrNetwork, p.isSet(QStringLiteral("json")));
    }
    if (p.isSet(QStringLiteral("json"))) {
        out(QString::fromUtf8(HistoryStore::toJson(entries)));
    } else if (p.isSet(QStringLiteral("csv"))) {
        out(HistoryStore::toCsv(entries));
    } else {
        for (const HistoryEntry &e : entries)
            out(QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                    .arg(QLocale().toString(e.startedAt.toLocalTime(),
                                            QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         e.environment, e.linkId, e.outcome, e.steps.join(QStringLiteral(", ")),
                         e.requestIds.join(QLatin1Char(' '))));
        if (entries.isEmpty())
            err(filter.linkId.isEmpty() && !filter.since.isValid()
                    ? tr("No updates recorded yet.\n")
                    : tr("No updates match; without --link and --since, all are shown.\n"));
    }
    return exitcode::Ok;
}

} // namespace relink
