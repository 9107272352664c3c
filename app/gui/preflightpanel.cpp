#include "preflightpanel.h"

#include "accessibility.h"
#include "mnemonics.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace relink {

PreflightPanel::PreflightPanel(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_findings(new QLabel(this)),
      m_confirm(new QCheckBox(this))
{
    setObjectName(QStringLiteral("preflightPanel"));
    m_findings->setObjectName(QStringLiteral("preflightFindingsLabel"));
    m_findings->setTextFormat(Qt::PlainText);
    m_findings->setWordWrap(true);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setAccessibleName(tr("Before going ahead"));
    m_confirm->setObjectName(QStringLiteral("preflightConfirmBox"));
    takeSecondaryMnemonic(m_confirm); // it comes and goes: the bank's letters never move for it
    m_confirm->setText(tr("Confirmed: go ahead anyway (the history records it)"));
    m_confirm->setAccessibleName(tr("Confirmed: go ahead anyway"));
    m_confirm->setAccessibleDescription(
        tr("Update and Send to customer wait for this while a finding above asks to confirm"));
    // A warning sign beside what asks to confirm, as a failed result has its own (with words).
    m_icon->setObjectName(QStringLiteral("preflightIcon"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                          .pixmap(QSize(size, size), devicePixelRatioF()));
    m_icon->setAlignment(Qt::AlignTop);
    auto *row = new QHBoxLayout;
    row->addWidget(m_icon);
    row->addWidget(m_findings, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_confirm, 0, Qt::AlignLeft); // as wide as its words: a click there ticks it
    connect(m_confirm, &QCheckBox::toggled, this, &PreflightPanel::changed);
    clear();
}

void PreflightPanel::clear()
{
    m_linkId.clear();
    m_checking = false;
    m_hasLines = false;
    m_confirmKinds.clear();
    m_findings->clear();
    resetConfirmation();
    m_confirm->hide();
    hide();
    emit changed();
}

void PreflightPanel::showChecking(const QString &linkId)
{
    clear();
    m_linkId = linkId;
    m_currentId = linkId;
    m_checking = true;
    emit changed();
}

void PreflightPanel::showFor(const QString &linkId)
{
    if (linkId == m_currentId)
        return;
    m_currentId = linkId;
    resetConfirmation();
    setVisible(m_hasLines && linkId == m_linkId);
    emit changed();
}

void PreflightPanel::showReport(const PreflightReport &report)
{
    m_linkId = report.facts.linkId;
    m_checking = false;
    m_confirmKinds.clear();
    QStringList lines;
    for (const PreflightFinding &f : report.findings) {
        const bool confirm = f.severity == PreflightFinding::Severity::Confirm;
        if (confirm && !m_confirmKinds.contains(f.kind))
            m_confirmKinds << f.kind;
        lines << (confirm ? tr("To confirm: %1") : tr("Note: %1")).arg(f.message);
    }
    m_findings->setText(lines.join(QLatin1Char('\n')));
    resetConfirmation();
    m_confirm->setVisible(!m_confirmKinds.isEmpty());
    m_icon->setVisible(!m_confirmKinds.isEmpty());
    m_hasLines = !lines.isEmpty();
    setVisible(m_hasLines && m_currentId == m_linkId);
    if (m_hasLines && m_currentId == m_linkId)
        announce(m_findings,
                 m_confirmKinds.isEmpty()
                     ? lines.join(QLatin1Char(' '))
                     : tr("Before going ahead, confirm: %1").arg(lines.join(QLatin1Char(' '))));
    emit changed();
}

bool PreflightPanel::blocks() const
{
    return !m_confirmKinds.isEmpty() && !m_confirm->isChecked();
}

QStringList PreflightPanel::confirmedKinds() const
{
    return m_confirm->isChecked() ? m_confirmKinds : QStringList();
}

bool PreflightPanel::takesOver() const
{
    return confirmedKinds().contains(QStringLiteral("claimed"));
}

void PreflightPanel::resetConfirmation()
{
    const QSignalBlocker quiet(m_confirm);
    m_confirm->setChecked(false);
}

} // namespace relink
