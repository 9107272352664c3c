#pragma once

#include "belvoclient.h"

#include <QObject>
#include <QStringList>

#include <csignal>
#include <memory>

class QCommandLineParser;
class QNetworkAccessManager;

namespace relink {

class BelvoSimulator;

// relink-cli: the command-line face over the same core as the desktop app.
// Exit codes are a contract (README): 0 ok, 2 usage/input, 3 auth, 4 MFA, 5 not found,
// 6 other 4xx, 7 server/network/malformed, 130 interrupted.
namespace exitcode {
constexpr int Ok = 0;
constexpr int Usage = 2;
constexpr int Auth = 3;
constexpr int Mfa = 4;
constexpr int NotFound = 5;
constexpr int ClientError = 6;
constexpr int ServerOrNetwork = 7;
constexpr int Interrupted = 130;
} // namespace exitcode

int exitCodeFor(const Result &result);

// Set from the SIGINT/SIGTERM handler (async-signal-safe).
extern volatile std::sig_atomic_t g_interruptRequested;

class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(QObject *parent = nullptr);
    ~Cli() override;

    // Runs the command and returns the process exit code.
    int run(const QStringList &arguments);
    // Called from the signal handler's notifier: cancels the running operation.
    void interrupt();

private:
    int runUpdate(const QString &linkId);
    int runResume();
    int runGet(const QString &linkId);
    int runHistory();
    void beginAttempt(const QString &linkId, const QStringList &fieldNames);
    void record(const QString &method, const Result &result);
    Result wait(Operation *operation);
    int finishWith(const Result &result);
    int mfaLoop(const QString &linkId, Result result);
    bool setUpClient();

    std::unique_ptr<QCommandLineParser> m_parser;
    QNetworkAccessManager *m_nam = nullptr;
    BelvoClient *m_client = nullptr;
    BelvoSimulator *m_simulator = nullptr;
    Operation *m_running = nullptr;
    class HistoryStore *m_history = nullptr;
    qint64 m_attempt = 0;
    QString m_environmentLabel;
    bool m_interrupted = false;
};

} // namespace relink
