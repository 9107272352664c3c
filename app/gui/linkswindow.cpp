#include "linkswindow.h"

#include "accessibility.h"
#include "belvoclient.h"
#include "linklisting.h"
#include "linksfiltermodel.h"
#include "linkstablemodel.h"
#include "preflight.h"
#include "ratelimiter.h"
#include "resultpanel.h"
#include "statusbadgedelegate.h"
#include "ui_linkswindow.h"
#include "workspace.h"

#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>

namespace relink {

namespace {

const QString kNeedingAttention = QStringLiteral("invalid,token_required");
// A page as the table asks for it: a screenful many times over, and 10,000 links in 50 pages,
// well under Belvo's 80 requests in 30 s.
constexpr int kPageSize = 200;

} // namespace

LinksWindow::LinksWindow(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_ui(new Ui::LinksWindow), m_workspace(workspace),
      m_model(new LinksTableModel(this)), m_shown(new LinksFilterModel(m_model, this))
{
    m_ui->setupUi(this);
    m_ui->statusFilterCombo->addItem(tr("Needing attention (invalid, token required)"),
                                     kNeedingAttention);
    m_ui->statusFilterCombo->addItem(tr("Invalid"), QStringLiteral("invalid"));
    m_ui->statusFilterCombo->addItem(tr("Token required"), QStringLiteral("token_required"));
    m_ui->statusFilterCombo->addItem(tr("Unconfirmed"), QStringLiteral("unconfirmed"));
    m_ui->statusFilterCombo->addItem(tr("Valid"), QStringLiteral("valid"));
    m_ui->statusFilterCombo->addItem(tr("All links"), QStringLiteral("all"));
    const QStringList titles = {tr("Status"),        tr("Bank"),
                                tr("Last accessed"), tr("Created"),
                                tr("External id"),   tr("Link id"),
                                tr("Bank's health"), tr("Last attempt"),
                                tr("Who is on it"),  tr("Hand-off open until")};
    for (int i = 0; i < titles.size(); ++i)
        m_model->setHeaderData(i, Qt::Horizontal, titles.at(i));
    m_ui->linksView->setModel(m_shown);
    m_ui->linksView->setItemDelegateForColumn(LinksTableModel::Status,
                                              new StatusBadgeDelegate(m_ui->linksView));
    m_ui->linksView->verticalHeader()->setVisible(false);
    // Every row as tall as the first: no row is measured as pages arrive.
    m_ui->linksView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_ui->linksView->horizontalHeader();
    header->setStretchLastSection(true);
    // Columns fit the rows on screen, not a thousand of them (a stall while a page arrives).
    header->setResizeContentsPrecision(0);
    // Beside the form, what tells links apart comes first: status, bank, external id, link id.
    header->moveSection(header->visualIndex(LinksTableModel::ExternalId), 2);
    header->moveSection(header->visualIndex(LinksTableModel::Id), 3);
    // Then the team's picture: who is on it, the last attempt, an open hand-off, the bank.
    header->moveSection(header->visualIndex(LinksTableModel::OnIt), 4);
    header->moveSection(header->visualIndex(LinksTableModel::LastAttempt), 5);
    header->moveSection(header->visualIndex(LinksTableModel::HandoffUntil), 6);
    header->moveSection(header->visualIndex(LinksTableModel::BankHealth), 7);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // as Belvo lists them, until a click
    QFont count = m_ui->countLabel->font();
    count.setBold(true);
    m_ui->countLabel->setFont(count);
    // The bank filter offers the names the Bank column shows.
    auto *banks = new QCompleter(new QStringListModel(this), this);
    banks->setCaseSensitivity(Qt::CaseInsensitive);
    banks->setCompletionMode(QCompleter::InlineCompletion);
    m_ui->institutionFilterEdit->setCompleter(banks);

    connect(m_ui->statusFilterCombo, &QComboBox::currentIndexChanged, this, &LinksWindow::reload);
    // Another environment (Settings, a ticket): its links, not the last one's.
    connect(m_workspace, &Workspace::changed, this, [this] {
        if (listedIn() != m_listedIn || (m_workspace->hasKeys() && !m_listedWithKeys))
            reload();
    });
    connect(m_ui->institutionFilterEdit, &QLineEdit::returnPressed, this, &LinksWindow::reload);
    connect(m_ui->linksSearchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_shown->setSearch(text);
        showState();
    });
    m_ui->linksSearchEdit->installEventFilter(this);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &LinksWindow::reload);
    connect(m_ui->cancelLoadingButton, &QPushButton::clicked, m_model, &LinksTableModel::cancel);
    connect(m_ui->openButton, &QPushButton::clicked, this, &LinksWindow::openSelected);
    connect(m_ui->closeLinksButton, &QPushButton::clicked, this, &LinksWindow::closeRequested);
    connect(m_ui->linksView, &QAbstractItemView::doubleClicked, this, &LinksWindow::openSelected);
    m_ui->linksView->installEventFilter(this); // Enter opens the row
    connect(m_model, &LinksTableModel::loadingChanged, this, &LinksWindow::showState);
    connect(m_model, &LinksTableModel::pageLoaded, this, [this] {
        if (m_model->rowCount() <= kPageSize) // the first page: the columns fit it
            m_ui->linksView->resizeColumnsToContents();
        showState();
        lookUpInstitutions();
        readNewPictures();
        showTeam();
    });
    connect(m_model, &LinksTableModel::listingFinished, this, &LinksWindow::showState);
    connect(m_ui->linksView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LinksWindow::showState);
    setUpTeamPicture();
    reload();
    refreshAccessibility(this);
}

