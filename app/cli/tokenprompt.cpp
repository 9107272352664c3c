#include "tokenprompt.h"

#include "clioutput.h"
#include "terminal.h"

#include <QTimer>

namespace relink {

TokenPrompt::TokenPrompt(const CliOutput &output, std::FILE *input, bool ownsInput)
    : m_output(output), m_input(input), m_ownsInput(ownsInput)
{
}

TokenPrompt::~TokenPrompt()
{
    if (m_ownsInput)
        terminal::closeTerminal(m_input);
}

void TokenPrompt::attach(UpdateFlow *flow)
{
    m_flow = flow;
    flow->setTokenSource(this);
}

void TokenPrompt::tokenNeeded(const MfaChallenge &c, const QString &notice)
{
    m_challenge = c;
    if (!notice.isEmpty())
        m_output.err(notice + QLatin1Char('\n'));
    m_output.err(tr("The bank asks for an MFA token.\n  %1\n").arg(c.instructions));
    if (!c.value.isEmpty())
        m_output.err(tr("  Challenge (%1): %2\n")
                         .arg(c.typeName.isEmpty() ? QStringLiteral("-") : c.typeName, c.value));
    if (c.expirySeconds > 0)
        m_output.err(tr("  The session expires in %n second(s).\n", nullptr, c.expirySeconds));
    // Read after the flow's own call returns.
    QTimer::singleShot(0, &m_later, [this] { readToken(); });
}

void TokenPrompt::readToken()
{
    if (!m_flow || !m_flow->isWaitingForToken())
        return;
    const MfaChallenge &c = m_challenge;
    for (;;) {
        m_output.err(c.expectsUserInput
                         ? tr("Token: ")
                         : tr("Press Enter once the customer has approved the login: "));
        QString line;
        // Waits no longer than the bank's session lasts; Ctrl+C ends the wait at once.
        const qint64 left = m_flow->deadline().remainingTime();
        switch (terminal::readLine(m_input, &line,
                                   left < 0 ? -1 : static_cast<int>(qMin<qint64>(left, 1 << 30)))) {
        case terminal::ReadResult::Line:
            break;
        case terminal::ReadResult::Interrupted:
            m_output.err(QStringLiteral("\n") +
                         tr("Interrupted. The MFA session was left unfinished.\n"));
            m_flow->cancel();
            return;
        case terminal::ReadResult::TimedOut:
            m_output.err(QStringLiteral("\n")); // the flow's own clock ends it, with why
            return;
        case terminal::ReadResult::EndOfInput:
            m_output.err(QStringLiteral("\n") + tr("No token given (end of input).\n"));
            m_flow->leaveUnanswered();
            return;
        }
        const QString text = line.trimmed();
        if (text.isEmpty() && c.expectsUserInput) {
            m_output.err(tr("The bank expects a token; type it, or press Ctrl+D to stop.\n"));
            continue;
        }
        m_flow->submitToken(text.isEmpty() ? std::nullopt : std::optional<QString>(text));
        return;
    }
}

} // namespace relink
