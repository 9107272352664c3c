#include "samplelinks.h"

#include "accessibility.h"

#include "belvosimulator.h"
#include "mnemonics.h"

#include <QBoxLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace relink {

QList<SampleLinks::Sample> SampleLinks::samples()
{
    return {
        {BelvoSimulator::kValidLinkId, tr("Erebor Mexico: updated"), QStringLiteral("pass_valid"),
         tr("the link becomes valid (the PIN is optional: 4 digits).")},
        {BelvoSimulator::kNumericLinkId, tr("Heimdall Mexico: SMS code"),
         QStringLiteral("numeric_code"),
         tr("choose a document type; the bank asks for a code: 111111 is accepted, 999999 is "
            "not.")},
        {BelvoSimulator::kQrLinkId, tr("Heimdall Mexico: QR code"), QStringLiteral("qr_code"),
         tr("choose a document type; the bank shows a QR code, then accepts the code 111111.")},
        {BelvoSimulator::kInputlessLinkId, tr("Gotham Business Bank: approve on phone"),
         QStringLiteral("pass_valid"),
         tr("the bank waits for the customer to approve; then press I have approved it.")},
        {BelvoSimulator::kDownBankLinkId, tr("Erebor Brazil: bank down"),
         QStringLiteral("pass_valid"),
         tr("Belvo reports this bank down: the update fails until it is back.")},
    };
}

SampleLinks::SampleLinks(QWidget *parent) : QWidget(parent), m_hint(new QLabel(this))
{
    takeSecondaryMnemonic(this); // its letters never move the form's
    setObjectName(QStringLiteral("sampleLinks"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *title = new QLabel(tr("Sample links:"), this);
    title->setObjectName(QStringLiteral("sampleLinksLabel"));
    row->addWidget(title, 0, Qt::AlignTop);
    auto *grid = new QGridLayout; // two a row: they fit at 100 % and 200 %
    row->addLayout(grid);
    const QList<Sample> all = samples();
    for (int i = 0; i < all.size(); ++i) {
        const Sample s = all.at(i);
        auto *button = new QPushButton(s.title, this);
        button->setObjectName(QStringLiteral("sampleLink%1Button").arg(i + 1));
        button->setAutoDefault(false);
        button->setToolTip(tr("Fills in link %1").arg(s.linkId));
        button->setAccessibleDescription(
            tr("Fills in a sample link of the demo; password %1").arg(s.password));
        connect(button, &QPushButton::clicked, this, [this, s] {
            m_hint->setText(
                tr("Sample link %1: the password is %2; %3").arg(s.linkId, s.password, s.then));
            m_hint->setVisible(true);
            emit chosen(s.linkId);
        });
        grid->addWidget(button, i / 2, i % 2);
    }
    row->addStretch(1);
    outer->addLayout(row);
    m_hint->setObjectName(QStringLiteral("sampleLinkHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    outer->addWidget(m_hint);
}

SampleLinks *SampleLinks::addTo(QBoxLayout *layout)
{
    auto *links = new SampleLinks(layout->parentWidget());
    layout->insertWidget(1, links);
    refreshAccessibility(links->window());
    return links;
}

} // namespace relink