bool LinksWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (watched == m_ui->linksView && enter) {
        openSelected();
        return true;
    }
    // From the search box, Down (or Enter) goes to the matches, the first one chosen.
    if (watched == m_ui->linksSearchEdit && (enter || key == Qt::Key_Down) &&
        m_shown->rowCount() > 0) {
        QTableView *view = m_ui->linksView;
        if (!view->selectionModel()->hasSelection())
            view->selectRow(0);
        view->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LinksWindow::focusSearch()
{
    m_ui->linksSearchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->linksSearchEdit->selectAll();
}

LinksWindow::~LinksWindow()
{
    m_model->disconnect(this);
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->cancel();
    }
}

void LinksWindow::lookUpInstitutions()
{
    if (m_lookup || m_lookupPending || !m_workspace->hasKeys())
        return;
    // The banks' names count against Belvo's limit with the pages and the hand-offs' watches.
    RateLimiter *limiter = RateLimiter::forLinkListings();
    if (const qint64 wait = limiter->delayMs(); wait > 0) {
        m_lookupPending = true;
        QTimer::singleShot(wait, this, [this] {
            m_lookupPending = false;
            lookUpInstitutions();
        });
        return;
    }
    for (const QString &name : m_model->institutions()) {
        if (name.isEmpty() || m_asked.contains(name))
            continue;
        m_asked.insert(name);
        limiter->recordRequest();
        m_lookup = m_workspace->client()->getInstitution(name);
        connect(m_lookup, &Operation::finished, this, [this, name](const Result &r) {
            m_lookup = nullptr;
            if (r.kind == Result::Kind::Institution && !r.institution.displayName.isEmpty()) {
                m_institutionNames.insert(name, r.institution.displayName);
                m_model->setInstitutionNames(m_institutionNames);
                auto *names = static_cast<QStringListModel *>(
                    m_ui->institutionFilterEdit->completer()->model());
                QStringList sorted = m_institutionNames.values();
                sorted.sort(Qt::CaseInsensitive);
                names->setStringList(sorted);
            }
            if (r.kind == Result::Kind::Institution && !r.institution.status.isEmpty()) {
                m_model->setInstitutionHealth(name, r.institution.status);
                // The pre-flight of a link of this bank needs not ask again for 5 minutes.
                InstitutionHealthCache::shared().store(m_workspace->environmentLabel(), name,
                                                       {r.institution.displayName,
                                                        r.institution.status,
                                                        QDateTime::currentDateTimeUtc()});
            }
            showTeam(); // the summary names the bank as the rows do
            // Belvo asks to slow down: the names can wait (code names show meanwhile).
            if (r.failure == Failure::Cancelled || r.httpStatus == 429)
                return;
            lookUpInstitutions(); // the next one, if any
        });
        return;
    }
}

