#pragma once

#include "command.h"

#include <QJsonObject>

namespace relink {

struct PreflightReport;

// relink-cli check LINK_ID: the pre-flight alone (the core's Preflight, as the desktop app runs
// it when a link is checked): one line per finding with its severity, or --json. Exit 0 when
// no finding asks for confirmation, 9 when one does. Records nothing.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override { return QStringLiteral("check LINK_ID"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int execute(CliContext &context, const QStringList &arguments) override;

    // {"link": {…} | null, "institution": {name, display_name, status} | null, "findings":
    // [{kind, severity, message}], "claimed_by": {agent, since, ticket} | null}.
    static QJsonObject reportJson(const PreflightReport &report);
    // One line per finding: "confirm: …", "note: …".
    static QString reportText(const PreflightReport &report);
    // Runs the pre-flight of `linkId` to its end with the context's client and history
    // (without one, `noHistoryReason` says why). `claim`: the link is claimed for the agent
    // running it (update, handoff); check alone only reads who is on it.
    static PreflightReport run(CliContext &context, const QString &linkId,
                               const QString &noHistoryReason = {}, bool claim = false);
};

} // namespace relink
