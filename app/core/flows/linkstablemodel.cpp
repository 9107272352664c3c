#include "linkstablemodel.h"

#include "displaytime.h"
#include "linklisting.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace relink {

namespace {

// A total order for sorting: a missing date before every date, text without case.
int compareValues(const QVariant &x, const QVariant &y)
{
    if (x.userType() == QMetaType::QDateTime) {
        const QDateTime a = x.toDateTime(), b = y.toDateTime();
        if (a.isValid() != b.isValid())
            return a.isValid() ? 1 : -1;
        const qint64 d = a.isValid() ? a.toMSecsSinceEpoch() - b.toMSecsSinceEpoch() : 0;
        return d < 0 ? -1 : d > 0 ? 1 : 0;
    }
    return x.toString().compare(y.toString(), Qt::CaseInsensitive);
}

} // namespace

LinksTableModel::LinksTableModel(QObject *parent) : QAbstractTableModel(parent) {}

LinksTableModel::~LinksTableModel()
{
    if (m_listing) {
        m_listing->disconnect(this); // its last word must not reach a model (or view) going away
        m_listing->cancel();
    }
}

void LinksTableModel::setListing(LinkListing *listing)
{
    if (m_listing) {
        m_listing->disconnect(this);
        m_listing->cancel();
    }
    beginResetModel();
    m_rows.clear();
    m_texts.clear();
    m_total = -1;
    m_failure = {};
    m_pictures.clear();
    m_health.clear();
    m_listing = listing;
    endResetModel();
    listing->setParent(this);
    connect(listing, &LinkListing::pageArrived, this, &LinksTableModel::onPage);
    connect(listing, &LinkListing::finished, this, &LinksTableModel::onFinished);
    listing->start();
    emit loadingChanged(true);
}

void LinksTableModel::clear()
{
    if (m_listing) {
        m_listing->disconnect(this);
        m_listing->cancel();
        m_listing = nullptr;
    }
    beginResetModel();
    m_rows.clear();
    m_texts.clear();
    m_total = -1;
    m_failure = {};
    m_pictures.clear();
    m_health.clear();
    endResetModel();
    emit loadingChanged(false);
}

void LinksTableModel::cancel()
{
    if (m_listing)
        m_listing->cancel(); // finished() follows: loading stops there
}

bool LinksTableModel::isLoading() const
{
    return m_listing && m_listing->isLoading();
}

void LinksTableModel::onPage(const QList<Link> &links, int total)
{
    m_total = total;
    if (!links.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + links.size() - 1));
        m_rows.reserve(m_rows.size() + links.size());
        for (const Link &link : links)
            m_rows.append(rowOf(link));
        endInsertRows();
        if (m_sortColumn >= 0)
            sortRows();
    }
    emit pageLoaded();
    emit loadingChanged(isLoading());
}

void LinksTableModel::onFinished(const Result &result)
{
    m_listing = nullptr;
    if (!result.isSuccess())
        m_failure = result;
    emit loadingChanged(false);
    emit listingFinished(result);
}

LinksTableModel::Row LinksTableModel::rowOf(const Link &link)
{
    auto shared = [this](const QString &text) {
        return *m_texts.insert(text);
    };
    return {link.id,         shared(link.institution), shared(link.status),
            link.externalId, link.lastAccessedAt,      link.createdAt};
}

Link LinksTableModel::link(int row) const
{
    const Row r = m_rows.value(row);
    Link l;
    l.id = r.id;
    l.institution = r.institution;
    l.status = r.status;
    l.externalId = r.externalId;
    l.lastAccessedAt = r.lastAccessedAt;
    l.createdAt = r.createdAt;
    return l;
}

void LinksTableModel::updateLink(const Link &link)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == link.id) {
            m_rows[row] = rowOf(link);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    sortRows(); // a sorted table stays sorted
}

void LinksTableModel::setInstitutionNames(const QHash<QString, QString> &displayNames)
{
    m_names = displayNames;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Institution), index(int(m_rows.size() - 1), Institution));
    if (m_sortColumn == Institution)
        sortRows();
}

QStringList LinksTableModel::institutions() const
{
    QSet<QString> names;
    for (const Row &r : m_rows)
        names.insert(r.institution);
    QStringList out(names.begin(), names.end());
    out.sort();
    return out;
}

QString LinksTableModel::institutionCodeFor(const QString &name) const
{
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        if (it.value().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return name;
}

bool LinksTableModel::matches(int row, const QString &text) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Row &r = m_rows.at(row);
    auto has = [&text](const QString &s) {
        return s.contains(text, Qt::CaseInsensitive);
    };
    if (has(r.id) || has(r.externalId) || has(r.institution))
        return true;
    const auto name = m_names.constFind(r.institution);
    return name != m_names.cend() && has(*name);
}

int LinksTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LinksTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinksTableModel::sortValue(const Row &l, int column) const
{
    switch (column) {
    case Status:
        return l.status;
    case Institution:
        return m_names.value(l.institution, l.institution).toLower();
    case LastAccessed:
        return l.lastAccessedAt;
    case Created:
        return l.createdAt;
    case ExternalId:
        return l.externalId;
    case Id:
        return l.id;
    }
    return teamSortValue(l, column);
}

QVariant LinksTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &l = m_rows.at(index.row());
    if (role == SortRole)
        return sortValue(l, index.column());
    // An empty cell (a link without an external id) still says what it is to a screen reader.
    if (role == Qt::AccessibleTextRole && data(index, Qt::DisplayRole).toString().isEmpty())
        return tr("none");
    // A tooltip guesses rich text from its content: Belvo's text is escaped inside an explicit
    // rich-text document, so "<img src=…>" shows as those characters (never markup).
    if (role == Qt::ToolTipRole && index.column() == Institution)
        return QStringLiteral("<qt>%1</qt>").arg(l.institution.toHtmlEscaped());
    if (role == Qt::ToolTipRole && (index.column() == LastAccessed || index.column() == Created))
        return isoTime(index.column() == Created ? l.createdAt : l.lastAccessedAt);
    if (index.column() >= BankHealth)
        return teamData(l, index.column(), role);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Status:
        return l.status;
    case Institution:
        return m_names.value(l.institution, l.institution);
    case LastAccessed:
        return displayTime(l.lastAccessedAt);
    case Created:
        return displayTime(l.createdAt);
    case ExternalId:
        return l.externalId;
    case Id:
        return l.id;
    }
    return {};
}

QVariant LinksTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < ColumnCount && m_titles[section].isValid())
        return m_titles[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool LinksTableModel::setHeaderData(int section, Qt::Orientation orientation, const QVariant &value,
                                    int role)
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount ||
        (role != Qt::EditRole && role != Qt::DisplayRole))
        return false;
    m_titles[section] = value;
    emit headerDataChanged(orientation, section, section);
    return true;
}

bool LinksTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_listing && !m_listing->isLoading() && m_listing->canFetchMore();
}

void LinksTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_listing->fetchMore();
    emit loadingChanged(true);
}

void LinksTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
}

void LinksTableModel::sortRows()
{
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> ids;
    for (const QModelIndex &i : before)
        ids << m_rows.value(i.row()).id;
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        const int c = compareValues(sortValue(a, column), sortValue(b, column));
        return ascending ? c < 0 : c > 0;
    });
    QHash<QString, int> rowOf;
    for (int r = 0; r < m_rows.size(); ++r)
        rowOf.insert(m_rows[r].id, r);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(rowOf.value(ids[i], before[i].row()), before[i].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace relink
