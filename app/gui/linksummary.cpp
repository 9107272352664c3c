#include "linksummary.h"

#include "accessibility.h"
#include "result.h"
#include "resultpanel.h"

#include <QLabel>

namespace relink {

LinkSummary::LinkSummary(QLabel *badge, QLabel *summary, QLabel *externalId, QObject *parent)
    : QObject(parent), m_badge(badge), m_summary(summary), m_externalId(externalId)
{
    m_badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void LinkSummary::show(const Link &link)
{
    m_badge->setText(link.status);
    m_badge->setStyleSheet(statusBadgeStyle(link.status));
    announce(m_badge, tr("Status: %1").arg(link.status));
    m_summary->setText(tr("%1 — %2").arg(link.institution, explainLinkStatus(link.status)));
    showExternalId(link.externalId);
}

void LinkSummary::showExternalId(const QString &externalId)
{
    m_externalId->setText(externalId.isEmpty() ? QString() : tr("External id: %1").arg(externalId));
    m_externalId->setVisible(!externalId.isEmpty());
}

void LinkSummary::clear()
{
    m_badge->clear();
    m_badge->setStyleSheet(QString());
    m_summary->clear();
    showExternalId({});
}

} // namespace relink
