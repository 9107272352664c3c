#include "historyvocabulary.h"

namespace relink {

QString historyStepLabel(HistoryStep step, const QString &linkStatus)
{
    switch (step) {
    case HistoryStep::Put:
        return QStringLiteral("PUT");
    case HistoryStep::Patch:
        return QStringLiteral("PATCH");
    case HistoryStep::Get:
        return QStringLiteral("GET");
    case HistoryStep::Cancel:
        return QStringLiteral("CANCEL");
    case HistoryStep::Expired:
        return QStringLiteral("EXPIRED");
    case HistoryStep::Token:
        return QStringLiteral("TOKEN");
    case HistoryStep::Watch:
        return linkStatus.isEmpty() ? QStringLiteral("WATCH")
                                    : QStringLiteral("WATCH ") + linkStatus;
    }
    return QStringLiteral("?");
}

QString historyHandoffStepCondition(const QString &column)
{
    return QStringLiteral("(%1 = '%2' OR %1 LIKE '%3%')")
        .arg(column, historyStepLabel(HistoryStep::Token), historyStepLabel(HistoryStep::Watch));
}

QString historyOutcomeName(HistoryOutcome outcome, const QString &detail)
{
    switch (outcome) {
    case HistoryOutcome::Started:
        return QStringLiteral("started");
    case HistoryOutcome::Success:
        return QStringLiteral("success");
    case HistoryOutcome::Accepted:
        return QStringLiteral("accepted");
    case HistoryOutcome::Mfa:
        return QStringLiteral("mfa");
    case HistoryOutcome::HandedOff:
        return QStringLiteral("handed_off");
    case HistoryOutcome::Waiting:
        return QStringLiteral("waiting");
    case HistoryOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case HistoryOutcome::BelvoError:
        return QStringLiteral("error:") + detail;
    case HistoryOutcome::HttpError:
        return QStringLiteral("http:") + detail;
    case HistoryOutcome::Transport:
        return QStringLiteral("transport:") + detail;
    case HistoryOutcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool isOpenHandoffOutcome(const QString &stored)
{
    return stored == historyOutcomeName(HistoryOutcome::HandedOff) ||
           stored == historyOutcomeName(HistoryOutcome::Waiting);
}

} // namespace relink
