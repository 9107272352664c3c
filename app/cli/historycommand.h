#pragma once

#include "command.h"

namespace relink {

class HistoryService;
struct HistoryFilter;

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

private:
    // --json and --csv: written as the rows come, in constant memory (#26).
    static constexpr qsizetype kPieceBytes = 256 * 1024;
    static int exportHistory(CliContext &context, HistoryService *history,
                             const HistoryFilter &filter, bool asJson);
    // --prune DAYS: the history's retention (HistoryRetention), the team's too.
    static int prune(CliContext &context, HistoryService *history, int days);
    static int readFailed(CliContext &context, const QString &error);
};

} // namespace relink
