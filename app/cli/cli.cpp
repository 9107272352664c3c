#include "cli.h"

#include "belvosimulator.h"
#include "environment.h"
#include "history.h"
#include "keystore.h"
#include "linkid.h"
#include "logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

namespace relink {

volatile std::sig_atomic_t g_interruptRequested = 0;

namespace {

void out(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

QJsonObject challengeJson(const MfaChallenge &c)
{
    QJsonObject o{{QStringLiteral("session"), c.session},
                  {QStringLiteral("link"), c.link},
                  {QStringLiteral("instructions"), c.instructions},
                  {QStringLiteral("type"), c.typeName},
                  {QStringLiteral("value"), c.value},
                  {QStringLiteral("expects_user_input"), c.expectsUserInput},
                  {QStringLiteral("request_id"), c.requestId}};
    o.insert(QStringLiteral("expiry"),
             c.expirySeconds >= 0 ? QJsonValue(c.expirySeconds) : QJsonValue());
    return o;
}

QString localTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return QStringLiteral("-");
    return QLocale().toString(dt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

} // namespace

int exitCodeFor(const Result &r)
{
    switch (r.kind) {
    case Result::Kind::Link:
    case Result::Kind::Institution:
    case Result::Kind::Connected:
        return exitcode::Ok;
    case Result::Kind::Mfa:
        return exitcode::Mfa;
    case Result::Kind::ApiErrors:
        if (r.httpStatus == 401 || r.httpStatus == 403)
            return exitcode::Auth;
        if (r.httpStatus == 404)
            return exitcode::NotFound;
        for (const ApiError &e : r.errors) {
            if (e.code == QLatin1StringView("session_expired"))
                return exitcode::Mfa;
        }
        if (r.httpStatus >= 400 && r.httpStatus < 500)
            return exitcode::ClientError;
        return exitcode::ServerOrNetwork;
    case Result::Kind::Failure:
        if (r.failure == Failure::Refused)
            return exitcode::Usage;
        if (r.failure == Failure::Cancelled)
            return exitcode::Interrupted;
        return exitcode::ServerOrNetwork;
    }
    return exitcode::ServerOrNetwork;
}

Cli::Cli(QObject *parent) : QObject(parent) {}

Cli::~Cli() = default;

void Cli::interrupt()
{
    m_interrupted = true;
    if (m_running)
        m_running->cancel();
}

int Cli::run(const QStringList &arguments)
{
    m_parser = std::make_unique<QCommandLineParser>();
    QCommandLineParser &p = *m_parser;
    p.setApplicationDescription(tr(
        "Update a Belvo link's credentials, through the bank's MFA challenge when there is one.\n"
        "\n"
        "Commands:\n"
        "  update LINK_ID   send new credentials (PUT /api/links/LINK_ID/)\n"
        "  resume           finish an MFA session (PATCH /api/links/)\n"
        "  get LINK_ID      show a link\n"
        "  history          show what was done to which link (--link, --since, --json, --csv)\n"
        "\n"
        "Keys come from BELVO_SECRET_ID and BELVO_SECRET_PASSWORD, else from the keychain entry "
        "the desktop app saves. Credentials come from --fields, never from arguments.\n"
        "Exit codes: 0 ok, 2 bad usage or input (nothing sent), 3 authentication or permission, "
        "4 MFA token needed or session expired, 5 link not found, 6 other 4xx, 7 server, "
        "network or malformed answer, 130 interrupted."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"), tr("update, resume, get or history"));
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
        {QStringLiteral("since"), tr("history: only attempts on or after this date (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("csv"), tr("history: print CSV.")},
        {QStringLiteral("session"), tr("resume: the MFA session from the challenge."),
         QStringLiteral("SESSION")},
        {QStringLiteral("token"),
         tr("resume: the MFA token (leave out when the bank expects "
            "no input)."),
         QStringLiteral("TOKEN")},
        {QStringLiteral("json"), tr("Print the resulting link as JSON.")},
        {QStringLiteral("env"), tr("sandbox, development or production (default sandbox)."),
         QStringLiteral("NAME")},
        {QStringLiteral("base-url"),
         tr("A custom base URL (also BELVO_BASE_URL); https, or http to this computer only."),
         QStringLiteral("URL")},
        {QStringLiteral("timeout"), tr("Seconds to wait for an answer (default 120)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("ca-file"),
         tr("Also trust the CA certificate(s) in this PEM file (e.g. a company TLS proxy)."),
         QStringLiteral("PATH")},
        {QStringLiteral("demo"), tr("Run against the built-in Belvo simulator.")},
    });

    if (!p.parse(arguments)) {
        err(tr("relink-cli: %1\nTry 'relink-cli --help'.\n").arg(p.errorText()));
        return exitcode::Usage;
    }
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
    auto usage = [](const QString &message) {
        err(QStringLiteral("relink-cli: %1\n").arg(message) + tr("Try 'relink-cli --help'.\n"));
        return exitcode::Usage;
    };
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
    } else if (command.isEmpty()) {
        return usage(tr("no command given."));
    } else {
        return usage(tr("unknown command \"%1\".").arg(command.left(40)));
    }
    if (!setUpClient())
        return exitcode::Usage;
    m_history = new HistoryStore(this);
    if (command == QLatin1StringView("update"))
        return runUpdate(positional.at(1).trimmed());
    if (command == QLatin1StringView("get"))
        return runGet(positional.at(1).trimmed());
    return runResume();
}

bool Cli::setUpClient()
{
    const QCommandLineParser &p = *m_parser;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ClientConfig config;
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = p.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            err(tr("relink-cli: --timeout takes a number of seconds from 1 to 3600.\n"));
            return false;
        }
        config.timeoutMs = seconds * 1000;
    }
    if (p.isSet(QStringLiteral("ca-file"))) {
        config.extraCaCertificates =
            QSslCertificate::fromPath(p.value(QStringLiteral("ca-file")), QSsl::Pem);
        if (config.extraCaCertificates.isEmpty()) {
            err(tr("relink-cli: no PEM certificate could be read from %1.\n")
                    .arg(p.value(QStringLiteral("ca-file"))));
            return false;
        }
    }
    QString envName = p.value(QStringLiteral("env"));
    if (p.isSet(QStringLiteral("demo"))) {
        m_simulator = new BelvoSimulator(this);
        if (!m_simulator->listen()) {
            err(tr("relink-cli: the demo simulator could not start.\n"));
            return false;
        }
        config.baseUrl = m_simulator->baseUrl();
        config.secretId = BelvoSimulator::kDemoSecretId;
        config.secretPassword = BelvoSimulator::kDemoSecretPassword;
        err(tr("Demo mode: talking to the built-in Belvo simulator, not to Belvo.\n"));
        m_environmentLabel = QStringLiteral("demo");
    } else {
        QString customUrl = p.value(QStringLiteral("base-url"));
        if (customUrl.isEmpty() && envName.isEmpty())
            customUrl = env.value(QStringLiteral("BELVO_BASE_URL"));
        const Parsed<QUrl> url = resolveBaseUrl(envName, customUrl);
        if (!url) {
            err(QStringLiteral("relink-cli: %1\n").arg(url.error));
            return false;
        }
        config.baseUrl = *url.value;
        m_environmentLabel = customUrl.isEmpty()
                                 ? (envName.isEmpty() ? QStringLiteral("sandbox") : envName)
                                 : QStringLiteral("custom:") + config.baseUrl.host();
        config.secretId = env.value(QStringLiteral("BELVO_SECRET_ID"));
        config.secretPassword = env.value(QStringLiteral("BELVO_SECRET_PASSWORD"));
        if (config.secretId.isEmpty() || config.secretPassword.isEmpty()) {
            const KeychainOutcome stored = keystore::readBlocking(keychainKeyFor(
                envName.isEmpty() && customUrl.isEmpty() ? QStringLiteral("sandbox") : envName,
                config.baseUrl));
            if (stored.status != KeychainOutcome::Status::Ok) {
                err(tr("relink-cli: no secret keys for %1. Set BELVO_SECRET_ID and "
                       "BELVO_SECRET_PASSWORD, or save the keys in the desktop app's Settings. "
                       "(%2)\n")
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

Result Cli::wait(Operation *operation)
{
    Result result;
    QEventLoop loop;
    m_running = operation;
    connect(operation, &Operation::finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    if (g_interruptRequested)
        operation->cancel();
    if (!operation->isFinished())
        loop.exec();
    m_running = nullptr;
    return result;
}

int Cli::finishWith(const Result &r)
{
    const bool json = m_parser->isSet(QStringLiteral("json"));
    switch (r.kind) {
    case Result::Kind::Link: {
        const Link &l = r.link;
        if (json) {
            out(QString::fromUtf8(QJsonDocument(l.raw).toJson(QJsonDocument::Indented)));
        } else {
            out(tr("Link %1\n").arg(l.id));
            out(tr("  Status:        %1 (%2)\n")
                    .arg(orDash(l.status), explainLinkStatus(l.status)));
            out(tr("  Institution:   %1\n").arg(orDash(l.institution)));
            out(tr("  Access mode:   %1\n").arg(orDash(l.accessMode)));
            out(tr("  Refresh rate:  %1\n").arg(orDash(l.refreshRate)));
            out(tr("  Last accessed: %1\n").arg(localTime(l.lastAccessedAt)));
            out(tr("  Created by:    %1\n").arg(orDash(l.createdBy)));
            if (!l.externalId.isEmpty())
                out(tr("  External id:   %1\n").arg(l.externalId));
        }
        return exitcode::Ok;
    }
    case Result::Kind::Connected:
        out(r.message + QLatin1Char('\n'));
        return exitcode::Ok;
    case Result::Kind::Institution:
        out(QString::fromUtf8(QJsonDocument(r.institution.raw).toJson()));
        return exitcode::Ok;
    case Result::Kind::Mfa:
        out(QString::fromUtf8(QJsonDocument(challengeJson(r.mfa)).toJson(QJsonDocument::Indented)));
        err(tr("MFA token needed: %1\nFinish with: relink-cli resume --link %2 --session %3 "
               "--token TOKEN\n")
                .arg(r.mfa.instructions, r.mfa.link, r.mfa.session));
        return exitcode::Mfa;
    case Result::Kind::ApiErrors:
        for (const ApiError &e : r.errors) {
            QString line = QStringLiteral("error: ");
            if (!e.code.isEmpty())
                line += e.code + QStringLiteral(": ");
            line += e.message;
            if (!e.field.isEmpty())
                line += tr(" [field %1]").arg(e.field);
            line += QStringLiteral(" — ") + explainApiError(e, r.httpStatus);
            if (!e.requestId.isEmpty())
                line += tr(" (request_id %1)").arg(e.requestId);
            err(line + QLatin1Char('\n'));
        }
        if (r.retryAfterSeconds >= 0)
            err(tr("Belvo asks to wait %n second(s) before retrying.\n", nullptr,
                   r.retryAfterSeconds));
        return exitCodeFor(r);
    case Result::Kind::Failure:
        err(QStringLiteral("error: %1\n").arg(r.message));
        return exitCodeFor(r);
    }
    return exitCodeFor(r);
}

void Cli::beginAttempt(const QString &linkId, const QStringList &fieldNames)
{
    // Opened on first use, so get never opens it and resume only once its answer is in.
    if (!m_history->isOpen() && m_history->path().isEmpty() && !m_history->open())
        err(tr("warning: %1\n").arg(m_history->lastError()));
    m_attempt = m_history->begin(m_environmentLabel, linkId.toLower(), {}, fieldNames);
}

void Cli::record(const QString &method, const Result &result)
{
    if (m_attempt > 0 && !m_history->step(m_attempt, method, result))
        err(tr("warning: %1\n").arg(m_history->lastError()));
}

int Cli::runHistory()
{
    const QCommandLineParser &p = *m_parser;
    HistoryFilter filter;
    if (p.isSet(QStringLiteral("link"))) {
        filter.linkId = p.value(QStringLiteral("link")).trimmed().toLower();
        if (!isValidLinkId(filter.linkId)) {
            err(tr("relink-cli: \"%1\" is not a link id.\n").arg(filter.linkId.left(80)));
            return exitcode::Usage;
        }
    }
    if (p.isSet(QStringLiteral("since"))) {
        const QString since = p.value(QStringLiteral("since")).trimmed();
        const QDate date = QDate::fromString(since, Qt::ISODate);
        filter.since =
            date.isValid() ? date.startOfDay() : QDateTime::fromString(since, Qt::ISODate);
        if (!filter.since.isValid()) {
            err(tr("relink-cli: --since takes a date like 2026-11-24.\n"));
            return exitcode::Usage;
        }
    }
    if (p.isSet(QStringLiteral("json")) && p.isSet(QStringLiteral("csv"))) {
        err(tr("relink-cli: choose --json or --csv, not both.\n"));
        return exitcode::Usage;
    }
    HistoryStore store;
    if (!store.open()) {
        err(QStringLiteral("relink-cli: %1\n").arg(store.lastError()));
        return exitcode::ServerOrNetwork;
    }
    const QList<HistoryEntry> entries = store.entries(filter);
    if (!store.lastError().isEmpty()) { // a read that failed is not an empty history
        err(QStringLiteral("relink-cli: %1\n").arg(store.lastError()));
        return exitcode::ServerOrNetwork;
    }
    if (p.isSet(QStringLiteral("json"))) {
        out(QString::fromUtf8(HistoryStore::toJson(entries)));
    } else if (p.isSet(QStringLiteral("csv"))) {
        out(HistoryStore::toCsv(entries));
    } else {
        for (const HistoryEntry &e : entries)
            out(QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                    .arg(QLocale().toString(e.startedAt.toLocalTime(),
                                            QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         e.environment, e.linkId, e.outcome, e.steps.join(QStringLiteral(", ")),
                         e.requestIds.join(QLatin1Char(' '))));
        if (entries.isEmpty())
            err(filter.linkId.isEmpty() && !filter.since.isValid()
                    ? tr("No updates recorded yet.\n")
                    : tr("No updates match; without --link and --since, all are shown.\n"));
    }
    return exitcode::Ok;
}

int Cli::runGet(const QString &linkId)
{
    return finishWith(wait(m_client->getLink(linkId)));
}

int Cli::runResume()
{
    const QCommandLineParser &p = *m_parser;
    if (!p.isSet(QStringLiteral("link")) || !p.isSet(QStringLiteral("session"))) {
        err(tr("relink-cli: resume needs --link and --session.\n"));
        return exitcode::Usage;
    }
    std::optional<QString> token;
    if (p.isSet(QStringLiteral("token")))
        token = p.value(QStringLiteral("token"));
    const QString linkId = p.value(QStringLiteral("link")).trimmed();
    const Result result =
        wait(m_client->resumeSession(linkId, p.value(QStringLiteral("session")).trimmed(), token));
    if (result.failure != Failure::Refused) {
        beginAttempt(linkId, token ? QStringList{QStringLiteral("token")} : QStringList{});
        record(QStringLiteral("PATCH"), result);
    }
    return finishWith(result);
}

int Cli::runUpdate(const QString &linkId)
{
    const QCommandLineParser &p = *m_parser;
    if (!isValidLinkId(linkId)) {
        err(tr("relink-cli: \"%1\" is not a link id (a UUID such as "
               "3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c). Nothing was sent.\n")
                .arg(linkId.left(80)));
        return exitcode::Usage;
    }
    UpdateFields fields;
    if (p.isSet(QStringLiteral("fields"))) {
        const QString source = p.value(QStringLiteral("fields"));
        QByteArray data;
        if (source == QLatin1StringView("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                err(tr("relink-cli: cannot read the fields from standard input.\n"));
                return exitcode::Usage;
            }
            data = in.read(4 * 1024 * 1024);
        } else {
            QFile in(source);
            if (!in.open(QIODevice::ReadOnly)) {
                err(tr("relink-cli: cannot read the fields file %1: %2\n")
                        .arg(source, in.errorString()));
                return exitcode::Usage;
            }
            data = in.read(4 * 1024 * 1024);
        }
        Parsed<UpdateFields> parsed = parse::updateFields(data);
        if (!parsed) {
            err(tr("relink-cli: %1 Nothing was sent.\n").arg(parsed.error));
            return exitcode::Usage;
        }
        fields = *parsed.value;
    }
    const bool hasCert = p.isSet(QStringLiteral("certificate-file"));
    const bool hasKey = p.isSet(QStringLiteral("private-key-file"));
    if (hasCert != hasKey) {
        err(tr("relink-cli: --certificate-file and --private-key-file go together: give both "
               "or neither. Nothing was sent.\n"));
        return exitcode::Usage;
    }
    if (hasCert) {
        const Parsed<QString> cert =
            readKeyFileAsBase64(p.value(QStringLiteral("certificate-file")));
        const Parsed<QString> key =
            readKeyFileAsBase64(p.value(QStringLiteral("private-key-file")));
        if (!cert || !key) {
            err(tr("relink-cli: %1 Nothing was sent.\n").arg(cert ? key.error : cert.error));
            return exitcode::Usage;
        }
        fields.certificate = *cert.value;
        fields.privateKey = *key.value;
    }
    if (const QString problem = validateUpdateFields(fields); !problem.isEmpty()) {
        err(tr("relink-cli: %1 Nothing was sent.\n").arg(problem));
        return exitcode::Usage;
    }
    if (fields.toJson().isEmpty()) {
        err(tr("relink-cli: nothing to send. Give the credentials with --fields FILE (or - "
               "for standard input).\n"));
        return exitcode::Usage;
    }
    // Recorded before anything is sent: an update that may reach Belvo always has its row,
    // even if this process dies mid-request. (Overlapping the two measured no faster.)
    beginAttempt(linkId, fields.filledNames());
    const Result result = wait(m_client->updateCredentials(linkId, fields));
    record(QStringLiteral("PUT"), result);
    if (result.kind == Result::Kind::Mfa && !p.isSet(QStringLiteral("no-input")))
        return mfaLoop(linkId, result);
    if (result.kind == Result::Kind::Mfa) {
        out(QString::fromUtf8(
            QJsonDocument(challengeJson(result.mfa)).toJson(QJsonDocument::Indented)));
        return exitcode::Mfa;
    }
    return finishWith(result);
}

int Cli::mfaLoop(const QString &linkId, Result result)
{
    bool rejected = false;
    while (result.kind == Result::Kind::Mfa) {
        const MfaChallenge c = result.mfa;
        if (rejected)
            err(tr("The token was not accepted.\n"));
        err(tr("The bank asks for an MFA token.\n  %1\n").arg(c.instructions));
        if (!c.value.isEmpty())
            err(tr("  Challenge (%1): %2\n").arg(orDash(c.typeName), c.value));
        if (c.expirySeconds > 0)
            err(tr("  The session expires in %n second(s).\n", nullptr, c.expirySeconds));
        std::optional<QString> token;
        for (;;) {
            err(c.expectsUserInput ? tr("Token: ")
                                   : tr("Press Enter once the customer has approved the login: "));
            std::string line;
            if (!std::getline(std::cin, line)) {
                err(QStringLiteral("\n"));
                if (g_interruptRequested) {
                    err(tr("Interrupted. The MFA session was left unfinished.\n"));
                    return exitcode::Interrupted;
                }
                err(tr("No token given (end of input). Finish later with: relink-cli resume "
                       "--link %1 --session %2 --token TOKEN\n")
                        .arg(linkId, c.session));
                return exitcode::Mfa;
            }
            const QString text = QString::fromLocal8Bit(line).trimmed();
            if (text.isEmpty() && c.expectsUserInput) {
                err(tr("The bank expects a token; type it, or press Ctrl+D to stop.\n"));
                continue;
            }
            if (!text.isEmpty())
                token = text;
            break;
        }
        result = wait(m_client->resumeSession(linkId, c.session, token));
        if (result.failure != Failure::Refused)
            record(QStringLiteral("PATCH"), result);
        if (result.kind == Result::Kind::Failure && result.failure == Failure::Refused) {
            err(QStringLiteral("error: %1\n").arg(result.message));
            result.kind = Result::Kind::Mfa;
            result.mfa = c;
            rejected = false;
            continue;
        }
        rejected = true;
    }
    return finishWith(result);
}

} // namespace relink
