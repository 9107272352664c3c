// Links needing attention: the team's columns (#25) — the bank's health, the last attempt, who
// is on the link, an open hand-off — and the summary by bank.
#include "linkstablemodel.h"

#include "displaytime.h"

namespace relink {

void LinksTableModel::setPictures(const QHash<QString, LinkPicture> &pictures)
{
    if (pictures.isEmpty())
        return;
    for (auto it = pictures.cbegin(); it != pictures.cend(); ++it)
        m_pictures.insert(it.key(), it.value());
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LastAttempt), index(int(m_rows.size() - 1), HandoffUntil));
    if (m_sortColumn >= LastAttempt)
        sortRows();
}

void LinksTableModel::clearPictures()
{
    m_pictures.clear();
    m_health.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, BankHealth), index(int(m_rows.size() - 1), HandoffUntil));
}

void LinksTableModel::setInstitutionHealth(const QString &institution, const QString &status)
{
    if (m_health.value(institution) == status)
        return;
    m_health.insert(institution, status);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, BankHealth), index(int(m_rows.size() - 1), BankHealth));
    if (m_sortColumn == BankHealth)
        sortRows();
}

LinkPicture LinksTableModel::picture(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    LinkPicture p = m_pictures.value(m_rows.at(row).id);
    p.institutionStatus = m_health.value(m_rows.at(row).institution);
    return p;
}

bool LinksTableModel::nobodyOnIt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    // A link not read yet is not known to be free.
    const auto it = m_pictures.constFind(m_rows.at(row).id);
    return it != m_pictures.cend() &&
           (!it->claimedBy.isValid() || it->claimedBy.expiresAt <= QDateTime::currentDateTimeUtc());
}

QList<BankSummary> LinksTableModel::bankSummaries() const
{
    QStringList institutions;
    institutions.reserve(m_rows.size());
    for (const Row &r : m_rows)
        institutions << r.institution;
    return relink::bankSummaries(institutions, m_names, m_health);
}

namespace {

QString healthText(const QString &status)
{
    if (status == QLatin1StringView("healthy"))
        return LinksTableModel::tr("healthy");
    if (status == QLatin1StringView("down"))
        return LinksTableModel::tr("down");
    return status; // another word of Belvo's, as it came
}

} // namespace

QVariant LinksTableModel::teamSortValue(const Row &row, int column) const
{
    const LinkPicture p = m_pictures.value(row.id);
    switch (column) {
    case BankHealth:
        return m_health.value(row.institution);
    case LastAttempt:
        return p.lastAttempt ? p.lastAttempt->at : QDateTime();
    case OnIt:
        return p.claimedBy.agent.toLower();
    case HandoffUntil:
        return p.handoffOpenUntil;
    }
    return {};
}

QVariant LinksTableModel::teamData(const Row &row, int column, int role) const
{
    const auto it = m_pictures.constFind(row.id);
    const LinkPicture p = it == m_pictures.cend() ? LinkPicture() : *it;
    if (role == Qt::ToolTipRole) {
        if (column == LastAttempt && p.lastAttempt)
            return tr("%1 by %2 at %3")
                .arg(describeAttemptOutcome(p.lastAttempt->outcome), p.lastAttempt->agent,
                     isoTime(p.lastAttempt->at));
        if (column == HandoffUntil && p.handoffOpenUntil.isValid())
            return isoTime(p.handoffOpenUntil);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case BankHealth:
        return healthText(m_health.value(row.institution));
    case LastAttempt:
        if (!p.lastAttempt)
            return QString();
        //: The last attempt on a link: its time, the agent, how it ended.
        return tr("%1, %2: %3")
            .arg(displayTime(p.lastAttempt->at), p.lastAttempt->agent,
                 describeAttemptOutcome(p.lastAttempt->outcome));
    case OnIt:
        if (!p.claimedBy.isValid())
            return QString();
        return p.claimedBy.ticket.isEmpty()
                   ? tr("%1 (since %2)").arg(p.claimedBy.agent, displayClock(p.claimedBy.since))
                   : tr("%1 (since %2, ticket %3)")
                         .arg(p.claimedBy.agent, displayClock(p.claimedBy.since),
                              p.claimedBy.ticket);
    case HandoffUntil:
        return displayTime(p.handoffOpenUntil);
    }
    return {};
}

} // namespace relink
