#pragma once

#include "command.h"

namespace relink {

// relink-cli get LINK_ID: one GET, the link printed as `update` prints it. Records nothing.
class GetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
public:
    QString name() const override { return QStringLiteral("get"); }
    QString synopsis() const override { return QStringLiteral("get LINK_ID"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int execute(CliContext &context, const QStringList &arguments) override;
};

} // namespace relink
