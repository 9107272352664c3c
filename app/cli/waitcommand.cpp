#include "waitcommand.h"

#include "belvoclient.h"
#include "clicontext.h"
#include "clioutput.h"
#include "handoffcommand.h"
#include "handoffflow.h"
#include "historyservice.h"
#include "linkwatch.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonObject>

namespace relink {

using namespace cli;

namespace {

constexpr int kDefaultWaitSeconds = 600;
constexpr int kMaxWaitSeconds = 24 * 60 * 60;

} // namespace

QString WaitCommand::description() const
{
    return tr("wait until LINK_ID is valid again (--until valid, --timeout SECONDS)");
}

QList<QCommandLineOption> WaitCommand::options() const
{
    QList<QCommandLineOption> options{
        {QStringLiteral("until"), tr("wait: the status to wait for (only valid)."),
         QStringLiteral("STATUS")},
        timeoutOption(),
        jsonOption(),
    };
    return options + placeOptions(false); // --demo's simulator would end with this run
}

int WaitCommand::execute(CliContext &context, const QStringList &arguments)
{
    const QCommandLineParser &p = context.parser();
    const CliOutput &output = context.output();
    if (const QString problem = HandoffCommand::usageProblem(p, name(), arguments.at(0).trimmed());
        !problem.isEmpty())
        return context.refuse(problem);
    if (p.isSet(QStringLiteral("until")) &&
        p.value(QStringLiteral("until")).trimmed().toLower() != QLatin1StringView("valid"))
        return context.refuse(
            tr("--until takes only valid: the status to wait for. Nothing was sent."));
    int seconds = kDefaultWaitSeconds;
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        seconds = p.value(QStringLiteral("timeout")).trimmed().toInt(&ok);
        if (!ok || seconds < 1 || seconds > kMaxWaitSeconds)
            return context.refuse(tr("--timeout takes the seconds to wait for the link, from 1 to "
                                     "%1. Nothing was sent.")
                                      .arg(kMaxWaitSeconds));
    }
    if (!context.setUpHistory() || !context.setUpClient(false))
        return exitcode::Usage;
    const QString id = arguments.at(0).trimmed().toLower();
    if (const QString problem = context.client()->handoffProblem(id); !problem.isEmpty())
        return context.refuse(problem);
    if (context.interruptRequested())
        return context.interruptedBeforeSending();

    auto *watch = new LinkWatch(context.client(), context.owner());
    context.cancelOnInterrupt(watch);
    output.err(tr("Waiting up to %n second(s) for link %1 to be valid; it is checked every %2 "
                  "seconds. Ctrl+C stops.\n",
                  nullptr, seconds)
                   .arg(id)
                   .arg(LinkWatch::kMinimumIntervalMs / 1000));
    LinkWatch::Outcome outcome;
    bool done = false;
    QEventLoop loop;
    QString shown; // the status last printed
    QObject::connect(
        watch, &LinkWatch::checked, &loop, [&shown, &output](const Result &r, const QDateTime &at) {
            if (r.kind == Result::Kind::Link && r.link.status != shown) {
                shown = r.link.status;
                output.err(tr("%1  status: %2\n").arg(HandoffCommand::clockTime(at), shown));
            } else if (r.kind != Result::Kind::Link && !LinkWatch::isFinal(r)) {
                output.err(tr("%1  warning: %2 Still waiting.\n")
                               .arg(HandoffCommand::clockTime(at), UpdateOutcome::from(r).message));
            }
        });
    QObject::connect(watch, &LinkWatch::finished, &loop, [&](const LinkWatch::Outcome &o) {
        outcome = o;
        done = true;
        loop.quit();
    });
    watch->start(id, QDeadlineTimer(qint64(seconds) * 1000));
    if (!done)
        loop.exec();

    // The end goes to the newest hand-off of this link still waiting to be watched, if any.
    HistoryService *history = context.history();
    QString attempt = history->latestHandoffAndWait(context.environmentLabel(), id);
    if (attempt.isEmpty())
        attempt = history->begin({context.environmentLabel(), id, QString(), QStringList(),
                                  QString(), context.ticket()});
    recordHandoffEnd(history, attempt, HandoffOutcome::fromWatch(outcome));

    switch (outcome.kind) {
    case LinkWatch::Outcome::Kind::Valid:
    case LinkWatch::Outcome::Kind::Failed:
        return output.printOutcome(UpdateOutcome::from(outcome.result), context.json());
    case LinkWatch::Outcome::Kind::Cancelled:
        output.err(QStringLiteral("\n"));
        return output.printLocalFailure(QStringLiteral("cancelled"),
                                        tr("Interrupted. %1").arg(outcome.message),
                                        exitcode::Interrupted, context.json());
    case LinkWatch::Outcome::Kind::Deadline:
        break;
    }
    const QString message = QStringLiteral("relink-cli: ") + outcome.message;
    if (context.json()) {
        QJsonObject o =
            localFailureJson(QStringLiteral("timeout"), message, exitcode::ServerOrNetwork);
        o.insert(QStringLiteral("link_status"),
                 outcome.lastStatus.isEmpty() ? QJsonValue() : QJsonValue(outcome.lastStatus));
        output.printJson(o);
    }
    output.err(message + QLatin1Char('\n'));
    return exitcode::ServerOrNetwork;
}

} // namespace relink
