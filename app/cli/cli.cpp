#include "cli.h"

#include "belvosimulator.h"
#include "cacertificates.h"
#include "clioutput.h"
#include "environment.h"
#include "historyservice.h"
#include "keystore.h"
#include "launchrequest.h"
#include "linklisting.h"
#include "linkwatch.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace relink {

using namespace cli;

Cli::Cli(QObject *parent) : QObject(parent) {}

Cli::~Cli()
{
    if (m_ownsTokenInput)
        terminal::closeTerminal(m_tokenInput);
}

void Cli::interrupt()
{
    m_interrupted = true;
    if (m_flow)
        m_flow->cancel();
    if (m_running)
        m_running->cancel();
    if (m_watch)
        m_watch->cancel();
    if (m_listing)
        m_listing->cancel();
}

bool Cli::json() const
{
    return m_parser && m_parser->isSet(QStringLiteral("json"));
}

int Cli::refuse(const QString &message) const
{
    return printLocalFailure(QStringLiteral("refused"), QStringLiteral("relink-cli: ") + message,
                             exitcode::Usage, json());
}

int Cli::usage(const QString &message) const
{
    refuse(message);
    err(tr("Try 'relink-cli --help'.\n"));
    return exitcode::Usage;
}

int Cli::run(const QStringList &arguments)
{
    const int code = dispatch(arguments);
    // What was recorded reaches the history (or its outbox) before the tool exits, and any
    // trouble with it is said.
    if (m_history && !m_history->waitForWrites(15'000))
        warnHistory(tr("The history is still being written; the rest of this run's record is "
                       "lost. Run relink-cli history to see what was kept."));
    return code;
}

int Cli::dispatch(const QStringList &arguments)
{
    m_parser = std::make_unique<QCommandLineParser>();
    QCommandLineParser &p = *m_parser;
    p.setApplicationDescription(tr(
        "Update a Belvo link's credentials, through the bank's MFA challenge when there is one, "
        "or hand the link to the customer to fix in Belvo's hosted widget.\n"
        "\n"
        "Commands:\n"
        "  update LINK_ID   send new credentials (PUT /api/links/LINK_ID/)\n"
        "  resume           finish an MFA session (PATCH /api/links/)\n"
        "  get LINK_ID      show a link\n"
        "  history          show what was done to which link (--link, --since, --json, --csv)\n"
        "  links            list links needing attention (--status, --institution, --since, "
        "--limit, --json, --csv)\n"
        "  handoff LINK_ID  print a link for the customer to fix LINK_ID in Belvo's hosted "
        "widget\n"
        "  wait LINK_ID     wait until LINK_ID is valid again (--until valid, --timeout SECONDS)\n"
        "\n"
        "Keys come from BELVO_SECRET_ID and BELVO_SECRET_PASSWORD, else from the keychain entry "
        "the desktop app saves. Credentials come from --fields and MFA tokens from standard "
        "input or --token-file, never from arguments.\n"
        "Exit codes: 0 ok, 2 bad usage or input (nothing sent), 3 authentication or permission, "
        "4 MFA token needed or session expired, 5 link not found, 6 other 4xx, 7 server, "
        "network or malformed answer, or the link still not valid when wait's time ran out, "
        "8 rate-limited (wait the Retry-After seconds), 130 interrupted."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            tr("update, resume, get, history, links, handoff or wait"));
    p.addOptions({
        {QStringLiteral("fields"),
         tr("update: a JSON object with the credential fields (password, password2, token, "
            "encryption_key, username_type, certificate, private_key), from FILE or - for "
            "standard input."),
         QStringLiteral("FILE")},
        {QStringLiteral("certificate-file"), tr("update: a certificate file to send."),
         QStringLiteral("PATH")},
        {QStringLiteral("private-key-file"), tr("update: the certificate's private-key file."),
         QStringLiteral("PATH")},
        {QStringLiteral("no-input"),
         tr("update: on an MFA challenge, print it as JSON and exit 4 instead of asking.")},
        {QStringLiteral("link"), tr("resume, history: the link id."), QStringLiteral("LINK_ID")},
        {QStringLiteral("ticket"),
         tr("update, resume, handoff: the support ticket this is done for (recorded in the "
            "history); history: only that ticket's attempts."),
         QStringLiteral("REF")},
        {QStringLiteral("agent"), tr("history: only this agent's attempts."),
         QStringLiteral("NAME")},
        {QStringLiteral("since"),
         tr("history, links: only attempts, or links created, on or after this date "
            "(YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("csv"), tr("history, links: print CSV.")},
        {QStringLiteral("status"),
         tr("links: the statuses to list, separated by commas (valid, invalid, unconfirmed, "
            "token_required), or all; default invalid,token_required."),
         QStringLiteral("STATUS")},
        {QStringLiteral("institution"), tr("links: only this institution's links."),
         QStringLiteral("NAME")},
        {QStringLiteral("limit"), tr("links: list at most N links."), QStringLiteral("N")},
        {QStringLiteral("session"), tr("resume: the MFA session from the challenge."),
         QStringLiteral("SESSION")},
        {QStringLiteral("token-file"),
         tr("resume: read the MFA token from the first line of this file (else from standard "
            "input; an empty line when the bank expects no input)."),
         QStringLiteral("PATH")},
        {QStringLiteral("locale"),
         tr("handoff: the widget's language for the customer: en, es or pt (default es)."),
         QStringLiteral("LOCALE")},
        {QStringLiteral("until"), tr("wait: the status to wait for (only valid)."),
         QStringLiteral("STATUS")},
        {QStringLiteral("json"),
         tr("Print the resulting link as JSON; failures too, as JSON on standard output.")},
        {QStringLiteral("env"), tr("sandbox, development or production (default sandbox)."),
         QStringLiteral("NAME")},
        {QStringLiteral("base-url"),
         tr("A custom base URL (also BELVO_BASE_URL); https, or http to this computer only."),
         QStringLiteral("URL")},
        {QStringLiteral("timeout"),
         tr("Seconds to wait for an answer (default 120); for wait, seconds to wait for the link "
            "to be valid (default 600)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("ca-file"),
         tr("Also trust the CA certificate(s) in this PEM file (e.g. a company TLS proxy)."),
         QStringLiteral("PATH")},
        {QStringLiteral("demo"), tr("Run against the built-in Belvo simulator.")},
    });

    if (!p.parse(arguments))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        return exitcode::Ok;
    }
    if (p.isSet(QStringLiteral("version"))) {
        out(QStringLiteral("relink-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return exitcode::Ok;
    }
    const QStringList positional = p.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1StringView("update") || command == QLatin1StringView("get")) {
        if (positional.size() != 2)
            return usage(tr("%1 takes exactly one LINK_ID.").arg(command));
    } else if (command == QLatin1StringView("resume")) {
        if (positional.size() != 1)
            return usage(tr("resume takes no positional arguments; use --link and --session."));
    } else if (command == QLatin1StringView("history")) {
        if (positional.size() != 1)
            return usage(tr("history takes no positional arguments; use --link and --since."));
        return runHistory();
    } else if (command == QLatin1StringView("links")) {
        if (positional.size() != 1)
            return usage(tr("links takes no positional arguments; use --status, --institution, "
                            "--since and --limit."));
        return runLinks();
    } else if (command == QLatin1StringView("handoff") || command == QLatin1StringView("wait")) {
        if (positional.size() != 2)
            return usage(tr("%1 takes exactly one LINK_ID.").arg(command));
        return command == QLatin1StringView("handoff") ? runHandoff(positional.at(1).trimmed())
                                                       : runWait(positional.at(1).trimmed());
    } else if (command.isEmpty()) {
        return usage(tr("no command given."));
    } else {
        return usage(tr("unknown command \"%1\".").arg(command.left(40)));
    }
    if (command != QLatin1StringView("get") && !setUpHistory())
        return exitcode::Usage;
    if (!setUpClient())
        return exitcode::Usage;
    if (command == QLatin1StringView("update"))
        return runUpdate(positional.at(1).trimmed());
    if (command == QLatin1StringView("get"))
        return runGet(positional.at(1).trimmed());
    return runResume();
}

bool Cli::setUpHistory()
{
    if (m_parser->isSet(QStringLiteral("ticket"))) {
        m_ticket = m_parser->value(QStringLiteral("ticket")).trimmed();
        if (const QString problem = ticketProblem(m_ticket); !problem.isEmpty()) {
            refuse(tr("%1 Nothing was sent.").arg(problem));
            return false;
        }
    }
    m_history = new HistoryService(this);
    QString problem;
    if (!m_history->useConfigured(&problem)) {
        delete std::exchange(m_history, nullptr); // nothing recorded, nothing more to say
        refuse(tr("the history address (RELINK_HISTORY_URL, or the desktop app's Settings) is "
                  "not one Relink takes: %1 Nothing was sent.")
                   .arg(problem));
        return false;
    }
    connect(m_history, &HistoryService::problem, this, &Cli::warnHistory);
    return true;
}

bool Cli::setUpClient(bool requestTimeout)
{
    const QCommandLineParser &p = *m_parser;
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
        m_simulator = new BelvoSimulator(this);
        if (!m_simulator->listen()) {
            refuse(tr("the demo simulator could not start."));
            return false;
        }
        config.baseUrl = m_simulator->baseUrl();
        config.secretId = BelvoSimulator::kDemoSecretId;
        config.secretPassword = BelvoSimulator::kDemoSecretPassword;
        err(tr("Demo mode: talking to the built-in Belvo simulator, not to Belvo.\n"));
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
        // A custom URL gets its own keychain entry ("custom:host:port"), never an environment's.
        const QString entry =
            keychainKeyFor(customUrl.isEmpty() ? envName : QString(), config.baseUrl);
        m_environmentLabel = environmentLabel(envName, config.baseUrl);
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
    m_nam = new QNetworkAccessManager(this);
    m_client = new BelvoClient(m_nam, config, this);
    return true;
}

} // namespace relink
