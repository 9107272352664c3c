#include "historycommand.h"

#include "agent.h"
#include "clicontext.h"
#include "clioutput.h"
#include "historyexport.h"
#include "historyservice.h"
#include "linkid.h"
#include "visibletext.h"

#include <QCommandLineParser>
#include <QLocale>

namespace relink {

using namespace cli;

QString HistoryCommand::description() const
{
    return tr("show what was done to which link (--link, --since, --json, --csv)");
}

QList<QCommandLineOption> HistoryCommand::options() const
{
    return {linkOption(),
            ticketOption(),
            {QStringLiteral("agent"), tr("history: only this agent's attempts."),
             QStringLiteral("NAME")},
            sinceOption(),
            csvOption(),
            jsonOption()};
}

QString HistoryCommand::argumentsProblem(const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return tr("history takes no positional arguments; use --link and --since.");
    return {};
}

int HistoryCommand::execute(CliContext &context, const QStringList &)
{
    const QCommandLineParser &p = context.parser();
    const CliOutput &output = context.output();
    HistoryFilter filter;
    if (p.isSet(QStringLiteral("link"))) {
        filter.linkId = p.value(QStringLiteral("link")).trimmed().toLower();
        if (!isValidLinkId(filter.linkId))
            return context.refuse(tr("\"%1\" is not a link id.").arg(filter.linkId.left(80)));
    }
    if (p.isSet(QStringLiteral("since"))) {
        const QString since = p.value(QStringLiteral("since")).trimmed();
        const QDate date = QDate::fromString(since, Qt::ISODate);
        filter.since =
            date.isValid() ? date.startOfDay() : QDateTime::fromString(since, Qt::ISODate);
        if (!filter.since.isValid())
            return context.refuse(tr("--since takes a date like 2026-11-24."));
    }
    filter.agent = p.value(QStringLiteral("agent")).trimmed();
    if (const QString problem = agentNameProblem(filter.agent); !problem.isEmpty())
        return context.refuse(tr("--agent: %1").arg(problem));
    filter.ticket = p.value(QStringLiteral("ticket")).trimmed(); // a filter: not recorded
    if (p.isSet(QStringLiteral("json")) && p.isSet(QStringLiteral("csv")))
        return context.refuse(tr("choose --json or --csv, not both."));
    QString problem;
    HistoryService *history = context.openHistory(&problem);
    if (!history) {
        return context.refuse(tr("the history address (RELINK_HISTORY_URL, or the desktop app's "
                                 "Settings) is not one Relink takes: %1")
                                  .arg(problem));
    }
    const HistoryRead read = history->readAndWait(filter);
    if (!read.ok) { // a failed read is not an empty one
        const QString why =
            read.error.isEmpty() ? tr("the history could not be read.") : read.error;
        return output.printLocalFailure(QStringLiteral("history"),
                                        QStringLiteral("relink-cli: ") + why,
                                        exitcode::ServerOrNetwork, context.json());
    }
    const QList<HistoryEntry> &entries = read.entries;
    if (p.isSet(QStringLiteral("json"))) {
        output.outBytes(historyJson(entries)); // JSON escapes every control character itself
    } else if (p.isSet(QStringLiteral("csv"))) {
        output.out(historyCsv(entries));
    } else {
        for (const HistoryEntry &e : entries)
            output.out(
                QStringLiteral("%1  %2  %3  %4  %5  %6  %7%8\n")
                    .arg(QLocale().toString(e.startedAt.toLocalTime(),
                                            QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         visibleText(e.environment), visibleText(e.linkId), visibleText(e.outcome),
                         visibleText(e.steps.join(QStringLiteral(", "))),
                         visibleText(e.requestIds.join(QLatin1Char(' '))), visibleText(e.agent),
                         e.ticket.isEmpty() ? QString()
                                            : QStringLiteral("  #") + visibleText(e.ticket)));
        const bool filtered = !filter.linkId.isEmpty() || filter.since.isValid() ||
                              !filter.agent.isEmpty() || !filter.ticket.isEmpty();
        if (entries.isEmpty())
            output.err(!filtered ? tr("No updates recorded yet.\n")
                                 : tr("No updates match; without --link, --since, --agent and "
                                      "--ticket, all are shown.\n"));
    }
    return exitcode::Ok;
}

} // namespace relink
