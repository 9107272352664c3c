#pragma once

#include "historyentry.h"

#include <QList>
#include <QString>

namespace relink {

class HistoryStore;

// Who is on which link now, in a history (the team's, or the file of one desktop): one claim a
// link and environment, ending when its agent releases it or when it expires by the database's
// clock (one clock for a whole team), so a desktop that crashed never holds a link for long.
// Agents' names compare without case, as the history's filters take them. On a closed store
// every call does nothing (false, invalid, empty). A failure sets the store's lastError().
class HistoryClaims
{
public:
    explicit HistoryClaims(HistoryStore &store) : m_store(store) {}

    // Takes or renews `request`'s claim and returns the claim in force afterwards: the agent's
    // own, or the other agent's, left as it was. Invalid, `ok` false, when it failed.
    LinkClaim claim(const ClaimRequest &request, bool *ok = nullptr);
    // The claim in force on a link (invalid: nobody's).
    LinkClaim claimOf(const QString &environment, const QString &linkId, bool *ok = nullptr);
    // The agent's own claim on the link ends (another agent's is left).
    bool release(const QString &environment, const QString &linkId, const QString &agent);
    // Every claim in force in `environment`, the oldest first.
    QList<LinkClaim> claims(const QString &environment, bool *ok = nullptr);

private:
    HistoryStore &m_store;
};

} // namespace relink
