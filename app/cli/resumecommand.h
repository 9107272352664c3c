#pragma once

#include "command.h"

namespace relink {

// relink-cli resume: finishes an MFA session left unanswered (update --no-input), one PATCH
// through the core's UpdateFlow. The token comes from the input or --token-file, never from the
// command line, where `ps` would show it.
class ResumeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
public:
    QString name() const override { return QStringLiteral("resume"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString argumentsProblem(const QStringList &arguments) const override;
    int execute(CliContext &context, const QStringList &arguments) override;
};

} // namespace relink
