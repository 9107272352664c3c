#pragma once

#include "result.h"
#include "ticketsummary.h"

#include <QString>

namespace relink {

// What the window knows about the result being shown that the answer does not say: the link it
// was asked for, the environment and the ticket. Taken when a result is shown (the ticket may
// change after).
struct ResultContext
{
    QString linkId;
    QString environment;
    QString ticket;
};

// The summary for the ticket of one result shown under `headline`: what the answer says, the
// rest from the window's context, and from the last link read when it is the same link (its
// external id, bank, and its status "as last read" when the answer has none). Agent and time
// are left to the caller.
TicketSummary ticketSummaryFor(const Result &result, const QString &headline,
                               const ResultContext &context, const Link &lastLink);

// A status-bar message that names a link id other than `linkId` ("Link … opened"): stale once
// another id is entered.
bool namesAnotherLink(const QString &message, const QString &linkId);
// "200 OK", "404 Not Found"…; the number alone for a status without a known phrase.
QString httpStatusText(int status);

} // namespace relink
