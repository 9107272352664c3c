#include "linkpicture.h"

#include <QJsonValue>

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

} // namespace relink
