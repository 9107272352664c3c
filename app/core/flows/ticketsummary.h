#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace relink {

// What a support ticket needs to know about one result, as plain text an agent pastes: the
// link, where, what happened (the headline the agent read and the history's outcome), the
// link's status, Belvo's errors and request ids, the HTTP status, when, who and for which
// ticket. Never a credential, a token or a key: nothing of the request is in it.
struct TicketSummary
{
    QString linkId;
    QString externalId;
    QString bank;        // the institution's code (and display name when known)
    QString environment; // Workspace::environmentLabel()
    QString outcome;     // the headline the agent read
    QString outcomeCode; // as the history stores it (historyOutcomeOf)
    QString linkStatus;
    QStringList errors; // "code (field f): message"
    QStringList requestIds;
    int httpStatus = 0;  // 0: no HTTP answer
    QString failureName; // with no HTTP answer: why (failureName())
    QDateTime time;
    QString agent;
    QString ticket;
};

// The parts one answer gives (errors, request ids, HTTP status, the outcome code, and the link's
// id, external id, bank and status when it carries the link).
TicketSummary ticketSummaryOf(const Result &result);
// One "Label: value" line each, in the order of TicketSummary, errors one per line under
// "Errors:"; an empty value is "—"; the time in ISO 8601 with its offset.
QString ticketSummaryText(const TicketSummary &summary);

} // namespace relink
