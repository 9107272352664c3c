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

int LinksFilterModel::linkRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return mapToSource(index(row, 0)).row();
}

bool LinksFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return m_search.isEmpty() || sourceParent.isValid() || m_links->matches(sourceRow, m_search);
}

} // namespace relink
