#include "cli.h"

#include "clioutput.h"
#include "linkid.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

// relink-cli update, resume and get: the core's UpdateFlow does the work; this file feeds it
// (fields, tokens) and prints what it decides.

namespace relink {

using namespace cli;

int Cli::runFlow(UpdateFlow *flow, const std::function<void()> &start)
{
    m_flow = flow;
    UpdateOutcome outcome;
    bool done = false;
    QEventLoop loop;
    connect(flow, &UpdateFlow::finished, &loop, [&](const UpdateOutcome &o) {
        outcome = o;
        done = true;
        loop.quit();
    });
    if (terminal::interruptRequested()) { // before anything was sent: nothing to cancel
        delete flow;
        return printLocalFailure(QStringLiteral("cancelled"), tr("Interrupted. Nothing was sent."),
                                 exitcode::Interrupted, json());
    }
    start();
    if (!done)
        loop.exec();
    return printOutcome(outcome, json());
}

void Cli::tokenNeeded(const MfaChallenge &c, const QString &notice)
{
    m_challenge = c;
    if (!notice.isEmpty())
        err(notice + QLatin1Char('\n'));
    err(tr("The bank asks for an MFA token.\n  %1\n").arg(c.instructions));
    if (!c.value.isEmpty())
        err(tr("  Challenge (%1): %2\n")
                .arg(c.typeName.isEmpty() ? QStringLiteral("-") : c.typeName, c.value));
    if (c.expirySeconds > 0)
        err(tr("  The session expires in %n second(s).\n", nullptr, c.expirySeconds));
    // Read after the flow's own call returns.
    QTimer::singleShot(0, this, &Cli::readToken);
}

void Cli::readToken()
{
    if (!m_flow || !m_flow->isWaitingForToken())
        return;
    const MfaChallenge &c = m_challenge;
    for (;;) {
        err(c.expectsUserInput ? tr("Token: ")
                               : tr("Press Enter once the customer has approved the login: "));
        QString line;
        // Waits no longer than the bank's session lasts; Ctrl+C ends the wait at once.
        const qint64 left = m_flow->deadline().remainingTime();
        switch (terminal::readLine(m_tokenInput, &line,
                                   left < 0 ? -1 : static_cast<int>(qMin<qint64>(left, 1 << 30)))) {
        case terminal::ReadResult::Line:
            break;
        case terminal::ReadResult::Interrupted:
            err(QStringLiteral("\n") + tr("Interrupted. The MFA session was left unfinished.\n"));
            m_flow->cancel();
            return;
        case terminal::ReadResult::TimedOut:
            err(QStringLiteral("\n")); // the flow's own clock ends it, with why
            return;
        case terminal::ReadResult::EndOfInput:
            err(QStringLiteral("\n") + tr("No token given (end of input).\n"));
            m_flow->leaveUnanswered();
            return;
        }
        const QString text = line.trimmed();
        if (text.isEmpty() && c.expectsUserInput) {
            err(tr("The bank expects a token; type it, or press Ctrl+D to stop.\n"));
            continue;
        }
        m_flow->submitToken(text.isEmpty() ? std::nullopt : std::optional<QString>(text));
        return;
    }
}

int Cli::runGet(const QString &linkId)
{
    if (terminal::interruptRequested()) {
        return printLocalFailure(QStringLiteral("cancelled"), tr("Interrupted. Nothing was sent."),
                                 exitcode::Interrupted, json());
    }
    Operation *op = m_client->getLink(linkId);
    m_running = op;
    Result result;
    QEventLoop loop;
    connect(op, &Operation::finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    if (!op->isFinished())
        loop.exec();
    return printOutcome(UpdateOutcome::from(result), json());
}

int Cli::runResume()
{
    const QCommandLineParser &p = *m_parser;
    if (!p.isSet(QStringLiteral("link")) || !p.isSet(QStringLiteral("session")))
        return refuse(tr("resume needs --link and --session."));
    // The token never comes from the command line, where `ps` would show it.
    // Only a line says what to send: an empty one means the bank expects no input; no line at
    // all (an empty file, a closed input) sends nothing.
    QString line;
    if (p.isSet(QStringLiteral("token-file"))) {
        QFile file(p.value(QStringLiteral("token-file")));
        if (!file.open(QIODevice::ReadOnly))
            return refuse(tr("cannot read the token file %1: %2. Nothing was sent.")
                              .arg(file.fileName(), file.errorString()));
        if (file.atEnd())
            return refuse(tr("the token file %1 is empty. Put the token on its first line (an "
                             "empty line when the bank expects no input). Nothing was sent.")
                              .arg(file.fileName()));
        line = QString::fromUtf8(file.readLine(64 * 1024));
    } else {
        if (terminal::isTerminal(stdin))
            err(tr("Token (an empty line when the bank expects no input): "));
        switch (terminal::readLine(stdin, &line)) {
        case terminal::ReadResult::Line:
        case terminal::ReadResult::TimedOut:
            break;
        case terminal::ReadResult::Interrupted:
            err(QStringLiteral("\n"));
            return printLocalFailure(QStringLiteral("cancelled"),
                                     tr("Interrupted. Nothing was sent."), exitcode::Interrupted,
                                     json());
        case terminal::ReadResult::EndOfInput:
            return refuse(tr("no token on standard input. Give it as one line (an empty line "
                             "when the bank expects no input), or with --token-file PATH. "
                             "Nothing was sent."));
        }
    }
    const QString text = line.trimmed();
    const std::optional<QString> token =
        text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    const QString linkId = p.value(QStringLiteral("link")).trimmed();
    const QString session = p.value(QStringLiteral("session")).trimmed();
    auto *flow = new UpdateFlow(m_client, {m_environmentLabel, {}, m_history, m_ticket}, this);
    return runFlow(flow, [flow, linkId, session, token] { flow->resume(linkId, session, token); });
}

int Cli::runUpdate(const QString &linkId)
{
    const QCommandLineParser &p = *m_parser;
    if (!isValidLinkId(linkId)) {
        return refuse(tr("\"%1\" is not a link id (a UUID such as "
                         "3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c). Nothing was sent.")
                          .arg(linkId.left(80)));
    }
    UpdateFields fields;
    bool fieldsFromStdin = false;
    if (p.isSet(QStringLiteral("fields"))) {
        const QString source = p.value(QStringLiteral("fields"));
        QByteArray data;
        fieldsFromStdin = source == QLatin1StringView("-");
        if (fieldsFromStdin) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                return refuse(tr("cannot read the fields from standard input."));
            }
            data = in.read(4 * 1024 * 1024);
        } else {
            QFile in(source);
            if (!in.open(QIODevice::ReadOnly)) {
                return refuse(
                    tr("cannot read the fields file %1: %2").arg(source, in.errorString()));
            }
            data = in.read(4 * 1024 * 1024);
        }
        Parsed<UpdateFields> parsed = parse::updateFields(data);
        if (!parsed) {
            return refuse(tr("%1 Nothing was sent.").arg(parsed.error));
        }
        fields = *parsed.value;
    }
    const bool hasCert = p.isSet(QStringLiteral("certificate-file"));
    const bool hasKey = p.isSet(QStringLiteral("private-key-file"));
    if (hasCert != hasKey) {
        return refuse(tr("--certificate-file and --private-key-file go together: give both or "
                         "neither. Nothing was sent."));
    }
    if (hasCert) {
        const Parsed<QString> cert =
            readKeyFileAsBase64(p.value(QStringLiteral("certificate-file")));
        const Parsed<QString> key =
            readKeyFileAsBase64(p.value(QStringLiteral("private-key-file")));
        if (!cert || !key) {
            return refuse(tr("%1 Nothing was sent.").arg(cert ? key.error : cert.error));
        }
        fields.certificate = *cert.value;
        fields.privateKey = *key.value;
    }
    if (const QString problem = validateUpdateFields(fields); !problem.isEmpty())
        return refuse(tr("%1 Nothing was sent.").arg(problem));
    if (fields.toJson().isEmpty())
        return refuse(tr("nothing to send. Give the credentials with --fields FILE (or - for "
                         "standard input)."));
    // The MFA prompt reads standard input, unless the fields came through it: then the terminal.
    // With neither (--no-input, or a pipeline without a terminal) a challenge is printed as JSON.
    if (!p.isSet(QStringLiteral("no-input"))) {
        if (fieldsFromStdin) {
            m_tokenInput = terminal::openTerminal();
            m_ownsTokenInput = m_tokenInput != nullptr;
        } else {
            m_tokenInput = stdin;
        }
    }
    auto *flow = new UpdateFlow(m_client, {m_environmentLabel, {}, m_history, m_ticket}, this);
    if (m_tokenInput)
        flow->setTokenSource(this);
    return runFlow(flow, [flow, linkId, fields] { flow->start(linkId, fields); });
}

} // namespace relink
