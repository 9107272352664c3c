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
    case HistoryStep::Override:
        return QStringLiteral("OVERRIDE");
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

QString historyOutcomeOf(const Result &r)
{
    switch (r.kind) {
    case Result::Kind::Link:
    case Result::Kind::Institution:
    case Result::Kind::Connected:
    case Result::Kind::LinksPage:
        return historyOutcomeName(HistoryOutcome::Success);
    case Result::Kind::Accepted: // a 2xx without the link: the flow reads it back (GET)
        return historyOutcomeName(HistoryOutcome::Accepted);
    case Result::Kind::Mfa:
        return historyOutcomeName(HistoryOutcome::Mfa);
    case Result::Kind::WidgetToken: // the customer has a link; the hand-off's watch may follow
        return historyOutcomeName(HistoryOutcome::HandedOff);
    case Result::Kind::ApiErrors: {
        const QString code = r.errors.value(0).code;
        return code.isEmpty()
                   ? historyOutcomeName(HistoryOutcome::HttpError, QString::number(r.httpStatus))
                   : historyOutcomeName(HistoryOutcome::BelvoError, code);
    }
    case Result::Kind::Failure:
        return r.failure == Failure::Cancelled
                   ? historyOutcomeName(HistoryOutcome::Cancelled)
                   : historyOutcomeName(HistoryOutcome::Transport, failureName(r.failure));
    }
    return historyOutcomeName(HistoryOutcome::Unknown);
}

} // namespace relink
