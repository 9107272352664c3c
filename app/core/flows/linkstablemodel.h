#pragma once

#include "belvolink.h"
#include "institution.h"
#include "linkpicture.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace relink {

class LinkListing;

// The links of a listing as a table for a view: the pages are fetched as rows scroll into view
// (canFetchMore/fetchMore), one page at a time; sortable by any column (the rows fetched so
// far; a page that arrives later is sorted in). A link updated elsewhere (the main window)
// shows its new status in its row without a reload. The team's picture of each link (#25: its
// bank's health, the last attempt, who is on it, an open hand-off) comes in its own columns as
// it is read (setPictures, setInstitutionHealth).
class LinksTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Status,
        Institution,
        LastAccessed,
        Created,
        ExternalId,
        Id,
        BankHealth,   // Belvo's word on the bank: healthy, down
        LastAttempt,  // when, who, how it ended
        OnIt,         // the colleague (or this agent) on the link now
        HandoffUntil, // an open hand-off: until when the customer's link works
        ColumnCount
    };
    // The value a column sorts by (dates as QDateTime, text as text).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit LinksTableModel(QObject *parent = nullptr);
    ~LinksTableModel() override;

    // Shows this listing's links from its first page (the model starts it and owns it); the
    // rows of the previous listing go, and that listing is cancelled.
    void setListing(LinkListing *listing);
    // Stops loading pages; the rows fetched stay.
    void cancel();
    // No rows, no listing (another environment without keys).
    void clear();
    bool isLoading() const;
    // The listing goes on: more pages may come as the table scrolls.
    bool isListing() const { return !m_listing.isNull(); }
    // Belvo's count for the whole listing, -1 before the first page.
    int totalCount() const { return m_total; }
    // Why the listing stopped, when it failed (empty otherwise).
    Result failure() const { return m_failure; }

    // The link in `row`, with what the table shows of it (id, institution, status, external id,
    // dates); an empty one outside the rows.
    Link link(int row) const;
    // The link as an update or a check left it: its row (if any) shows it at once.
    void updateLink(const Link &link);
    // The institutions' display names, when known (the code name otherwise).
    void setInstitutionNames(const QHash<QString, QString> &displayNames);
    QStringList institutions() const; // the code names in the rows, sorted, once each
    // The institution's code name for a display name the rows show (any case); `name` itself
    // when no row shows it (a code name, or a bank not looked up yet).
    QString institutionCodeFor(const QString &name) const;
    // `row`'s link id, external id, institution code name or display name contains `text`
    // (without case).
    bool matches(int row, const QString &text) const;

    // The team's picture of these links (by id): their rows show it; links not named keep theirs.
    void setPictures(const QHash<QString, LinkPicture> &pictures);
    // Forgets every picture (another environment, a new listing).
    void clearPictures();
    // A bank's health as Belvo said it ("healthy", "down"), by code name.
    void setInstitutionHealth(const QString &institution, const QString &status);
    LinkPicture picture(int row) const;
    // Nobody is on `row`'s link: its picture was read, and no claim is in force.
    bool nobodyOnIt(int row) const;
    // The banks of the rows listed, the most links first (the queue's summary).
    QList<BankSummary> bankSummaries() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setHeaderData(int section, Qt::Orientation orientation, const QVariant &value,
                       int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // Loading started or stopped (a busy indicator and Cancel follow it).
    void loadingChanged(bool loading);
    // A page arrived: the count may have changed.
    void pageLoaded();
    // The listing ended: complete, cancelled or failed (see failure()).
    void listingFinished(const relink::Result &result);

private:
    // What a row keeps of a link: the columns, no more (10,000 rows stay small). Institution
    // and status texts are shared between rows.
    struct Row
    {
        QString id;
        QString institution;
        QString status;
        QString externalId;
        QDateTime lastAccessedAt;
        QDateTime createdAt;
    };
    Row rowOf(const Link &link);
    void onPage(const QList<Link> &links, int total);
    void onFinished(const Result &result);
    QVariant sortValue(const Row &row, int column) const;
    // The team's columns (linkstablemodel_team.cpp).
    QVariant teamSortValue(const Row &row, int column) const;
    QVariant teamData(const Row &row, int column, int role) const;
    void sortRows();

    QPointer<LinkListing> m_listing;
    QList<Row> m_rows;
    QSet<QString> m_texts; // institution and status texts, shared by the rows
    QHash<QString, QString> m_names;
    QHash<QString, LinkPicture> m_pictures; // by link id
    QHash<QString, QString> m_health;       // by code name
    QVariant m_titles[ColumnCount];
    int m_total = -1;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    Result m_failure;
};

} // namespace relink
