#include "getcommand.h"

#include "belvoclient.h"
#include "clicontext.h"
#include "clioutput.h"
#include "updateflow.h"

namespace relink {

using namespace cli;

QString GetCommand::description() const
{
    return tr("show a link");
}

QList<QCommandLineOption> GetCommand::options() const
{
    return QList<QCommandLineOption>{jsonOption(), timeoutOption()} + placeOptions();
}

int GetCommand::execute(CliContext &context, const QStringList &arguments)
{
    if (!context.setUpClient())
        return exitcode::Usage;
    if (context.interruptRequested())
        return context.interruptedBeforeSending();
    const Result result = context.waitFor(context.client()->getLink(arguments.at(0).trimmed()));
    return context.output().printOutcome(UpdateOutcome::from(result), context.json());
}

} // namespace relink
