#include "historymodel.h"

namespace relink {

HistoryTableModel::HistoryTableModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(store, &HistoryStore::changed, this, &HistoryTableModel::reload);
}

void HistoryTableModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

bool HistoryTableModel::readPage(QList<HistoryEntry> *out)
{
    if (!m_store || !m_store->isOpen()) {
        m_atEnd = true;
        m_error.clear();
        return false;
    }
    const qsizetype before = out->size();
    const bool ok =
        m_store->read(m_filter, m_order, static_cast<int>(m_rows.size()), kPageSize, out);
    m_error = ok ? QString() : m_store->lastError();
    m_atEnd = !ok || out->size() - before < kPageSize;
    return ok;
}

void HistoryTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QList<HistoryEntry> page;
    readPage(&page);
    m_rows = page;
    endResetModel();
    emit loaded();
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
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryEntry &e = m_rows.at(index.row());
    switch (static_cast<HistoryColumn>(index.column())) {
    case HistoryColumn::Time:
        return e.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
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
    return !parent.isValid() && !m_atEnd;
}

void HistoryTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    QList<HistoryEntry> page;
    if (readPage(&page) && !page.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        m_rows += page;
        endInsertRows();
    }
    emit loaded();
}

void HistoryTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kHistoryColumnCount)
        return;
    m_order = {static_cast<HistoryColumn>(column), order};
    reload();
}

} // namespace relink
