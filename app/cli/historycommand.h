#pragma once

#include "command.h"

namespace relink {

// relink-cli history: what was done to which link, from the history the desktop app shares
// (a team history: what this computer kept while it was away is sent first).
class HistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
public:
    QString name() const override { return QStringLiteral("history"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString argumentsProblem(const QStringList &arguments) const override;
    int execute(CliContext &context, const QStringList &arguments) override;
};

} // namespace relink
