#include "preflightgate.h"

#include "agent.h"
#include "checkcommand.h"
#include "clicontext.h"
#include "clioutput.h"
#include "historyservice.h"
#include "preflight.h"
#include "terminal.h"
#include "updateflow.h"

#include <QCommandLineParser>

namespace relink {

using namespace cli;

namespace {

QStringList confirmKinds(const PreflightReport &report)
{
    QStringList kinds;
    for (const PreflightFinding &f : report.findings) {
        if (f.severity == PreflightFinding::Severity::Confirm && !kinds.contains(f.kind))
            kinds << f.kind;
    }
    return kinds;
}

} // namespace

bool PreflightGate::isYes(const QString &answer)
{
    const QString a = answer.trimmed().toLower();
    if (a.isEmpty())
        return false;
    //: The answers taken as "yes" at the y/N question, in lower case, separated by "|"
    //: (English "y" and "yes" are always taken too).
    const QStringList yes = tr("y|yes").toLower().split(QLatin1Char('|'), Qt::SkipEmptyParts) +
                            QStringList{QStringLiteral("y"), QStringLiteral("yes")};
    return yes.contains(a);
}

std::optional<int> PreflightGate::pass(CliContext &context, const QString &linkId, Action action,
                                       std::FILE *terminal, QStringList *confirmed,
                                       std::optional<Link> *checked)
{
    const PreflightReport report = CheckCommand::run(context, linkId, {}, true);
    if (context.history())
        context.releaseClaimAtEnd(linkId);
    if (context.interruptRequested())
        return context.interruptedBeforeSending();
    const CliOutput &output = context.output();
    // Belvo has already said the link can't be worked on (the keys refused, no such link): said
    // once, as the command itself would, and nothing more is sent.
    const int status = report.linkRead.httpStatus;
    if (report.linkRead.kind != Result::Kind::Link &&
        (status == 401 || status == 403 || status == 404))
        return output.printOutcome(UpdateOutcome::from(report.linkRead), context.json());
    if (checked)
        *checked = report.facts.link;
    if (action == Action::Handoff && report.facts.link &&
        report.facts.link->status == QLatin1StringView("valid"))
        return std::nullopt;
    const QCommandLineParser &p = context.parser();
    // Notes, and what asks to confirm, for the person running it (stdout is the result's).
    output.err(CheckCommand::reportText(report));
    if (!report.needsConfirmation())
        return std::nullopt;

    const QStringList kinds = confirmKinds(report);
    // Going ahead on a colleague's link takes it over: they see this agent on it from now on.
    const auto goAhead = [&] {
        *confirmed = kinds;
        if (report.facts.claimedBy.isValid() && context.history())
            context.history()->claimAndWait({context.environmentLabel(), linkId, currentAgent(),
                                             context.ticket(), 10 * 60, true});
    };
    if (p.isSet(QStringLiteral("force"))) {
        goAhead();
        output.err(context.history()
                       ? tr("Going ahead (--force); the history records what you confirmed.\n")
                       : tr("Going ahead (--force).\n"));
        return std::nullopt;
    }
    const bool ask =
        terminal && !p.isSet(QStringLiteral("no-input")) && terminal::isTerminal(terminal);
    if (ask) {
        output.err(action == Action::Update
                       ? tr("Update link %1 anyway? [y/N] ").arg(linkId)
                       : tr("Send link %1 to the customer anyway? [y/N] ").arg(linkId));
        QString line;
        const terminal::ReadResult read = terminal::readLine(terminal, &line);
        if (read == terminal::ReadResult::Interrupted || context.interruptRequested()) {
            output.err(QStringLiteral("\n"));
            return context.interruptedBeforeSending();
        }
        if (read == terminal::ReadResult::Line && isYes(line)) {
            goAhead();
            return std::nullopt;
        }
        if (read != terminal::ReadResult::Line)
            output.err(QStringLiteral("\n"));
    }
    if (context.json())
        output.printJson(CheckCommand::reportJson(report));
    output.err(
        (action == Action::Update
             ? tr("Link %1 was not updated: nothing was sent for it.").arg(linkId)
             : tr("No link for the customer was made: nothing was sent for link %1.").arg(linkId)) +
        QLatin1Char(' ') +
        tr("Confirm what is asked above (with the customer, or the colleague on the "
           "link), then run again with --force to go ahead; the history records it.\n"));
    return exitcode::Confirm;
}

} // namespace relink
