#include "historywindow.h"

#include "ui_historywindow.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>

namespace relink {

namespace {
const char *const kColumnSql[] = {"a.started_at",  "a.environment", "a.link_id", "a.institution",
                                  "a.fields",      "steps",         "a.outcome", "a.http_status",
                                  "a.request_ids", "a.link_status"};
} // namespace

HistoryWindow::HistoryWindow(HistoryStore *store, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::HistoryWindow), m_store(store),
      m_model(new QSqlQueryModel(this))
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_ui->outcomeFilterCombo->addItem(tr("All outcomes"), QString());
    m_ui->outcomeFilterCombo->addItem(tr("Success"), QStringLiteral("success"));
    m_ui->outcomeFilterCombo->addItem(tr("Waiting for MFA"), QStringLiteral("mfa"));
    m_ui->outcomeFilterCombo->addItem(tr("Belvo errors"), QStringLiteral("error:"));
    m_ui->outcomeFilterCombo->addItem(tr("HTTP errors"), QStringLiteral("http:"));
    m_ui->outcomeFilterCombo->addItem(tr("Network problems"), QStringLiteral("transport:"));
    m_ui->outcomeFilterCombo->addItem(tr("Cancelled"), QStringLiteral("cancelled"));
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-90));
    m_ui->toDateEdit->setDate(today);
    m_ui->historyView->setModel(m_model);
    m_ui->historyView->horizontalHeader()->setSortIndicator(Time, Qt::DescendingOrder);
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
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

    connect(m_ui->linkFilterEdit, &QLineEdit::textChanged, this, &HistoryWindow::reload);
    connect(m_ui->outcomeFilterCombo, &QComboBox::currentIndexChanged, this,
            &HistoryWindow::reload);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &HistoryWindow::reload);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &HistoryWindow::reload);
    connect(m_ui->historyView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &HistoryWindow::reload);
    connect(m_ui->copyRequestIdButton, &QPushButton::clicked, this, &HistoryWindow::copyRequestId);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &HistoryWindow::exportCsv);
    connect(m_ui->clearHistoryButton, &QPushButton::clicked, this, &HistoryWindow::clearHistory);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_store, &HistoryStore::changed, this, &HistoryWindow::reload);
    reload();
}

HistoryWindow::~HistoryWindow() = default;

HistoryFilter HistoryWindow::filter() const
{
    HistoryFilter f;
    f.linkId = m_ui->linkFilterEdit->text().trimmed().toLower();
    f.outcome = m_ui->outcomeFilterCombo->currentData().toString();
    f.since = m_ui->fromDateEdit->date().startOfDay();
    f.until = m_ui->toDateEdit->date().addDays(1).startOfDay();
    return f;
}

void HistoryWindow::reload()
{
    const bool open = m_store->isOpen();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->exportCsvButton),
                       static_cast<QWidget *>(m_ui->clearHistoryButton)})
        w->setEnabled(open);
    if (!open) {
        m_model->clear();
        m_ui->historyStatusLabel->setText(m_store->lastError().isEmpty()
                                              ? tr("The history is not available.")
                                              : m_store->lastError());
        return;
    }
    const HistoryFilter f = filter();
    QString sql = QStringLiteral(
        "SELECT strftime('%Y-%m-%d %H:%M:%S', a.started_at, 'localtime'), a.environment, "
        "a.link_id, a.institution, replace(a.fields, ',', ' '), (SELECT group_concat(method || "
        "' ' || http_status, ', ') FROM steps s WHERE s.attempt_id = a.id) AS steps, a.outcome, "
        "a.http_status, replace(a.request_ids, ',', ' '), a.link_status FROM attempts a WHERE "
        "a.started_at >= ? AND a.started_at < ?");
    if (!f.linkId.isEmpty())
        sql += QStringLiteral(" AND a.link_id LIKE ?");
    if (!f.outcome.isEmpty())
        sql += QStringLiteral(" AND a.outcome LIKE ?");
    const QHeaderView *header = m_ui->historyView->horizontalHeader();
    const int column = qBound(0, header->sortIndicatorSection(), int(ColumnCount) - 1);
    sql += QStringLiteral(" ORDER BY %1 %2, a.id DESC")
               .arg(QLatin1StringView(kColumnSql[column]),
                    header->sortIndicatorOrder() == Qt::AscendingOrder ? QLatin1StringView("ASC")
                                                                       : QLatin1StringView("DESC"));
    QSqlQuery query(QSqlDatabase::database(m_store->connectionName(), false));
    query.prepare(sql);
    query.addBindValue(f.since.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(f.until.toUTC().toString(Qt::ISODateWithMs));
    if (!f.linkId.isEmpty())
        query.addBindValue(QString(QLatin1Char('%') + f.linkId + QLatin1Char('%')));
    if (!f.outcome.isEmpty())
        query.addBindValue(QString(f.outcome + QLatin1Char('%')));
    query.exec();
    m_model->setQuery(std::move(query));
    const QStringList titles = {
        tr("Time"),  tr("Environment"), tr("Link id"), tr("Institution"), tr("Fields sent"),
        tr("Steps"), tr("Outcome"),     tr("HTTP"),    tr("Request ids"), tr("Link status")};
    for (int i = 0; i < titles.size(); ++i)
        m_model->setHeaderData(i, Qt::Horizontal, titles.at(i));
    m_ui->historyView->resizeColumnsToContents(); // the rows fetched so far, not all of them
    if (m_model->lastError().isValid())
        m_ui->historyStatusLabel->setText(
            tr("The history could not be read: %1").arg(m_model->lastError().text()));
    else
        m_ui->historyStatusLabel->setText(
            m_model->rowCount() == 0 ? tr("No updates in this period.") : QString());
}

void HistoryWindow::copyRequestId()
{
    const QModelIndex current = m_ui->historyView->currentIndex();
    if (!current.isValid())
        return;
    const QString ids = m_model->index(current.row(), RequestIds).data().toString();
    QGuiApplication::clipboard()->setText(ids.section(QLatin1Char(' '), -1)); // the latest
}

void HistoryWindow::exportCsv()
{
    const QString path = m_pickFile(this);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(HistoryStore::toCsv(m_store->entries(filter())).toUtf8()) < 0 ||
        !file.commit()) {
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
    if (!m_store->clear())
        m_ui->historyStatusLabel->setText(m_store->lastError());
}

} // namespace relink
