#include "cli.h"

#include "clioutput.h"
#include "historyexport.h"
#include "historyservice.h"
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
    filter.agent = p.value(QStringLiteral("agent")).trimmed();
    filter.ticket = p.value(QStringLiteral("ticket")).trimmed();
    if (p.isSet(QStringLiteral("json")) && p.isSet(QStringLiteral("csv"))) {
        return refuse(tr("choose --json or --csv, not both."));
    }
    m_history = new HistoryService(this);
    QString problem;
    if (!m_history->useConfigured(&problem)) {
        delete std::exchange(m_history, nullptr);
        return refuse(tr("the history address (RELINK_HISTORY_URL, or the desktop app's "
                         "Settings) is not one Relink takes: %1")
                          .arg(problem));
    }
    connect(m_history, &HistoryService::problem, this, &Cli::warnHistory);
    // A team history: what this computer kept while it was away is sent first.
    const HistoryRead read = m_history->readAndWait(filter);
    if (!read.ok) { // a failed read is not an empty one
        const QString why =
            read.error.isEmpty() ? tr("the history could not be read.") : read.error;
        return printLocalFailure(QStringLiteral("history"), QStringLiteral("relink-cli: ") + why,
                                 exitcode::ServerOrNetwork, p.isSet(QStringLiteral("json")));
    }
    const QList<HistoryEntry> &entries = read.entries;
    if (p.isSet(QStringLiteral("json"))) {
        out(QString::fromUtf8(historyJson(entries)));
    } else if (p.isSet(QStringLiteral("csv"))) {
        out(historyCsv(entries));
    } else {
        for (const HistoryEntry &e : entries)
            out(QStringLiteral("%1  %2  %3  %4  %5  %6  %7%8\n")
                    .arg(QLocale().toString(e.startedAt.toLocalTime(),
                                            QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         e.environment, e.linkId, e.outcome, e.steps.join(QStringLiteral(", ")),
                         e.requestIds.join(QLatin1Char(' ')), e.agent,
                         e.ticket.isEmpty() ? QString() : QStringLiteral("  #") + e.ticket));
        const bool filtered = !filter.linkId.isEmpty() || filter.since.isValid() ||
                              !filter.agent.isEmpty() || !filter.ticket.isEmpty();
        if (entries.isEmpty())
            err(!filtered ? tr("No updates recorded yet.\n")
                          : tr("No updates match; without --link, --since, --agent and --ticket, "
                               "all are shown.\n"));
    }
    return exitcode::Ok;
}

} // namespace relink
