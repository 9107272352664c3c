#include "handoffcommand.h"

#include "belvoclient.h"
#include "clicontext.h"
#include "clioutput.h"
#include "handoffflow.h"
#include "linkid.h"
#include "preflightgate.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

namespace relink {

using namespace cli;

QString HandoffCommand::description() const
{
    return tr("print a link for the customer to fix LINK_ID in Belvo's hosted widget");
}

QList<QCommandLineOption> HandoffCommand::options() const
{
    QList<QCommandLineOption> options{
        {QStringLiteral("locale"),
         tr("handoff: the widget's language for the customer: en, es or pt (default es)."),
         QStringLiteral("LOCALE")},
        ticketOption(),
        noInputOption(),
        forceOption(),
        jsonOption(),
        timeoutOption(),
    };
    return options + placeOptions(false); // --demo's simulator would end with this run
}

QString HandoffCommand::usageProblem(const QCommandLineParser &parser, const QString &command,
                                     const QString &linkId)
{
    if (!isValidLinkId(linkId))
        return tr("\"%1\" is not a link id (a UUID such as "
                  "3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c). Nothing was sent.")
            .arg(linkId.left(80));
    if (parser.isSet(QStringLiteral("demo")))
        return tr("%1 needs a simulator that keeps running, and --demo starts one for this run "
                  "only. Start relink-simulator and give its address with --base-url. Nothing "
                  "was sent.")
            .arg(command);
    return {};
}

QString HandoffCommand::clockTime(const QDateTime &at)
{
    return QLocale().toString(at.time(), QStringLiteral("HH:mm:ss"));
}

int HandoffCommand::execute(CliContext &context, const QStringList &arguments)
{
    const QCommandLineParser &p = context.parser();
    const QString linkId = arguments.at(0).trimmed();
    if (const QString problem = usageProblem(p, name(), linkId); !problem.isEmpty())
        return context.refuse(problem);
    const QString locale = p.isSet(QStringLiteral("locale"))
                               ? p.value(QStringLiteral("locale")).trimmed().toLower()
                               : QStringLiteral("es");
    if (!widgetLocales().contains(locale))
        return context.refuse(tr("--locale takes en, es or pt. Nothing was sent."));
    if (!context.setUpHistory() || !context.setUpClient())
        return exitcode::Usage;
    const QString id = linkId.toLower();
    // HandoffFlow would refuse it too, but as its outcome; relink-cli has always said it as bad
    // usage (exit 2, "relink-cli: …"), before anything is recorded.
    if (const QString problem = context.client()->handoffProblem(id); !problem.isEmpty())
        return context.refuse(problem);
    if (context.interruptRequested())
        return context.interruptedBeforeSending();
    std::FILE *answers = p.isSet(QStringLiteral("no-input")) ? nullptr : context.input();
    QStringList confirmed;
    std::optional<Link> checked;
    if (const std::optional<int> stop = PreflightGate::pass(
            context, id, PreflightGate::Action::Handoff, answers, &confirmed, &checked))
        return *stop;

    auto *flow = new HandoffFlow(
        context.client(),
        {context.environmentLabel(), context.history(), context.ticket(), QString(), confirmed},
        context.owner());
    context.cancelOnInterrupt(flow);
    QUrl url;
    int seconds = 0;
    HandoffOutcome outcome;
    bool done = false;
    QEventLoop loop;
    QObject::connect(flow, &HandoffFlow::tokenReady, &loop, [&](const QUrl &u, int expiresIn) {
        url = u;
        seconds = expiresIn;
        done = true;
        loop.quit();
    });
    QObject::connect(flow, &HandoffFlow::finished, &loop, [&](const HandoffOutcome &o) {
        outcome = o;
        done = true;
        loop.quit();
    });
    flow->start(id, locale, checked);
    if (!done)
        loop.exec();
    if (outcome.kind == HandoffOutcome::Kind::AlreadyValid) {
        // Nothing minted, nothing recorded: the customer has nothing to do. Not a failure (the
        // link works), so exit 0 — but no URL on stdout for a script to send on.
        if (context.json())
            context.output().printJson({{QStringLiteral("link"), id},
                                        {QStringLiteral("link_status"), outcome.lastStatus},
                                        {QStringLiteral("url"), QJsonValue()}});
        context.output().err(outcome.message + QLatin1Char('\n'));
        return exitcode::Ok;
    }
    if (url.isEmpty()) // no token: Belvo's answer, a network failure, Ctrl+C
        return context.output().printOutcome(UpdateOutcome::from(outcome.result), context.json());
    // The customer has the link now. Not cancel(), which would record the hand-off as
    // cancelled: `relink-cli wait` watches the link and records how it ended.
    delete flow;

    const CliOutput &output = context.output();
    const QString text = QString::fromLatin1(url.toEncoded());
    if (context.json())
        output.printJson({{QStringLiteral("url"), text},
                          {QStringLiteral("expires_in"), seconds},
                          {QStringLiteral("link"), id}});
    else
        output.out(text + QLatin1Char('\n'));
    const QString until = clockTime(QDateTime::currentDateTime().addSecs(seconds));
    output.err(
        (seconds % 60 == 0 ? tr("The link is valid for %n minute(s), until %1, and works once.",
                                nullptr, seconds / 60)
                           : tr("The link is valid for %n second(s), until %1, and works once.",
                                nullptr, seconds))
            .arg(until) +
        QLatin1Char(' ') +
        tr("Send it to the customer, then wait for the link with: relink-cli wait %1\n").arg(id));
    return exitcode::Ok;
}

} // namespace relink
