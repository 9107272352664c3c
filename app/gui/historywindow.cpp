#include "historywindow.h"

#include "accessibility.h"
#include "displaytime.h"
#include "historydetails.h"
#include "historytablemodel.h"
#include "historyvocabulary.h"
#include "ui_historywindow.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include <limits>

namespace relink {

HistoryWindow::HistoryWindow(HistoryService *history, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::HistoryWindow), m_history(history),
      m_model(new HistoryTableModel(history, this))
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_ui->outcomeFilterCombo->addItem(tr("All outcomes"), QString());
    m_ui->outcomeFilterCombo->addItem(tr("Success"), historyOutcomeName(HistoryOutcome::Success));
    m_ui->outcomeFilterCombo->addItem(tr("Waiting for MFA"),
                                      historyOutcomeName(HistoryOutcome::Mfa));
    m_ui->outcomeFilterCombo->addItem(tr("Belvo errors"),
                                      historyOutcomeName(HistoryOutcome::BelvoError));
    m_ui->outcomeFilterCombo->addItem(tr("HTTP errors"),
                                      historyOutcomeName(HistoryOutcome::HttpError));
    m_ui->outcomeFilterCombo->addItem(tr("Network problems"),
                                      historyOutcomeName(HistoryOutcome::Transport));
    m_ui->outcomeFilterCombo->addItem(tr("Sent to the customer"),
                                      historyOutcomeName(HistoryOutcome::HandedOff));
    m_ui->outcomeFilterCombo->addItem(tr("Still waiting for the customer"),
                                      historyOutcomeName(HistoryOutcome::Waiting));
    m_ui->outcomeFilterCombo->addItem(tr("Cancelled"),
                                      historyOutcomeName(HistoryOutcome::Cancelled));
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-90));
    m_ui->toDateEdit->setDate(today);
    const QStringList titles = {tr("Time"),        tr("Environment"), tr("Link id"),
                                tr("Institution"), tr("Fields sent"), tr("Steps"),
                                tr("Outcome"),     tr("HTTP"),        tr("Request ids"),
                                tr("Link status"), tr("Agent"),       tr("Ticket")};
    for (int i = 0; i < titles.size(); ++i)
        m_model->setHeaderData(i, Qt::Horizontal, titles.at(i));
    m_ui->historyView->setModel(m_model);
    // The view sorts through the model (sortingEnabled): newest first to begin with.
    QHeaderView *header = m_ui->historyView->horizontalHeader();
    header->setSortIndicator(Time, Qt::DescendingOrder);
    // What happened right after when, then to which link and Belvo's ids for it; who and for
    // which ticket; what the details pane says in full at the end.
    const Column order[] = {Time,  Outcome, LinkId,     Institution, Status, RequestIds,
                            Agent, Ticket,  LinkStatus, Steps,       Fields, Environment};
    for (int visual = 0; visual < ColumnCount; ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    // What the details pane shows for the selected attempt is hidden at first, so the rest fits
    // the window; the header's context menu shows any column again.
    for (Column column : {LinkStatus, Steps, Fields, Environment})
        header->setSectionHidden(column, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &at) {
                QMenu menu(this);
                for (int visual = 0; visual < ColumnCount; ++visual) {
                    const int column = header->logicalIndex(visual);
                    QAction *shown =
                        menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
                    shown->setCheckable(true);
                    shown->setChecked(!header->isSectionHidden(column));
                    shown->setEnabled(column != Time);
                    connect(shown, &QAction::toggled, header,
                            [header, column](bool on) { header->setSectionHidden(column, !on); });
                }
                menu.exec(header->viewport()->mapToGlobal(at));
            });
    header->setStretchLastSection(true);
    header->setTextElideMode(Qt::ElideRight);
    m_ui->historyView->setTextElideMode(Qt::ElideMiddle); // ids keep both ends
    m_ui->historyView->verticalHeader()->setVisible(false);
    m_ui->historyView->setWordWrap(false);
    // The details pane: an attempt's summary (3 lines) and its steps (usually 1 to 4).
    const QMargins frame = m_ui->historyDetails->contentsMargins();
    m_ui->historyDetails->setFixedHeight(m_ui->historyDetails->fontMetrics().lineSpacing() * 8 +
                                         frame.top() + frame.bottom() + 8);
    m_ui->historyDetails->setPlaceholderText(
        tr("Select an attempt to see its steps, their HTTP statuses and request ids."));
    m_ui->copyRequestIdButton->setToolTip(tr("Copy the selected attempt's request ids"));

    m_pickFile = [](QWidget *p) {
        return QFileDialog::getSaveFileName(p, tr("Export the history"),
                                            QStringLiteral("relink-history.csv"),
                                            tr("CSV files (*.csv)"));
    };
    m_confirm = [](QWidget *p, const QString &question) {
        return QMessageBox::question(p, tr("Clear history"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };

    for (QLineEdit *edit : {m_ui->linkFilterEdit, m_ui->agentFilterEdit, m_ui->ticketFilterEdit})
        connect(edit, &QLineEdit::textChanged, this, &HistoryWindow::reload);
    connect(m_ui->outcomeFilterCombo, &QComboBox::currentIndexChanged, this,
            &HistoryWindow::reload);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &HistoryWindow::reload);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &HistoryWindow::reload);
    connect(m_ui->copyRequestIdButton, &QPushButton::clicked, this, &HistoryWindow::copyRequestId);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &HistoryWindow::exportCsv);
    connect(m_ui->clearHistoryButton, &QPushButton::clicked, this, &HistoryWindow::clearHistory);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The model follows the store (it reloads when the history changes).
    connect(m_model, &HistoryTableModel::loaded, this, &HistoryWindow::showStatus);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedKey = selectedEntry().key; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns(); // the rows read so far, not all of them
        for (int row = 0; !m_selectedKey.isEmpty() && row < m_model->rowCount(); ++row) {
            if (m_model->entry(row).key == m_selectedKey)
                m_ui->historyView->selectRow(row);
        }
        showSelection();
    });
    connect(m_ui->historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryWindow::showSelection);
    connect(m_ui->historyView, &QAbstractItemView::activated, this, &HistoryWindow::chooseRow);
    // Sorting reads again too (the view asks the model).
    connect(header, &QHeaderView::sortIndicatorChanged, this, &HistoryWindow::showLoading);
    reload();
    showSelection();
    refreshAccessibility(this);
}

