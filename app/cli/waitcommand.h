#pragma once

#include "command.h"

namespace relink {

// relink-cli wait LINK_ID: waits (politely, LinkWatch's pace) until the link is valid again, and
// records how it ended on the newest hand-off of the link still waiting for it, if any.
class WaitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
public:
    QString name() const override { return QStringLiteral("wait"); }
    QString synopsis() const override { return QStringLiteral("wait LINK_ID"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int execute(CliContext &context, const QStringList &arguments) override;
};

} // namespace relink
