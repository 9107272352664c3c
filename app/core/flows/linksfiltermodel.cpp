#include "linksfiltermodel.h"

#include "linkstablemodel.h"

namespace relink {

LinksFilterModel::LinksFilterModel(LinksTableModel *links, QObject *parent)
    : QSortFilterProxyModel(parent), m_links(links)
{
    setSourceModel(links);
    setSortRole(LinksTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void LinksFilterModel::setSearch(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_search)
        return;
    m_search = search;
    invalidateRowsFilter();
}

void LinksFilterModel::setNobodyOnIt(bool only)
{
    if (only == m_nobodyOnIt)
        return;
    m_nobodyOnIt = only;
    invalidateRowsFilter();
}

void LinksFilterModel::picturesChanged()
{
    if (m_nobodyOnIt)
        invalidateRowsFilter();
}

int LinksFilterModel::linkRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return mapToSource(index(row, 0)).row();
}

bool LinksFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true;
    if (m_nobodyOnIt && !m_links->nobodyOnIt(sourceRow))
        return false;
    return m_search.isEmpty() || m_links->matches(sourceRow, m_search);
}

} // namespace relink
