#include "clicontext.h"

#include "agent.h"

#include "belvoclient.h"
#include "belvosimulator.h"
#include "cacertificates.h"
#include "environment.h"
#include "historyservice.h"
#include "keystore.h"
#include "launchrequest.h"
#include "terminal.h"
#include "updateflow.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace relink {

using namespace cli;

CliContext::CliContext(const QCommandLineParser &parser, const CliOutput &output, std::FILE *input)
    : m_parser(parser), m_output(output), m_input(input)
{
}

CliContext::~CliContext() = default;

bool CliContext::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

int CliContext::refuse(const QString &message) const
{
    return m_output.printLocalFailure(QStringLiteral("refused"),
                                      QStringLiteral("relink-cli: ") + message, exitcode::Usage,
                                      json());
}

int CliContext::usage(const QString &message) const
{
    refuse(message);
    m_output.err(tr("Try 'relink-cli --help'.\n"));
    return exitcode::Usage;
}

bool CliContext::interruptRequested() const
{
    return terminal::interruptRequested();
}

int CliContext::interruptedBeforeSending() const
{
    return m_output.printLocalFailure(QStringLiteral("cancelled"),
                                      tr("Interrupted. Nothing was sent."), exitcode::Interrupted,
                                      json());
}

void CliContext::interrupt()
{
    if (m_cancel)
        m_cancel();
}

void CliContext::warnHistory(const QString &message) const
{
    m_output.err(tr("warning: %1\n").arg(message));
}

HistoryService *CliContext::openHistory(QString *problem)
{
    auto *history = new HistoryService(&m_owner);
    if (!history->useConfigured(problem)) {
        delete history; // nothing recorded, nothing more to say
        return nullptr;
    }
    QObject::connect(history, &HistoryService::problem, &m_owner,
                     [this](const QString &message) { warnHistory(message); });
    m_history = history;
    return history;
}

bool CliContext::setUpHistory()
{
    // Who is recording: a name every colleague reads in their history and terminal.
    if (const QString agent = qEnvironmentVariable("RELINK_AGENT").trimmed(); !agent.isEmpty()) {
        if (const QString problem = agentNameProblem(agent); !problem.isEmpty()) {
            refuse(tr("RELINK_AGENT: %1 Nothing was sent.").arg(problem));
            return false;
        }
    }
    if (m_parser.isSet(QStringLiteral("ticket"))) {
        m_ticket = m_parser.value(QStringLiteral("ticket")).trimmed();
        if (const QString problem = ticketProblem(m_ticket); !problem.isEmpty()) {
            refuse(tr("%1 Nothing was sent.").arg(problem));
            return false;
        }
    }
    QString problem;
    if (!openHistory(&problem)) {
        refuse(tr("the history address (RELINK_HISTORY_URL, or the desktop app's Settings) is "
                  "not one Relink takes: %1 Nothing was sent.")
                   .arg(problem));
        return false;
    }
    return true;
}

void CliContext::finishHistory()
{
    if (m_history && !m_claimedLink.isEmpty())
        m_history->release(m_environmentLabel, m_claimedLink, currentAgent());
    if (m_history && !m_history->waitForWrites(15'000))
        warnHistory(tr("The history is still being written; the rest of this run's record is "
                       "lost. Run relink-cli history to see what was kept."));
}

bool CliContext::setUpClient(bool requestTimeout)
{
    const QCommandLineParser &p = m_parser;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ClientConfig config;
    if (requestTimeout && p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = p.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            refuse(tr("--timeout takes a number of seconds from 1 to 3600."));
            return false;
        }
        config.timeoutMs = seconds * 1000;
    }
    if (p.isSet(QStringLiteral("ca-file"))) {
        // The same reading and messages as the desktop app's Settings.
        const Parsed<QList<QSslCertificate>> ca =
            readCaCertificates(p.value(QStringLiteral("ca-file")));
        if (!ca) {
            refuse(ca.error);
            return false;
        }
        config.extraCaCertificates = *ca.value;
    }
    QString envName = p.value(QStringLiteral("env"));
    if (p.isSet(QStringLiteral("demo"))) {
        m_simulator = new BelvoSimulator(&m_owner);
        if (!m_simulator->listen()) {
            refuse(tr("the demo simulator could not start."));
            return false;
        }
        config.baseUrl = m_simulator->baseUrl();
        config.secretId = BelvoSimulator::kDemoSecretId;
        config.secretPassword = BelvoSimulator::kDemoSecretPassword;
        m_output.err(tr("Demo mode: talking to the built-in Belvo simulator, not to Belvo.\n"));
        m_environmentLabel = QStringLiteral("demo");
    } else {
        QString customUrl = p.value(QStringLiteral("base-url"));
        if (!customUrl.isEmpty() && !envName.isEmpty()) {
            // NAME's keys must never travel to another URL: one or the other.
            refuse(tr("--env and --base-url name two different places; give only one. Nothing "
                      "was sent."));
            return false;
        }
        if (customUrl.isEmpty() && envName.isEmpty())
            customUrl = env.value(QStringLiteral("BELVO_BASE_URL"));
        const Parsed<QUrl> url = resolveBaseUrl(envName, customUrl);
        if (!url) {
            refuse(url.error);
            return false;
        }
        config.baseUrl = *url.value;
        if (envName.isEmpty() && customUrl.isEmpty())
            envName = QStringLiteral("sandbox");
        // A custom URL gets its own keychain entry (its whole base URL), never an environment's.
        const QString entry =
            keychainKeyFor(customUrl.isEmpty() ? envName : QString(), config.baseUrl);
        m_environmentLabel = relink::environmentLabel(envName, config.baseUrl);
        config.secretId = env.value(QStringLiteral("BELVO_SECRET_ID"));
        config.secretPassword = env.value(QStringLiteral("BELVO_SECRET_PASSWORD"));
        if (config.secretId.isEmpty() || config.secretPassword.isEmpty()) {
            const KeychainOutcome stored = keystore::readBlocking(entry);
            if (stored.status != KeychainOutcome::Status::Ok) {
                refuse(tr("no secret keys for %1. Set BELVO_SECRET_ID and "
                          "BELVO_SECRET_PASSWORD, or save the keys in the desktop app's Settings. "
                          "(%2)")
                           .arg(config.baseUrl.host(), stored.message));
                return false;
            }
            config.secretId = stored.keys.secretId;
            config.secretPassword = stored.keys.secretPassword;
        }
    }
    m_client = new BelvoClient(new QNetworkAccessManager(&m_owner), config, &m_owner);
    return true;
}

int CliContext::runFlow(UpdateFlow *flow, const std::function<void()> &start)
{
    cancelOnInterrupt(flow);
    UpdateOutcome outcome;
    bool done = false;
    QEventLoop loop;
    QObject::connect(flow, &UpdateFlow::finished, &loop, [&](const UpdateOutcome &o) {
        outcome = o;
        done = true;
        loop.quit();
    });
    if (interruptRequested()) { // before anything was sent: nothing to cancel
        delete flow;
        return interruptedBeforeSending();
    }
    start();
    if (!done)
        loop.exec();
    return m_output.printOutcome(outcome, json());
}

Result CliContext::waitFor(Operation *operation)
{
    cancelOnInterrupt(operation);
    Result result;
    QEventLoop loop;
    QObject::connect(operation, &Operation::finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    if (!operation->isFinished())
        loop.exec();
    return result;
}

} // namespace relink
