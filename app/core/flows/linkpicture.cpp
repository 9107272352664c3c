#include "linkpicture.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>

namespace relink {

namespace {

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QJsonObject LinkPicture::toJson() const
{
    QJsonValue last;
    if (lastAttempt)
        last = QJsonObject{{QStringLiteral("agent"), lastAttempt->agent},
                           {QStringLiteral("at"), isoOrNull(lastAttempt->at)},
                           {QStringLiteral("outcome"), lastAttempt->outcome}};
    QJsonValue claim;
    if (claimedBy.isValid())
        claim =
            QJsonObject{{QStringLiteral("agent"), claimedBy.agent},
                        {QStringLiteral("since"), isoOrNull(claimedBy.since)},
                        {QStringLiteral("ticket"),
                         claimedBy.ticket.isEmpty() ? QJsonValue() : QJsonValue(claimedBy.ticket)}};
    return {{QStringLiteral("institution_status"),
             institutionStatus.isEmpty() ? QJsonValue() : QJsonValue(institutionStatus)},
            {QStringLiteral("last_attempt"), last},
            {QStringLiteral("claimed_by"), claim},
            {QStringLiteral("handoff_open_until"), isoOrNull(handoffOpenUntil)}};
}

QHash<QString, LinkPicture> linkPictures(const QList<Link> &links,
                                         const QList<HistoryEntry> &attempts,
                                         const QList<LinkClaim> &claims,
                                         const QHash<QString, QString> &bankStatus,
                                         const QString &environment, const QDateTime &now)
{
    QHash<QString, QList<HistoryEntry>> byLink;
    for (const HistoryEntry &e : attempts)
        byLink[e.linkId] << e;
    QHash<QString, LinkClaim> claimOf;
    for (const LinkClaim &c : claims) {
        if (c.environment == environment && c.expiresAt > now)
            claimOf.insert(c.linkId, c);
    }
    QHash<QString, LinkPicture> out;
    for (const Link &l : links) {
        PreflightFacts facts; // the pre-flight's reading of a link's attempts
        facts.linkId = l.id;
        facts.readHistory(byLink.value(l.id), environment, now);
        LinkPicture p;
        p.institutionStatus = bankStatus.value(l.institution);
        p.lastAttempt = facts.lastAttempt;
        if (facts.openHandoff)
            p.handoffOpenUntil = facts.openHandoffUntil;
        p.claimedBy = claimOf.value(l.id);
        out.insert(l.id, p);
    }
    return out;
}

QList<BankSummary> bankSummaries(const QStringList &rowInstitutions,
                                 const QHash<QString, QString> &displayNames,
                                 const QHash<QString, QString> &bankStatus)
{
    QHash<QString, int> counts;
    for (const QString &code : rowInstitutions)
        ++counts[code];
    QList<BankSummary> out;
    out.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), displayNames.value(it.key(), it.key()), bankStatus.value(it.key()),
                    it.value()});
    std::sort(out.begin(), out.end(), [](const BankSummary &a, const BankSummary &b) {
        if (a.links != b.links)
            return a.links > b.links;
        return a.displayName.compare(b.displayName, Qt::CaseInsensitive) < 0;
    });
    return out;
}

QList<BankBanner> bankBanners(const QList<BankSummary> &banks, bool attention)
{
    int total = 0;
    for (const BankSummary &b : banks)
        total += b.links;
    QList<BankBanner> out;
    for (const BankSummary &b : banks) {
        const QString name = b.displayName.isEmpty() ? b.institution : b.displayName;
        if (b.status == QLatin1StringView("down")) {
            out << BankBanner{
                b.institution,
                (attention ? QCoreApplication::translate(
                                 "relink::LinkPicture",
                                 "%1: %n link(s) need attention, and Belvo reports the bank "
                                 "down — updates will fail until it is back.",
                                 nullptr, b.links)
                           : QCoreApplication::translate(
                                 "relink::LinkPicture",
                                 "%1: %n link(s) listed, and Belvo reports the bank down — "
                                 "updates will fail until it is back.",
                                 nullptr, b.links))
                    .arg(name)};
        } else if (b.links >= kBankBannerLinks && 2 * b.links >= total && total > b.links) {
            out << BankBanner{
                b.institution,
                (attention ? QCoreApplication::translate(
                                 "relink::LinkPicture",
                                 "%1: %n of the %2 links needing attention are at this bank. "
                                 "It may be failing: update one and see before the others.",
                                 nullptr, b.links)
                           : QCoreApplication::translate(
                                 "relink::LinkPicture",
                                 "%1: %n of the %2 links listed are at this bank. It may be "
                                 "failing: update one and see before the others.",
                                 nullptr, b.links))
                    .arg(name)
                    .arg(total)};
        }
    }
    return out;
}

} // namespace relink
