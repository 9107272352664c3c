// Links needing attention: the team's picture of the rows (#25) — read from the history as pages
// arrive and every minute while shown — the summary by bank and its banners, "Nobody on it".
#include "linkswindow.h"

#include "accessibility.h"
#include "historyservice.h"
#include "linksfiltermodel.h"
#include "linkstablemodel.h"
#include "queuepicture.h"
#include "resultpanel.h"
#include "ui_linkswindow.h"
#include "workspace.h"

#include <QCheckBox>
#include <QLocale>
#include <QTimer>

namespace relink {

namespace {

// Claims come and go: the picture is read again this often while the queue is shown.
constexpr int kPictureIntervalMs = 60'000;
// The banks named in the summary; the rest are counted.
constexpr int kSummaryBanks = 6;

} // namespace

void LinksWindow::setUpTeamPicture()
{
    m_picture = new QueuePicture(this);
    connect(m_picture, &QueuePicture::changed, this,
            [this](const QHash<QString, LinkPicture> &pictures, const QString &problem) {
                m_model->setPictures(pictures);
                m_shown->picturesChanged();
                if (!m_teamColumnsFitted && !pictures.isEmpty()) {
                    m_teamColumnsFitted = true;
                    for (int column : {LinksTableModel::OnIt, LinksTableModel::LastAttempt,
                                       LinksTableModel::HandoffUntil})
                        m_ui->linksView->resizeColumnToContents(column);
                }
                m_pictureProblem = problem;
                showTeam();
                showState();
            });
    m_pictureTimer = new QTimer(this);
    m_pictureTimer->setInterval(kPictureIntervalMs);
    connect(m_pictureTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            readAllPictures();
    });
    m_pictureTimer->start();
    // What this desk records (an update, a hand-off) and the links it claims show in their rows;
    // many records, one read.
    m_recorded = new QTimer(this);
    m_recorded->setSingleShot(true);
    m_recorded->setInterval(500);
    connect(m_recorded, &QTimer::timeout, this, &LinksWindow::readAllPictures);
    auto soon = [this] { // not put off by the next record: at most 500 ms after the first
        if (!m_recorded->isActive())
            m_recorded->start();
    };
    connect(m_workspace->history(), &HistoryService::changed, m_recorded, soon);
    connect(m_workspace->history(), &HistoryService::claimsChanged, m_recorded, soon);
    connect(m_ui->nobodyOnItCheck, &QCheckBox::toggled, this, [this](bool only) {
        m_shown->setNobodyOnIt(only);
        showState();
    });
    QPalette muted = m_ui->teamNoteLabel->palette();
    muted.setColor(QPalette::WindowText, mutedText(palette()));
    m_ui->teamNoteLabel->setPalette(muted);
    m_ui->bankBannerLabel->setStyleSheet(
        badgeStyle(statusBadgeColour(QStringLiteral("token_required")), QColor(), false));
    showTeam();
}

void LinksWindow::forgetPictures()
{
    m_picture->clear();
    m_pictured.clear();
    m_pictureProblem.clear();
    m_bannerBanks.clear();
    m_teamColumnsFitted = false;
}

void LinksWindow::readNewPictures()
{
    QList<Link> links;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Link link = m_model->link(row);
        if (!m_pictured.contains(link.id)) {
            m_pictured.insert(link.id);
            links << link;
        }
    }
    if (links.isEmpty() || !m_workspace->hasKeys())
        return;
    m_picture->setHistory(m_workspace->ensureHistory());
    m_picture->setEnvironment(m_workspace->environmentLabel());
    m_picture->read(links);
}

void LinksWindow::readAllPictures()
{
    m_pictured.clear();
    readNewPictures();
}

void LinksWindow::showTeam()
{
    const bool attention =
        m_ui->statusFilterCombo->currentData() == QStringLiteral("invalid,token_required");
    const QList<BankSummary> banks = m_model->bankSummaries();
    QStringList parts;
    for (qsizetype i = 0; i < banks.size() && i < kSummaryBanks; ++i) {
        const BankSummary &b = banks.at(i);
        const QString count = QLocale().toString(b.links);
        parts << (b.status == QLatin1StringView("down")
                      ? tr("%1 %2 (Belvo reports it down)").arg(b.displayName, count)
                  : b.status == QLatin1StringView("healthy")
                      ? tr("%1 %2 (healthy)").arg(b.displayName, count)
                      : tr("%1 %2").arg(b.displayName, count));
    }
    if (banks.size() > kSummaryBanks)
        parts << tr("%n more bank(s)", nullptr, int(banks.size() - kSummaryBanks));
    const bool partial = m_model->totalCount() > m_model->rowCount();
    QString summary;
    if (!parts.isEmpty())
        summary = (partial ? tr("By bank, of the %n listed so far:", nullptr, m_model->rowCount())
                           : tr("By bank:")) +
                  QLatin1Char(' ') + parts.join(QStringLiteral(" · "));
    m_ui->bankSummaryLabel->setText(summary);
    m_ui->bankSummaryLabel->setVisible(!summary.isEmpty());

    QStringList texts, which;
    for (const BankBanner &b : bankBanners(banks, attention)) {
        texts << b.text;
        which << b.institution;
    }
    const QString banner = texts.join(QLatin1Char('\n'));
    m_ui->bankBannerLabel->setText(banner);
    m_ui->bankBannerLabel->setVisible(!banner.isEmpty());
    // Said when a bank comes to deserve one, not as each page changes its count.
    if (!banner.isEmpty() && which != m_bannerBanks)
        announce(m_ui->bankBannerLabel, banner);
    m_bannerBanks = which;

    m_ui->teamNoteLabel->setText(
        m_pictureProblem.isEmpty()
            ? QString()
            : tr("Who is on each link and the last attempts could not be read (Relink tries again "
                 "every minute, and on Refresh): %1")
                  .arg(m_pictureProblem));
    m_ui->teamNoteLabel->setVisible(!m_ui->teamNoteLabel->text().isEmpty());
}

} // namespace relink
