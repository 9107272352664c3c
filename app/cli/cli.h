#pragma once

#include "clioutput.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <vector>

class QCommandLineOption;
class QCommandLineParser;

namespace relink {

class CliContext;
class Command;

// relink-cli: the command-line face over the same core as the desktop app. It parses the
// command line once, with every command's options, answers --help and --version, and hands
// the run to the command named (one class each: updatecommand.h…), with the set-up they share
// (CliContext). The exit codes (clioutput.h) are a contract with users' scripts.
class Cli : public QObject
{
    Q_OBJECT
public:
    // Writes to stdout and stderr, reads stdin.
    explicit Cli(QObject *parent = nullptr);
    // Writes through `output` and reads `input` instead: a test running commands in process.
    Cli(CliOutput output, std::FILE *input, QObject *parent = nullptr);
    ~Cli() override;

    // Runs the command and returns the process exit code. `arguments` as
    // QCoreApplication::arguments(): the program first. Once per Cli.
    int run(const QStringList &arguments);
    // Ctrl+C / SIGTERM: cancels the running operation.
    void interrupt();

    // The commands, in the order --help lists them.
    QList<Command *> commands() const;
    Command *command(const QString &name) const; // null for none of that name

private:
    int dispatch(const QStringList &arguments);
    // What --help says before the options: the tool, its commands, keys and exit codes.
    QString description() const;
    // Every command's options, each once, in the order --help has always listed them.
    QList<QCommandLineOption> allOptions() const;

    CliOutput m_output;
    std::FILE *m_input;
    std::vector<std::unique_ptr<Command>> m_commands;
    std::unique_ptr<QCommandLineParser> m_parser;
    std::unique_ptr<CliContext> m_context;
};

} // namespace relink
