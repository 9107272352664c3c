#pragma once

#include "historyevent.h"

#include <QList>
#include <QString>

#include <optional>

namespace relink {

class HistoryStore;

// An event waiting in the outbox for the team history, in the order it was recorded.
struct OutboxItem
{
    qint64 sequence = 0;
    HistoryEvent event;
};

// The outbox of a SQLite history: events kept for the team history at `target`
// (HistoryLocation::outboxKey()), oldest first, until the team's database has them. An event the
// database refuses is set aside (kept, no longer pending), so that it does not hold up the ones
// after it. On a store that is closed or a team's own, every call does nothing (false, 0, empty).
class HistoryOutbox
{
public:
    explicit HistoryOutbox(HistoryStore &store) : m_store(store) {}

    bool enqueue(const QString &target, const HistoryEvent &event);
    QList<OutboxItem> pending(const QString &target, int limit);
    int pendingCount(const QString &target);
    // True only when nothing waits for `target` (a store that holds no outbox holds nothing): a
    // count that could not be read is not "nothing".
    bool holdsNothingFor(const QString &target);
    int pendingElsewhere(const QString &target); // kept for other team histories
    bool dequeue(qint64 sequence);
    bool setAside(qint64 sequence, const QString &why);

private:
    bool usable() const;
    std::optional<int> counted(const QString &target); // nullopt: the count could not be read

    HistoryStore &m_store;
};

} // namespace relink
