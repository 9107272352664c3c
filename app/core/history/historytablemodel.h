#pragma once

#include "historyservice.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace relink {

// The history as a table for a view: filtered, sortable by any column (HistoryColumn), read
// from the store a page at a time as rows scroll into view, so thousands of rows open at once.
// Every read runs on the history's thread (HistoryService): the rows shown stay until the
// answer replaces them, and loaded() says it came. Follows the history: reloads when it changes.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 256;

    explicit HistoryTableModel(HistoryService *history, QObject *parent = nullptr);

    // Shows the attempts that match, from the first page.
    void setFilter(const HistoryFilter &filter);
    HistoryFilter filter() const { return m_filter; }
    HistoryOrder order() const { return m_order; }
    // Reads the first page again.
    void reload();
    // A read is on its way.
    bool isLoading() const { return m_loading; }

    // The attempt in `row` (an empty one outside the rows read so far).
    HistoryEntry entry(int row) const { return m_rows.value(row); }
    // Why the last read failed (translated, with what to do), or empty.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Titles are the view's to give (setHeaderData); without one, a column shows its number.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setHeaderData(int section, Qt::Orientation orientation, const QVariant &value,
                       int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // After each read, whether it succeeded or not (see lastError).
    void loaded();

private:
    void readPage(bool first);

    QPointer<HistoryService> m_history;
    HistoryFilter m_filter;
    HistoryOrder m_order;
    QList<HistoryEntry> m_rows;
    QVariant m_titles[kHistoryColumnCount];
    QString m_error;
    bool m_atEnd = true;
    bool m_loading = false;
    int m_generation = 0; // answers to an older read (another filter, order) are dropped
};

} // namespace relink
