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

#include <utility>

namespace relink {

using namespace cli;

QString HistoryCommand::description() const
{
    return tr("show what was done to which link (--link, --since, --json, --csv); --prune "
              "DAYS deletes the older attempts");
}

QList<QCommandLineOption> HistoryCommand::options() const
{
    return {linkOption(),
            ticketOption(),
            {QStringLiteral("agent"), tr("history: only this agent's attempts."),
             QStringLiteral("NAME")},
            sinceOption(),
            csvOption(),
            jsonOption(),
            {QStringLiteral("prune"),
             tr("history: delete the attempts older than DAYS days, in batches (a team history "
                "too: others keep recording meanwhile)."),
             QStringLiteral("DAYS")}};
}

QString HistoryCommand::argumentsProblem(const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return tr("history takes no positional arguments; use --link and --since.");
    return {};
}

int HistoryCommand::readFailed(CliContext &context, const QString &error)
{
    const QString why = error.isEmpty() ? tr("the history could not be read.") : error;
    return context.output().printLocalFailure(QStringLiteral("history"),
                                              QStringLiteral("relink-cli: ") + why,
                                              exitcode::ServerOrNetwork, context.json());
}

int HistoryCommand::exportHistory(CliContext &context, HistoryService *history,
                                  const HistoryFilter &filter, bool asJson)
{
    const CliOutput &output = context.output();
    // Written in large pieces as the rows come (on the history's thread, while this one waits):
    // nothing is held but the piece being filled. Until the first piece goes out, a failure is
    // reported as before (nothing on stdout but --json's error); after, the output is cut short
    // and the exit code says so.
    HistoryJsonStream json;
    QByteArray piece = asJson ? HistoryJsonStream::open() : historyCsvHeader().toUtf8();
    bool sent = false;
    piece.reserve(kPieceBytes + 4096);
    auto flush = [&] {
        if (asJson) // JSON escapes control characters itself
            output.outBytes(piece);
        else // CSV's cells reach a terminal with theirs made visible
            output.outUtf8(piece);
        piece.resize(0); // its room kept for the next piece
        sent = true;
    };
    QString error;
    const bool read = history->exportRowsAndWait(
        filter,
        [&](const HistoryExportRow &row) {
            if (asJson)
                json.add(row, &piece);
            else
                historyCsvLine(row, &piece);
            if (piece.size() >= kPieceBytes)
                flush();
            return !context.interruptRequested();
        },
        &error);
    if (!read && !sent)
        return readFailed(context, error);
    if (!read) {
        output.err(tr("relink-cli: the history stopped partway, so the output is cut short "
                      "(run the command again once the history answers): %1\n")
                       .arg(error));
        return exitcode::ServerOrNetwork;
    }
    if (asJson)
        piece += json.finish();
    flush();
    return exitcode::Ok;
}

int HistoryCommand::prune(CliContext &context, HistoryService *history, int days)
{
    QString error;
    const PruneReport report = history->pruneAndWait(days, &error);
    if (!report.ok)
        return context.output().printLocalFailure(QStringLiteral("history"),
                                                  QStringLiteral("relink-cli: ") + error,
                                                  exitcode::ServerOrNetwork, context.json());
    if (context.json()) {
        context.output().printJson(
            {{QStringLiteral("pruned"), report.removed},
             {QStringLiteral("days"), days},
             {QStringLiteral("batches"), report.batches},
             {QStringLiteral("longest_batch_ms"), qRound(report.longestBatchMs * 10) / 10.0}});
        return exitcode::Ok;
    }
    const QString before =
        QLocale().toString(report.cutoff.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    context.output().out(
        report.removed == 0
            ? tr("No attempt started before %1: nothing to delete.\n").arg(before)
            : tr("Deleted %n attempt(s) started before %1 (batches: %2; the longest held the "
                 "history for %3 ms).\n",
                 nullptr, report.removed)
                  .arg(before)
                  .arg(report.batches)
                  .arg(QLocale().toString(report.longestBatchMs, 'f', 0)));
    return exitcode::Ok;
}

int HistoryCommand::execute(CliContext &context, const QStringList &)
{
    const QCommandLineParser &p = context.parser();
    const CliOutput &output = context.output();
    int pruneDays = 0;
    if (p.isSet(QStringLiteral("prune"))) {
        bool number = false;
        pruneDays = p.value(QStringLiteral("prune")).trimmed().toInt(&number);
        if (!number || pruneDays < 1 || pruneDays > 36'500)
            return context.refuse(tr("--prune takes a number of days, from 1 to 36500."));
        for (const char *option : {"link", "ticket", "agent", "since", "csv"}) {
            if (p.isSet(QString::fromLatin1(option)))
                return context.refuse(tr("--prune deletes by age alone; leave out --%1.")
                                          .arg(QString::fromLatin1(option)));
        }
    }
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
    if (pruneDays > 0)
        return prune(context, history, pruneDays);
    const bool asJson = p.isSet(QStringLiteral("json"));
    const bool asCsv = p.isSet(QStringLiteral("csv"));
    if (asJson || asCsv) // written as the rows come: a million attempts in constant memory
        return exportHistory(context, history, filter, asJson);
    const HistoryRead read = history->readAndWait(filter);
    if (!read.ok) // a failed read is not an empty one
        return readFailed(context, read.error);
    const QList<HistoryEntry> &entries = read.entries;
    for (const HistoryEntry &e : entries)
        output.out(QStringLiteral("%1  %2  %3  %4  %5  %6  %7%8\n")
                       .arg(QLocale().toString(e.startedAt.toLocalTime(),
                                               QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            visibleText(e.environment), visibleText(e.linkId),
                            visibleText(e.outcome), visibleText(e.steps.join(QStringLiteral(", "))),
                            visibleText(e.requestIds.join(QLatin1Char(' '))), visibleText(e.agent),
                            e.ticket.isEmpty() ? QString()
                                               : QStringLiteral("  #") + visibleText(e.ticket)));
    const bool filtered = !filter.linkId.isEmpty() || filter.since.isValid() ||
                          !filter.agent.isEmpty() || !filter.ticket.isEmpty();
    if (entries.isEmpty())
        output.err(!filtered ? tr("No updates recorded yet.\n")
                             : tr("No updates match; without --link, --since, --agent and "
                                  "--ticket, all are shown.\n"));
    return exitcode::Ok;
}

} // namespace relink
