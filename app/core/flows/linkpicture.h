#pragma once

#include "belvolink.h"
#include "historyentry.h"
#include "preflightfindings.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <optional>

namespace relink {

// What the team knows of one link needing attention (#25): its bank's health as Belvo says it,
// the last attempt recorded (agent, when, outcome), who is on it now, and until when a hand-off
// of it is open. Shown in Links needing attention and in relink-cli links --json/--csv.
struct LinkPicture
{
    QString institutionStatus; // "healthy", "down"; empty: not known
    std::optional<PreflightAttempt> lastAttempt;
    LinkClaim claimedBy;        // invalid: nobody's
    QDateTime handoffOpenUntil; // invalid: no hand-off open (UTC)

    // {"institution_status", "last_attempt": {"agent", "at", "outcome"} | null,
    //  "claimed_by": {"agent", "since", "ticket"} | null, "handoff_open_until"}, null where
    // nothing is known; times in ISO 8601 UTC.
    QJsonObject toJson() const;
};

// Each link's picture (by id) in `environment` as of `now`, from the history's attempts (any
// order, any links), the claims in force and the banks' health by code. Pure.
QHash<QString, LinkPicture> linkPictures(const QList<Link> &links,
                                         const QList<HistoryEntry> &attempts,
                                         const QList<LinkClaim> &claims,
                                         const QHash<QString, QString> &bankStatus,
                                         const QString &environment, const QDateTime &now);

} // namespace relink