// Where the rows come from: the base URL (a custom one's port included), or none.
QString LinksWindow::listedIn() const
{
    const Parsed<QUrl> url = m_workspace->baseUrl();
    return url ? url.value->toString() : QString();
}

void LinksWindow::reload()
{
    // The bank as the column shows it (a display name) or its code name: Belvo filters by code.
    const QString bank = m_model->institutionCodeFor(m_ui->institutionFilterEdit->text().trimmed());
    m_ui->errorLabel->clear();
    m_listedIn = listedIn();
    m_listedWithKeys = m_workspace->hasKeys();
    m_institutionNames.clear();
    m_asked.clear();
    forgetPictures();
    if (m_lookup) { // the last environment's bank
        m_lookup->disconnect(this);
        m_lookup->cancel();
        m_lookup = nullptr;
    }
    if (!m_workspace->hasKeys()) {
        m_model->clear();
        m_ui->errorLabel->setText(tr("There are no API keys for this environment: add them in "
                                     "File › Settings, then Refresh."));
        showState();
        showTeam();
        return;
    }
    LinkQuery query;
    query.pageSize = kPageSize;
    const QString status = m_ui->statusFilterCombo->currentData().toString();
    if (status != QLatin1StringView("all"))
        query.statuses = status.split(QLatin1Char(','));
    query.institution = bank;
    m_model->setListing(new LinkListing(m_workspace->client(), query));
    showState();
    showTeam();
}

void LinksWindow::showLink(const Link &link)
{
    m_model->updateLink(link);
}

void LinksWindow::openSelected()
{
    const QModelIndexList rows = m_ui->linksView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Link link = m_model->link(m_shown->linkRow(rows.first().row()));
    emit linkChosen(link.id, link.externalId);
}

void LinksWindow::showState()
{
    const bool loading = m_model->isLoading();
    m_ui->busyBar->setVisible(loading);
    m_ui->busyLabel->setVisible(loading);
    m_ui->cancelLoadingButton->setVisible(loading);
    m_ui->busyLabel->setText(tr("Loading links…"));
    m_ui->openButton->setEnabled(m_ui->linksView->selectionModel()->hasSelection());

    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    const bool attention = m_ui->statusFilterCombo->currentData() == kNeedingAttention;
    QString count;
    if (total >= 0) {
        count = attention ? (total == 1 ? tr("1 link needs attention")
                                        : tr("%1 links need attention").arg(total))
                          : (total == 1 ? tr("1 link") : tr("%1 links").arg(total));
        if (shown < total && m_model->isListing())
            count += QLatin1Char(' ') +
                     tr("(%1 shown: scroll down for more)").arg(QLocale().toString(shown));
        else if (shown < total)
            count += QLatin1Char(' ') +
                     tr("(%1 shown: Refresh to list them all)").arg(QLocale().toString(shown));
        const int matching = m_shown->rowCount();
        if (m_shown->nobodyOnIt())
            count += QLatin1Char(' ') +
                     (m_shown->search().isEmpty()
                          ? tr("— %n with nobody on it", nullptr, matching)
                          : tr("— %n match(es) the search, with nobody on it", nullptr, matching));
        else if (!m_shown->search().isEmpty())
            count +=
                QLatin1Char(' ') +
                (matching == 1 ? tr("— 1 matches the search")
                               : tr("— %1 match the search").arg(QLocale().toString(matching)));
    }
    m_ui->countLabel->setText(count);
    const Result failure = m_model->failure();
    if (failure.failure == Failure::Cancelled) {
        m_ui->errorLabel->setText(tr("Loading was cancelled. Refresh to list the links "
                                     "again."));
    } else if (failure.kind != Result::Kind::Failure || !failure.message.isEmpty()) {
        QString text = tr("The list stopped: %1").arg(describeResult(failure));
        const QStringList ids = failure.requestIds();
        if (!ids.isEmpty())
            text +=
                QLatin1Char(' ') + tr("Belvo's request id: %1").arg(ids.join(QStringLiteral(", ")));
        m_ui->errorLabel->setText(text);
    }
    m_ui->errorLabel->setVisible(!m_ui->errorLabel->text().isEmpty()); // no empty stop for Tab
}

} // namespace relink
