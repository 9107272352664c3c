#pragma once

#include "command.h"

#include <memory>

namespace relink {

class TokenPrompt;

// relink-cli update LINK_ID: new credentials through the core's UpdateFlow (PUT, the bank's MFA
// challenge, the read-back), the fields from --fields and the key files, tokens from the prompt.
class UpdateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
public:
    UpdateCommand();
    ~UpdateCommand() override;

    QString name() const override { return QStringLiteral("update"); }
    QString synopsis() const override { return QStringLiteral("update LINK_ID"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int execute(CliContext &context, const QStringList &arguments) override;

private:
    std::unique_ptr<TokenPrompt> m_prompt; // lives as long as the flow may ask
};

} // namespace relink
