#pragma once

#include "command.h"

class QCommandLineParser;
class QDateTime;

namespace relink {

// relink-cli handoff LINK_ID: a link for the customer to fix their bank link in Belvo's hosted
// widget. The core's HandoffFlow does it as the desktop app's hand-off dialog does: it begins
// the attempt, mints the widget token, records the TOKEN step and builds the URL; this command
// prints the URL and leaves the watching to `relink-cli wait`.
class HandoffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
public:
    QString name() const override { return QStringLiteral("handoff"); }
    QString synopsis() const override { return QStringLiteral("handoff LINK_ID"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int execute(CliContext &context, const QStringList &arguments) override;

    // The checks handoff and wait share that need no keys (exit 2, nothing sent); empty when
    // fine.
    static QString usageProblem(const QCommandLineParser &parser, const QString &command,
                                const QString &linkId);
    // A time of day as both commands say it: 14:03:05.
    static QString clockTime(const QDateTime &at);
};

} // namespace relink
