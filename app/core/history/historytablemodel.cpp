#include "historytablemodel.h"

#include "displaytime.h"

namespace relink {

HistoryTableModel::HistoryTableModel(HistoryService *history, QObject *parent)
    : QAbstractTableModel(parent), m_history(history)
{
    connect(history, &HistoryService::changed, this, &HistoryTableModel::reload);
}

void HistoryTableModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

namespace {
struct Page
{
    QList<HistoryEntry> rows;
    QString error; // empty: read
};
} // namespace

void HistoryTableModel::readPage(bool first)
{
    if (!m_history)
        return;
    const int generation = first ? ++m_generation : m_generation;
    const HistoryFilter filter = m_filter;
    const HistoryOrder order = m_order;
    const int offset = first ? 0 : static_cast<int>(m_rows.size());
    m_loading = true;
    m_history->read(
        filter, order, offset, kPageSize, this, [this, generation, first](const HistoryRead &read) {
            Page page;
            page.rows = read.entries;
            if (!read.ok)
                page.error = read.error.isEmpty()
                                 ? tr("The history could not be read. Check its address in "
                                      "Settings › History, then "
                                      "open the history again.")
                                 : read.error;
            if (generation != m_generation || (!first && !m_loading))
                return; // a newer read replaced this one
            m_loading = false;
            m_error = page.error;
            m_atEnd = !page.error.isEmpty() || page.rows.size() < kPageSize;
            if (first) {
                beginResetModel();
                m_rows = page.rows;
                endResetModel();
            } else if (!page.rows.isEmpty()) {
                const int at = static_cast<int>(m_rows.size());
                beginInsertRows({}, at, at + static_cast<int>(page.rows.size()) - 1);
                m_rows += page.rows;
                endInsertRows();
            }
            emit loaded();
        });
}

void HistoryTableModel::reload()
{
    readPage(true);
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kHistoryColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryEntry &e = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == static_cast<int>(HistoryColumn::Time))
        return isoTime(e.startedAt); // the exact moment, with its offset
    if (role == Qt::ToolTipRole && index.column() == static_cast<int>(HistoryColumn::RequestIds))
        return e.requestIds.join(QLatin1Char('\n')); // in full, however narrow the column
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<HistoryColumn>(index.column())) {
    case HistoryColumn::Time:
        return displayTime(e.startedAt); // the locale's, as everywhere in the app
    case HistoryColumn::Environment:
        return e.environment;
    case HistoryColumn::LinkId:
        return e.linkId;
    case HistoryColumn::Institution:
        return e.institution;
    case HistoryColumn::Fields:
        return e.fields.join(QLatin1Char(' '));
    case HistoryColumn::Steps:
        return e.steps.join(QStringLiteral(", "));
    case HistoryColumn::Outcome:
        return e.outcome;
    case HistoryColumn::HttpStatus:
        return e.httpStatus > 0 ? QVariant(e.httpStatus) : QVariant(); // 0: no answer
    case HistoryColumn::RequestIds:
        return e.requestIds.join(QLatin1Char(' '));
    case HistoryColumn::LinkStatus:
        return e.linkStatus;
    case HistoryColumn::Agent:
        return e.agent;
    case HistoryColumn::Ticket:
        return e.ticket;
    }
    return {};
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < kHistoryColumnCount && m_titles[section].isValid())
        return m_titles[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool HistoryTableModel::setHeaderData(int section, Qt::Orientation orientation,
                                      const QVariant &value, int role)
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kHistoryColumnCount ||
        (role != Qt::DisplayRole && role != Qt::EditRole))
        return false;
    m_titles[section] = value;
    emit headerDataChanged(orientation, section, section);
    return true;
}

bool HistoryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void HistoryTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        readPage(false);
}

void HistoryTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kHistoryColumnCount)
        return;
    m_order = {static_cast<HistoryColumn>(column), order};
    reload();
}

} // namespace relink