HistoryWindow::~HistoryWindow() = default;

HistoryFilter HistoryWindow::filter() const
{
    HistoryFilter f;
    f.linkId = m_ui->linkFilterEdit->text().trimmed().toLower();
    f.outcome = m_ui->outcomeFilterCombo->currentData().toString();
    f.agent = m_ui->agentFilterEdit->text().trimmed();
    f.ticket = m_ui->ticketFilterEdit->text().trimmed();
    f.since = m_ui->fromDateEdit->date().startOfDay();
    f.until = m_ui->toDateEdit->date().addDays(1).startOfDay();
    return f;
}

void HistoryWindow::showLink(const QString &linkId)
{
    const QSignalBlocker blockAgent(m_ui->agentFilterEdit), blockTicket(m_ui->ticketFilterEdit),
        blockOutcome(m_ui->outcomeFilterCombo), blockLink(m_ui->linkFilterEdit);
    m_ui->agentFilterEdit->clear();
    m_ui->ticketFilterEdit->clear();
    m_ui->outcomeFilterCombo->setCurrentIndex(0);
    m_ui->linkFilterEdit->setText(linkId);
    m_ui->linkFilterEdit->setCursorPosition(0); // the id from its start
    m_ui->historyView->clearSelection();
    m_selectFirst = true;
    reload();
}

HistoryEntry HistoryWindow::selectedEntry() const
{
    const QModelIndexList rows = m_ui->historyView->selectionModel()->selectedRows();
    return rows.isEmpty() ? HistoryEntry() : m_model->entry(rows.first().row());
}

void HistoryWindow::showSelection()
{
    const HistoryEntry e = selectedEntry();
    const bool selected = !e.key.isEmpty() || e.id != 0;
    m_ui->copyRequestIdButton->setEnabled(selected && !e.requestIds.isEmpty());
    m_ui->historyDetails->setPlainText(selected ? HistoryDetails::text(e) : QString());
    m_ui->historyDetails->setToolTip(selected ? tr("Started %1").arg(isoTime(e.startedAt))
                                              : QString());
}

