#pragma once

#include "belvoclient.h"
#include "updateflow.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <memory>

class QCommandLineParser;
class QNetworkAccessManager;

namespace relink {

class BelvoSimulator;
class HistoryService;
class LinkWatch;
class LinkListing;

// relink-cli: the command-line face over the same core as the desktop app. It parses the
// command, sets up the client, and presents what the core's UpdateFlow decides; the exit codes
// (clioutput.h) are a contract with users' scripts.
class Cli : public QObject, private TokenSource
{
    Q_OBJECT
public:
    explicit Cli(QObject *parent = nullptr);
    ~Cli() override;

    // Runs the command and returns the process exit code.
    int run(const QStringList &arguments);
    // Ctrl+C / SIGTERM: cancels the running operation.
    void interrupt();

private:
    int runUpdate(const QString &linkId);
    int runResume();
    int runGet(const QString &linkId);
    int runHistory();
    int runLinks(); // clilinks.cpp
    int runHandoff(const QString &linkId);
    int runWait(const QString &linkId);
    // requestTimeout: --timeout is the seconds to wait for an answer (not for `wait`, where it is
    // how long to wait for the link).
    bool setUpClient(bool requestTimeout = true);
    // A hand-off's checks that need no keys (exit 2, nothing sent); empty when fine.
    QString handoffUsageProblem(const QString &command, const QString &linkId) const;
    void warnHistory(const QString &message) const;
    // The configured history (HistoryLocation::configured()), its troubles shown as warnings;
    // false (refused, exit 2) for an address Relink does not take. --ticket too.
    bool setUpHistory();
    int dispatch(const QStringList &arguments);
    // Bad usage or input (exit 2): on stderr, and as JSON on stdout with --json.
    int refuse(const QString &message) const;
    int usage(const QString &message) const; // refuse(), then a pointer to --help
    bool json() const;
    // Runs the flow to its one outcome (a local event loop) and prints it.
    int runFlow(UpdateFlow *flow, const std::function<void()> &start);
    void tokenNeeded(const MfaChallenge &challenge, const QString &notice) override;
    void readToken();

    std::unique_ptr<QCommandLineParser> m_parser;
    QNetworkAccessManager *m_nam = nullptr;
    BelvoClient *m_client = nullptr;
    BelvoSimulator *m_simulator = nullptr;
    HistoryService *m_history = nullptr;
    QString m_ticket; // --ticket: recorded with the attempt
    QPointer<UpdateFlow> m_flow;
    QPointer<Operation> m_running;
    QPointer<LinkWatch> m_watch;
    QPointer<LinkListing> m_listing;
    QString m_environmentLabel;
    std::FILE *m_tokenInput = nullptr; // where the MFA prompt reads; null: no prompt possible
    bool m_ownsTokenInput = false;     // the terminal, opened for this run
    MfaChallenge m_challenge;          // the one being asked for
    bool m_interrupted = false;
};

} // namespace relink
