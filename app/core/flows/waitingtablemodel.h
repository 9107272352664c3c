#pragma once

#include <QAbstractTableModel>
#include <QTimer>

namespace relink {

class HandoffDesk;
struct WaitingHandoff;

// The Waiting for customers list: one row per hand-off of the desk, its time left ticking.
class WaitingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LinkId, Bank, ExternalId, Ticket, Agent, TimeLeft, LastSeen, ColumnCount };

    explicit WaitingTableModel(HandoffDesk *desk, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Pure: "9:41", "expired", …
    static QString timeLeftText(const WaitingHandoff &row);
    // Pure: "invalid at 12:03:05", "valid — the customer updated it at 12:04", …
    static QString lastSeenText(const WaitingHandoff &row);

private:
    HandoffDesk *m_desk;
    QTimer m_ticker; // the time left, every second while there are rows
};

} // namespace relink
