#pragma once

#include "historyvocabulary.h"
#include "result.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace relink {

// Who starts an attempt on which link, and what was sent (field names only, never a value).
struct AttemptInfo
{
    QString environment;
    QString linkId;
    QString institution;
    QStringList fields;
    QString agent;  // currentAgent() when empty
    QString ticket; // optional
};

// One thing to record, with its own key: an attempt begins, a step of it is taken, a hand-off's
// watch ends. Applying an event twice records it once (the keys are unique in every store), so
// an outbox can send it again after a connection dropped mid-way. Never holds a secret.
struct HistoryEvent
{
    enum class Kind { Begin, Step, WatchEnd };

    Kind kind = Kind::Begin;
    QString attempt;  // the attempt's key (a UUID)
    QString key;      // this event's key: the attempt's for Begin, a fresh UUID otherwise
    QDateTime at;     // UTC
    AttemptInfo info; // Begin
    // Step and WatchEnd: the step's label ("PUT", "TOKEN", "WATCH valid"), its HTTP status (0:
    // none came back; -1: nothing was sent, recorded as NULL), outcome and request ids; the link
    // status when the answer had one.
    QString method;
    int httpStatus = 0;
    QString outcome;
    QStringList requestIds;
    QString linkStatus;
    bool keepOutcome = false; // Step: the attempt keeps its outcome (a failed read-back)

    static HistoryEvent begin(const AttemptInfo &info);
    static HistoryEvent step(const QString &attempt, HistoryStep step, const Result &result,
                             bool keepOutcome = false);
    // An OVERRIDE step: the agent confirmed these pre-flight findings (their kinds) and went
    // ahead; the attempt keeps its outcome.
    static HistoryEvent overrideStep(const QString &attempt, const QStringList &kinds);
    // A WATCH step with the link status last seen (historyStepLabel()); `outcome` as stored
    // (historyOutcomeName(), historyOutcomeOf()).
    static HistoryEvent watchEnd(const QString &attempt, const QString &outcome,
                                 const QString &linkStatus, const Result &last);

    // The outbox's form of it (compact JSON), and back; nullopt for anything malformed.
    QByteArray toJson() const;
    static std::optional<HistoryEvent> fromJson(const QByteArray &json);
};

} // namespace relink
