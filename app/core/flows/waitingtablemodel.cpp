#include "waitingtablemodel.h"

#include "displaytime.h"
#include "handoffdesk.h"

namespace relink {

WaitingTableModel::WaitingTableModel(HandoffDesk *desk, QObject *parent)
    : QAbstractTableModel(parent), m_desk(desk)
{
    connect(desk, &HandoffDesk::rowAdded, this, [this](int row) {
        beginInsertRows({}, row, row);
        endInsertRows();
        m_ticker.start();
    });
    connect(desk, &HandoffDesk::rowRemoved, this, [this](int row) {
        beginRemoveRows({}, row, row);
        endRemoveRows();
        if (m_desk->count() == 0)
            m_ticker.stop();
    });
    connect(desk, &HandoffDesk::rowChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        if (m_desk->count() > 0)
            emit dataChanged(index(0, TimeLeft), index(m_desk->count() - 1, TimeLeft),
                             {Qt::DisplayRole});
    });
}

int WaitingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_desk->count();
}

int WaitingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WaitingTableModel::timeLeftText(const WaitingHandoff &row)
{
    using S = WaitingHandoff::State;
    switch (row.state) {
    case S::Minting:
        return tr("making the link…");
    case S::Valid:
        return tr("done");
    case S::Ended:
        return tr("ended");
    case S::Waiting:
    case S::Restored:
        break;
    }
    const qint64 left = (row.tokenExpiry.remainingTime() + 999) / 1000;
    if (left <= 0)
        return tr("link expired; still watching");
    const QString time =
        QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    if (row.state == S::Restored)
        return tr("about %1 (can't be copied again: make a New link)").arg(time);
    return time;
}

QString WaitingTableModel::lastSeenText(const WaitingHandoff &row)
{
    using S = WaitingHandoff::State;
    if (row.state == S::Valid)
        return tr("valid — the customer updated it at %1").arg(displayClock(row.validAt));
    if (row.state == S::Ended)
        return row.message;
    if (row.lastStatus.isEmpty())
        return tr("not checked yet");
    if (!row.lastSeenAt.isValid())
        return row.lastStatus;
    return tr("%1 at %2").arg(row.lastStatus, displayClock(row.lastSeenAt));
}

QVariant WaitingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_desk->count())
        return {};
    const WaitingHandoff &row = m_desk->at(index.row());
    if (role == Qt::UserRole)
        return row.linkId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LinkId:
        return row.linkId;
    case Bank:
        return row.bank;
    case ExternalId:
        return row.externalId;
    case Ticket:
        return row.ticket;
    case Agent:
        return row.agent;
    case TimeLeft:
        return timeLeftText(row);
    case LastSeen:
        return lastSeenText(row);
    default:
        return {};
    }
}

QVariant WaitingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LinkId:
        return tr("Link id");
    case Bank:
        return tr("Bank");
    case ExternalId:
        return tr("External id");
    case Ticket:
        return tr("Ticket");
    case Agent:
        return tr("Agent");
    case TimeLeft:
        return tr("Time left");
    case LastSeen:
        return tr("Last seen");
    default:
        return {};
    }
}

} // namespace relink