void HistoryWindow::chooseRow(const QModelIndex &index)
{
    const HistoryEntry e = m_model->entry(index.row());
    if (e.linkId.isEmpty())
        return;
    LaunchRequest request;
    request.linkId = e.linkId;
    request.ticket = e.ticket;
    if (e.environment == QLatin1StringView("sandbox") ||
        e.environment == QLatin1StringView("production"))
        request.environment = e.environment;
    emit linkChosen(request);
}

void HistoryWindow::fitColumns()
{
    QTableView *view = m_ui->historyView;
    view->resizeColumnsToContents();
    const QFontMetrics metrics = view->fontMetrics();
    const int widest = qMax(metrics.averageCharWidth() * 12, width() / 4);
    for (int column = 0; column < ColumnCount; ++column)
        view->setColumnWidth(column, qMin(view->columnWidth(column), widest));
    // Request ids keep both ends ("6c1f0b2a…0e9a8b7c"); in full in the tooltip and the details.
    const int ids = metrics.horizontalAdvance(QString(20, QLatin1Char('0'))) + metrics.height();
    view->setColumnWidth(RequestIds, qMin(view->columnWidth(RequestIds), ids));
}

void HistoryWindow::reload()
{
    m_model->setFilter(filter());
    showLoading();
}

void HistoryWindow::showPlace()
{
    const HistoryLocation place = m_history->location();
    m_ui->historyPlaceLabel->setText(place.isTeam()
                                         ? tr("Team history: %1").arg(place.display())
                                         : tr("On this computer: %1").arg(place.display()));
}

void HistoryWindow::showLoading()
{
    showPlace();
    if (m_model->isLoading())
        m_ui->historyStatusLabel->setText(tr("Reading the history…"));
}

void HistoryWindow::showStatus()
{
    showPlace();
    const bool read = m_model->lastError().isEmpty();
    m_ui->exportCsvButton->setEnabled(read);
    // A team's history is the database's to clear, not one desktop's.
    m_ui->clearHistoryButton->setEnabled(read && !m_history->location().isTeam());
    if (std::exchange(m_selectFirst, false) && m_model->rowCount() > 0) {
        m_ui->historyView->selectRow(0);
        m_ui->historyView->setFocus();
    }
    if (!read)
        m_ui->historyStatusLabel->setText(m_model->lastError());
    else
        m_ui->historyStatusLabel->setText(
            m_model->rowCount() == 0 ? tr("No updates in this period.") : QString());
}

void HistoryWindow::copyRequestId()
{
    const QStringList ids = selectedEntry().requestIds; // every one, in the order they came
    if (ids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ids.join(QLatin1Char(' ')));
    m_ui->historyStatusLabel->setText(
        ids.size() == 1 ? tr("Request id copied.")
                        : tr("%n request ids copied.", nullptr, static_cast<int>(ids.size())));
}

void HistoryWindow::exportCsv()
{
    const QString path = m_pickFile(this);
    if (path.isEmpty())
        return;
    // What the window shows: every row of its filter, in its order, written on the history's
    // thread as the rows come (a million of them in constant memory).
    m_ui->exportCsvButton->setEnabled(false);
    m_ui->historyStatusLabel->setText(tr("Exporting to %1…").arg(path));
    m_history->exportCsv(m_model->filter(), m_model->order(), path, this,
                         [this, path](int count, const QString &error) {
                             m_ui->exportCsvButton->setEnabled(true);
                             m_ui->historyStatusLabel->setText(
                                 count < 0 ? error : tr("Exported to %1.").arg(path));
                         });
}

void HistoryWindow::clearHistory()
{
    if (!m_confirm(this, tr("Delete every recorded update from this computer? Belvo keeps its "
                            "own records; this cannot be undone.")))
        return;
    m_history->clear(this, [this](const QString &error) {
        if (!error.isEmpty())
            m_ui->historyStatusLabel->setText(error);
    });
}

} // namespace relink
