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

// One bank's share of the links listed (Links needing attention's summary, #25).
struct BankSummary
{
    QString institution; // code name
    QString displayName; // as known, else the code name
    QString status;      // "healthy", "down"; empty: not known
    int links = 0;
};

// The banks of the listed rows (one institution code per row), the most links first, then by
// name; `displayNames` and `bankStatus` by code name. Pure.
QList<BankSummary> bankSummaries(const QStringList &rowInstitutions,
                                 const QHash<QString, QString> &displayNames,
                                 const QHash<QString, QString> &bankStatus);

// A bank holding at least this many of the links, and at least half of them, is worth a banner.
constexpr int kBankBannerLinks = 10;

// The summary's warning for one bank (translated): a bank Belvo reports down ("heimdall_mx_retail:
// 47 links need attention, and Belvo reports the bank down — updates will fail until it is
// back."), or one that holds many of the links.
struct BankBanner
{
    QString institution; // code name
    QString text;
};

// The banners of the banks that deserve one, in the summary's order. `attention`: the links
// listed are those needing attention (else "links listed"). Pure.
QList<BankBanner> bankBanners(const QList<BankSummary> &banks, bool attention);

} // namespace relink
