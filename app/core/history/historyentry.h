#pragma once

#include <QDateTime>
#include <QStringList>

namespace relink {

// One step of an attempt as recorded: what was sent or what happened ("PUT", "PATCH",
// "TOKEN", "WATCH valid", "CANCEL"), the HTTP status it got (0: none), the outcome it gave and
// the request ids Belvo sent back.
struct HistoryStepRecord
{
    QString step;
    int httpStatus = 0;
    QString outcome;
    QStringList requestIds;
};

// One update attempt as recorded: never a credential value, only the names of the fields sent.
struct HistoryEntry
{
    qint64 id = 0;
    QString key;         // the attempt's key (a UUID), the same in every store it reaches
    QDateTime startedAt; // UTC
    QString environment;
    QString linkId;
    QString institution;
    QStringList fields; // names only
    QStringList
        steps; // "PUT 428", "PATCH 428", "PATCH 201"; a hand-off: "TOKEN 200", "WATCH valid"
    // success, mfa, cancelled, error:<code>, http:<status>, transport:<kind>; a hand-off:
    // handed_off (the customer has a link), then success, waiting (still not valid at the
    // deadline) or cancelled
    QString outcome;
    int httpStatus = 0;
    QStringList requestIds;
    QString linkStatus;
    QString agent;                        // who recorded it (currentAgent())
    QString ticket;                       // the support ticket it was done for, if any
    QList<HistoryStepRecord> stepRecords; // the steps one by one (the History window's details)
};

// Who is on a link: an agent's claim on it, until it expires (10 minutes from the last renewal:
// a desktop that crashed never holds a link for long). One claim a link and environment.
struct LinkClaim
{
    QString environment;
    QString linkId;
    QString agent;
    QString ticket;
    QDateTime since;     // UTC: when this agent took it
    QDateTime expiresAt; // UTC

    bool isValid() const { return !agent.isEmpty(); }
};

// Claiming a link for `agent` for `seconds` (renewing the agent's own claim, keeping its
// `since`). Another agent's claim in force is left as it is, unless `takeOver` (the agent
// confirmed going ahead on a link a colleague was on).
struct ClaimRequest
{
    QString environment;
    QString linkId;
    QString agent;
    QString ticket;
    int seconds = 10 * 60;
    bool takeOver = false;
};

// How much of each attempt's steps a read carries: their labels and records (the History
// window's details), their labels only (the exports), or none (the pre-flight, which weighs
// outcomes: no subquery a row).
enum class HistorySteps { Records, Labels, None };

struct HistoryFilter
{
    QString linkId;      // part of the id (a whole id matches only itself), empty: all
    QStringList linkIds; // exactly one of these ids (the queue's rows), empty: all
    QString outcome;     // prefix ("error" matches every error), empty: all
    QDateTime since;     // inclusive, invalid: no bound
    QDateTime until;     // exclusive, invalid: no bound
    QString agent;       // exactly this agent (case-insensitive), empty: all
    QString ticket;      // exactly this ticket (case-insensitive), empty: all
};

// The columns of an attempt, in the order the History window shows them.
enum class HistoryColumn {
    Time,
    Environment,
    LinkId,
    Institution,
    Fields,
    Steps,
    Outcome,
    HttpStatus,
    RequestIds,
    LinkStatus,
    Agent,
    Ticket
};
constexpr int kHistoryColumnCount = 12;

// The order of a read: by one column; rows that tie keep the order of their recording.
struct HistoryOrder
{
    HistoryColumn column = HistoryColumn::Time;
    Qt::SortOrder order = Qt::DescendingOrder;
};

} // namespace relink
