#pragma once

#include <QSortFilterProxyModel>

namespace relink {

class LinksTableModel;

// The links table as the queue shows it: only the rows matching the search (a link id, an
// external id, a bank's code or display name, any part of one, without case) and, with "nobody
// on it", only the links no colleague (nor this agent) is on; sorted by the column the agent
// clicked (LinksTableModel::SortRole; a page that arrives later is sorted in).
// Rows the listing has not fetched yet are not searched: the view fetches the next pages while
// the matches do not fill it.
class LinksFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LinksFilterModel(LinksTableModel *links, QObject *parent = nullptr);

    void setSearch(const QString &text);
    QString search() const { return m_search; }
    // Only the links nobody is on (no claim in force that the team's picture knows of).
    void setNobodyOnIt(bool only);
    bool nobodyOnIt() const { return m_nobodyOnIt; }
    // The team's picture changed: the rows "nobody on it" shows are chosen again.
    void picturesChanged();
    // The source row of a row of this model (-1 outside).
    int linkRow(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LinksTableModel *m_links;
    QString m_search;
    bool m_nobodyOnIt = false;
};

} // namespace relink
