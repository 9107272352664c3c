#pragma once

#include "belvolink.h"
#include "command.h"
#include "linkpicture.h"

namespace relink {

class CliOutput;

// relink-cli links: the links that need attention (or any statuses), from Belvo's list. What it
// prints is a promise to scripts: --json the objects as Belvo sent them with the team's picture
// of each added, --csv a fixed header; a listing cut short prints nothing of it on stdout in
// those modes.
class LinksCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
public:
    QString name() const override { return QStringLiteral("links"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString argumentsProblem(const QStringList &arguments) const override;
    int execute(CliContext &context, const QStringList &arguments) override;

private:
    // An aligned table, a header first; nothing for no links.
    static void printTable(const CliOutput &output, const QList<Link> &links);
    // The team's picture of each link (LinkPicture): its bank's health (one GET a bank), the
    // history's last 30 days of attempts and the claims in force. What can't be read is left
    // empty, and said on stderr.
    static QHash<QString, LinkPicture> pictures(CliContext &context, const QList<Link> &links);
};

} // namespace relink
