#include "historydetails.h"

#include "displaytime.h"

namespace relink {

namespace {

const QString kDot = QStringLiteral(" · ");

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

QString HistoryDetails::stepLine(int number, const HistoryStepRecord &step)
{
    QStringList parts{QStringLiteral("%1. %2").arg(number).arg(step.step)};
    parts << (step.httpStatus > 0 ? tr("HTTP %1").arg(step.httpStatus) : tr("no HTTP answer"));
    if (!step.outcome.isEmpty())
        parts << step.outcome;
    if (!step.requestIds.isEmpty())
        parts << (step.requestIds.size() == 1 ? tr("request id: %1") : tr("request ids: %1"))
                     .arg(step.requestIds.join(QStringLiteral(", ")));
    return parts.join(kDot);
}

QString HistoryDetails::text(const HistoryEntry &e)
{
    QStringList lines;
    lines << tr("Link: %1").arg(e.linkId) + kDot + tr("Bank: %1").arg(orDash(e.institution)) +
                 kDot + tr("Environment: %1").arg(orDash(e.environment));
    lines << tr("Started: %1").arg(displayTime(e.startedAt)) + kDot +
                 tr("Agent: %1").arg(orDash(e.agent)) + kDot +
                 tr("Ticket: %1").arg(orDash(e.ticket));
    lines << tr("Outcome: %1").arg(orDash(e.outcome)) + kDot +
                 tr("Link status: %1").arg(orDash(e.linkStatus)) + kDot +
                 tr("Fields sent: %1").arg(orDash(e.fields.join(QStringLiteral(", "))));
    if (e.stepRecords.isEmpty())
        lines << tr("No step was recorded: nothing was sent.");
    else
        lines << tr("Steps:");
    for (int i = 0; i < e.stepRecords.size(); ++i)
        lines << stepLine(i + 1, e.stepRecords.at(i));
    return lines.join(QLatin1Char('\n'));
}

} // namespace relink
