#include "cli.h"

#include "checkcommand.h"
#include "clicontext.h"
#include "clilogging_p.h"
#include "getcommand.h"
#include "handoffcommand.h"
#include "historycommand.h"
#include "linkscommand.h"
#include "resumecommand.h"
#include "updatecommand.h"
#include "waitcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace relink {

using namespace cli;

namespace {

// Where an option goes in --help: the order it has always had there (man pages and users'
// notes quote it), not the commands'; an option not named here goes last.
qsizetype helpRank(const QCommandLineOption &option)
{
    static const QStringList order =
        QStringLiteral(
            "fields certificate-file private-key-file no-input force link ticket agent since "
            "csv status institution limit session token-file locale until json env "
            "base-url timeout ca-file demo")
            .split(QLatin1Char(' '));
    const qsizetype rank = order.indexOf(option.names().constFirst());
    return rank < 0 ? order.size() : rank;
}

} // namespace

Cli::Cli(QObject *parent) : Cli(CliOutput(), stdin, parent) {}

Cli::Cli(CliOutput output, std::FILE *input, QObject *parent)
    : QObject(parent), m_output(std::move(output)), m_input(input)
{
    m_commands.push_back(std::make_unique<UpdateCommand>());
    m_commands.push_back(std::make_unique<ResumeCommand>());
    m_commands.push_back(std::make_unique<GetCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<HistoryCommand>());
    m_commands.push_back(std::make_unique<LinksCommand>());
    m_commands.push_back(std::make_unique<HandoffCommand>());
    m_commands.push_back(std::make_unique<WaitCommand>());
}

Cli::~Cli() = default;

QList<Command *> Cli::commands() const
{
    QList<Command *> list;
    for (const std::unique_ptr<Command> &c : m_commands)
        list << c.get();
    return list;
}

Command *Cli::command(const QString &name) const
{
    for (const std::unique_ptr<Command> &c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

void Cli::interrupt()
{
    if (m_context)
        m_context->interrupt();
}

QString Cli::description() const
{
    QString commands;
    for (const std::unique_ptr<Command> &c : m_commands)
        commands += QStringLiteral("  ") + c->synopsis().leftJustified(16) + QLatin1Char(' ') +
                    c->description() + QLatin1Char('\n');
    return tr("Update a Belvo link's credentials, through the bank's MFA challenge when there is "
              "one, or hand the link to the customer to fix in Belvo's hosted widget.") +
           QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n') + commands +
           QLatin1Char('\n') +
           tr("Keys come from BELVO_SECRET_ID and BELVO_SECRET_PASSWORD, else from the keychain "
              "entry the desktop app saves. Credentials come from --fields and MFA tokens from "
              "standard input or --token-file, never from arguments.\n"
              "Exit codes: 0 ok, 2 bad usage or input (nothing sent), 3 authentication or "
              "permission, 4 MFA token needed or session expired, 5 link not found, 6 other 4xx, "
              "7 server, network or malformed answer, or the link still not valid when wait's "
              "time ran out, 8 rate-limited (wait the Retry-After seconds), 9 the pre-flight "
              "found something to confirm (check; update and handoff without a terminal or with "
              "--no-input: nothing was sent), 130 interrupted.");
}

QList<QCommandLineOption> Cli::allOptions() const
{
    QList<QCommandLineOption> all;
    QStringList seen;
    for (const std::unique_ptr<Command> &c : m_commands) {
        for (const QCommandLineOption &option : c->options()) {
            if (!seen.contains(option.names().constFirst())) {
                seen << option.names().constFirst();
                all << option;
            }
        }
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const QCommandLineOption &a, const QCommandLineOption &b) {
                         return helpRank(a) < helpRank(b);
                     });
    return all;
}

int Cli::run(const QStringList &arguments)
{
    m_parser = std::make_unique<QCommandLineParser>();
    m_context = std::make_unique<CliContext>(*m_parser, m_output, m_input);
    const int code = dispatch(arguments);
    m_context->finishHistory();
    return code;
}

int Cli::dispatch(const QStringList &arguments)
{
    QCommandLineParser &p = *m_parser;
    p.setApplicationDescription(description());
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            tr("update, resume, get, history, links, handoff or wait"));
    // Every command's options, whichever command runs: one a command does not read is
    // accepted and ignored, as it always was.
    p.addOptions(allOptions());

    if (!p.parse(arguments))
        return m_context->usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        // relink-cli COMMAND --help: that command's usage and its own options only.
        const Command *named = command(p.positionalArguments().value(0));
        m_output.out(named ? named->helpText() : p.helpText());
        return exitcode::Ok;
    }
    if (p.isSet(QStringLiteral("version"))) {
        m_output.out(QStringLiteral("relink-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return exitcode::Ok;
    }
    const QStringList positional = p.positionalArguments();
    const QString name = positional.value(0);
    Command *command = this->command(name);
    if (!command) {
        return m_context->usage(name.isEmpty() ? tr("no command given.")
                                               : tr("unknown command \"%1\".").arg(name.left(40)));
    }
    const QStringList commandArguments = positional.mid(1);
    if (const QString problem = command->argumentsProblem(commandArguments); !problem.isEmpty())
        return m_context->usage(problem);
    qCDebug(lcCli).noquote() << "command" << name << "starts";
    const int code = command->execute(*m_context, commandArguments);
    qCDebug(lcCli).noquote() << "command" << name << "ended with exit code" << code;
    return code;
}

} // namespace relink
