#pragma once

#include "updateflow.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <cstdio>

namespace relink {

class CliOutput;

// relink-cli update's MFA prompt: the flow's TokenSource on a terminal or a pipe. It shows the
// bank's challenge on stderr and reads the token, one line, from its input, waiting no longer
// than the bank's session lasts; Ctrl+C and the end of the input end it.
class TokenPrompt : public TokenSource
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
public:
    // input: where to read; ownsInput: a terminal opened for this run, closed with the prompt.
    TokenPrompt(const CliOutput &output, std::FILE *input, bool ownsInput);
    ~TokenPrompt() override;
    TokenPrompt(const TokenPrompt &) = delete;
    TokenPrompt &operator=(const TokenPrompt &) = delete;

    // Answers this flow's challenges.
    void attach(UpdateFlow *flow);
    void tokenNeeded(const MfaChallenge &challenge, const QString &notice) override;

private:
    void readToken();

    const CliOutput &m_output;
    std::FILE *m_input;
    bool m_ownsInput;
    QPointer<UpdateFlow> m_flow;
    MfaChallenge m_challenge; // the one being asked for
    QObject m_later;          // a read queued for later goes with the prompt
};

} // namespace relink
