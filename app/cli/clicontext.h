#pragma once

#include "clioutput.h"
#include "result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <cstdio>
#include <functional>

class QCommandLineParser;

namespace relink {

class BelvoClient;
class BelvoSimulator;
class HistoryService;
class Operation;
class UpdateFlow;

// One run of relink-cli as every command sees it: the parsed command line, where it writes and
// reads, and the set-up the commands share (the client and its keys, the demo simulator, the
// history, Ctrl+C), done here once so no command repeats it. Each command asks for what it
// needs in its own order: the order decides which refusal a user sees first. The context owns
// what it creates, until the run ends.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
public:
    CliContext(const QCommandLineParser &parser, const CliOutput &output, std::FILE *input);
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    const QCommandLineParser &parser() const { return m_parser; }
    const CliOutput &output() const { return m_output; }
    // Where `--fields -`, resume's token and the MFA prompt read: stdin, unless a test gives
    // another stream.
    std::FILE *input() const { return m_input; }
    bool json() const;

    // Bad usage or input (exit 2): on stderr, and as JSON on stdout with --json.
    int refuse(const QString &message) const;
    int usage(const QString &message) const; // refuse(), then a pointer to --help
    bool interruptRequested() const;
    // Ctrl+C came before anything was sent (exit 130).
    int interruptedBeforeSending() const;

    // --ticket and the configured history (HistoryLocation::configured()), its troubles later
    // shown as warnings; false (refused, exit 2) for a ticket or an address Relink does not take.
    bool setUpHistory();
    // The configured history, to read it: null, with why, for an address Relink does not take.
    HistoryService *openHistory(QString *problem);
    // requestTimeout: --timeout is the seconds to wait for an answer (not for `wait`, where it
    // is how long to wait for the link). False (refused, exit 2) when the place or keys are not
    // usable; nothing was sent then.
    bool setUpClient(bool requestTimeout = true);
    // What was recorded reaches the history (or its outbox) before the tool exits, and any
    // trouble with it is said.
    void finishHistory();
    // The pre-flight claimed `linkId` for this run's agent: the claim ends with the run (in
    // finishHistory()).
    void releaseClaimAtEnd(const QString &linkId) { m_claimedLink = linkId; }

    BelvoClient *client() const { return m_client; }
    HistoryService *history() const { return m_history; }
    QString environmentLabel() const { return m_environmentLabel; }
    QString ticket() const { return m_ticket; } // --ticket, to record with the attempt
    // The parent of what a command creates for this run.
    QObject *owner() { return &m_owner; }

    // Ctrl+C / SIGTERM: cancels what runs now (see cancelOnInterrupt()).
    void interrupt();
    template<typename T> void cancelOnInterrupt(T *running)
    {
        m_cancel = [running = QPointer<T>(running)] {
            if (running)
                running->cancel();
        };
    }

    // Runs the flow to its one outcome (a local event loop) and prints it.
    int runFlow(UpdateFlow *flow, const std::function<void()> &start);
    // The operation's one result (a local event loop).
    Result waitFor(Operation *operation);

private:
    void warnHistory(const QString &message) const;

    const QCommandLineParser &m_parser;
    const CliOutput &m_output;
    std::FILE *m_input;
    QObject m_owner; // the parent of all this run creates
    BelvoClient *m_client = nullptr;
    BelvoSimulator *m_simulator = nullptr;
    HistoryService *m_history = nullptr;
    QString m_ticket;
    QString m_environmentLabel;
    QString m_claimedLink;
    std::function<void()> m_cancel;
};

} // namespace relink
