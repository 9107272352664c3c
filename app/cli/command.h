#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace relink {

class CliContext;

// One relink-cli command (KeePassXC's cli/Command is the model): its name, its one-line
// description, the options it reads, its own help, and execute(). The top level (Cli) parses
// the command line once with every command's options, so an option another command reads is
// still accepted, and ignored, as it always was; it then hands the run to the command named.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
public:
    virtual ~Command();

    virtual QString name() const = 0;
    // What follows [options] in its usage: "update LINK_ID".
    virtual QString synopsis() const;
    // One translated line, as --help lists the commands.
    virtual QString description() const = 0;
    virtual QList<QCommandLineOption> options() const = 0;
    // Its usage, description and options (only its own).
    QString helpText() const;

    // The positional arguments after its name are wrong (exit 2): why; empty when fine. By
    // default: exactly one LINK_ID.
    virtual QString argumentsProblem(const QStringList &arguments) const;
    // Runs it to the end and returns the process's exit code (clioutput.h).
    virtual int execute(CliContext &context, const QStringList &arguments) = 0;

protected:
    // Options more than one command reads, each described once for all of them.
    static QCommandLineOption linkOption();
    static QCommandLineOption ticketOption();
    static QCommandLineOption sinceOption();
    static QCommandLineOption csvOption();
    static QCommandLineOption jsonOption();
    static QCommandLineOption timeoutOption();
    static QCommandLineOption noInputOption();
    static QCommandLineOption forceOption();
    // Where to send and whom to trust: --env, --base-url, --ca-file, and --demo unless the
    // command refuses it.
    static QList<QCommandLineOption> placeOptions(bool withDemo = true);
};

} // namespace relink
