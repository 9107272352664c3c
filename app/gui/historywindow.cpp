#include "historywindow.h"

#include "accessibility.h"
#include "historyexport.h"
#include "historytablemodel.h"
#include "historyvocabulary.h"
#include "ui_historywindow.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

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
    // Who and for which ticket, right after when.
    header->moveSection(header->visualIndex(Agent), header->visualIndex(Time) + 1);
    header->moveSection(header->visualIndex(Ticket), header->visualIndex(Agent) + 1);
    header->setStretchLastSection(true);
    m_ui->historyView->verticalHeader()->setVisible(false);
    m_ui->historyView->setWordWrap(false);

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
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->historyView->resizeColumnsToContents(); // the rows read so far, not all of them
    });
    // Sorting reads again too (the view asks the model).
    connect(header, &QHeaderView::sortIndicatorChanged, this, &HistoryWindow::showLoading);
    reload();
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
    if (!read)
        m_ui->historyStatusLabel->setText(m_model->lastError());
    else
        m_ui->historyStatusLabel->setText(
            m_model->rowCount() == 0 ? tr("No updates in this period.") : QString());
}

void HistoryWindow::copyRequestId()
{
    const QModelIndex current = m_ui->historyView->currentIndex();
    if (!current.isValid())
        return;
    const QStringList ids = m_model->entry(current.row()).requestIds;
    if (!ids.isEmpty())
        QGuiApplication::clipboard()->setText(ids.last()); // the latest
}

void HistoryWindow::exportCsv()
{
    const QString path = m_pickFile(this);
    if (path.isEmpty())
        return;
    // What the window shows: every row of its filter, in its order, read on the history's thread.
    m_ui->exportCsvButton->setEnabled(false);
    m_history->read(m_model->filter(), m_model->order(), 0, std::numeric_limits<int>::max(), this,
                    [this, path](const HistoryRead &r) {
                        m_ui->exportCsvButton->setEnabled(true);
                        if (!r.ok)
                            m_ui->historyStatusLabel->setText(r.error);
                        else
                            writeCsv(path, r.entries);
                    });
}

void HistoryWindow::writeCsv(const QString &path, const QList<HistoryEntry> &rows)
{
    // Private (0600) before a byte is written, whatever the file it replaces allowed.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(historyCsv(rows).toUtf8()) < 0 || !file.commit()) {
        m_ui->historyStatusLabel->setText(
            tr("The history could not be exported to %1: %2. Choose another folder.")
                .arg(path, file.errorString()));
        return;
    }
    m_ui->historyStatusLabel->setText(tr("Exported to %1.").arg(path));
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
