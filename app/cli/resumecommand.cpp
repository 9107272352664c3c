#include "resumecommand.h"

#include "clicontext.h"
#include "clioutput.h"
#include "terminal.h"
#include "updateflow.h"

#include <QCommandLineParser>
#include <QFile>

namespace relink {

using namespace cli;

QString ResumeCommand::description() const
{
    return tr("finish an MFA session (PATCH /api/links/)");
}

QList<QCommandLineOption> ResumeCommand::options() const
{
    QList<QCommandLineOption> options{
        linkOption(),
        {QStringLiteral("session"), tr("resume: the MFA session from the challenge."),
         QStringLiteral("SESSION")},
        {QStringLiteral("token-file"),
         tr("resume: read the MFA token from the first line of this file (else from standard "
            "input; an empty line when the bank expects no input)."),
         QStringLiteral("PATH")},
        ticketOption(),
        jsonOption(),
        timeoutOption(),
    };
    return options + placeOptions();
}

QString ResumeCommand::argumentsProblem(const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return tr("resume takes no positional arguments; use --link and --session.");
    return {};
}

int ResumeCommand::execute(CliContext &context, const QStringList &)
{
    if (!context.setUpHistory() || !context.setUpClient())
        return exitcode::Usage;
    const QCommandLineParser &p = context.parser();
    if (!p.isSet(QStringLiteral("link")) || !p.isSet(QStringLiteral("session")))
        return context.refuse(tr("resume needs --link and --session."));
    // Only a line says what to send: an empty one means the bank expects no input; no line at
    // all (an empty file, a closed input) sends nothing.
    QString line;
    if (p.isSet(QStringLiteral("token-file"))) {
        QFile file(p.value(QStringLiteral("token-file")));
        if (!file.open(QIODevice::ReadOnly))
            return context.refuse(tr("cannot read the token file %1: %2. Nothing was sent.")
                                      .arg(file.fileName(), file.errorString()));
        if (file.atEnd())
            return context.refuse(
                tr("the token file %1 is empty. Put the token on its first line (an "
                   "empty line when the bank expects no input). Nothing was sent.")
                    .arg(file.fileName()));
        line = QString::fromUtf8(file.readLine(64 * 1024));
    } else {
        if (terminal::isTerminal(context.input()))
            context.output().err(tr("Token (an empty line when the bank expects no input): "));
        switch (terminal::readLine(context.input(), &line)) {
        case terminal::ReadResult::Line:
        case terminal::ReadResult::TimedOut:
            break;
        case terminal::ReadResult::Interrupted:
            context.output().err(QStringLiteral("\n"));
            return context.interruptedBeforeSending();
        case terminal::ReadResult::EndOfInput:
            return context.refuse(tr("no token on standard input. Give it as one line (an empty "
                                     "line when the bank expects no input), or with --token-file "
                                     "PATH. Nothing was sent."));
        }
    }
    const QString text = line.trimmed();
    const std::optional<QString> token =
        text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    const QString linkId = p.value(QStringLiteral("link")).trimmed();
    const QString session = p.value(QStringLiteral("session")).trimmed();
    auto *flow = new UpdateFlow(
        context.client(), {context.environmentLabel(), {}, context.history(), context.ticket()},
        context.owner());
    return context.runFlow(
        flow, [flow, linkId, session, token] { flow->resume(linkId, session, token); });
}

} // namespace relink
