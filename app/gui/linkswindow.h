#pragma once

#include "belvolink.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class LinksWindow;
}

namespace relink {

class LinksFilterModel;
class LinksTableModel;
class Operation;
class QueuePicture;
class Workspace;

// File › Links needing attention, the queue beside the form (LinksDock holds it): the account's
// links that broke (invalid, token_required by default), a page at a time as the table scrolls,
// filtered by status and bank at Belvo, searched among the rows (link id, external id, bank),
// sortable by any column. Enter or double-click puts a link in the form (linkChosen) and checks
// it there; an update made there shows in the row (showLink) without a reload. The team's
// picture (#25) comes with the rows: each bank's health, the last attempt, who is on the link, an
// open hand-off; a summary by bank with a banner for a bank that is down or holds many of the
// links; "Nobody on it" shows the links free to take. It is read again every minute while the
// queue is shown, and when this desk records something (linkswindow_team.cpp).
class LinksWindow : public QWidget
{
    Q_OBJECT
public:
    explicit LinksWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~LinksWindow() override;

    // The link as the main window last saw it: its row follows.
    void showLink(const Link &link);
    LinksTableModel *model() const { return m_model; }
    // What the table shows: the rows matching the search, in the order of the sorted column.
    LinksFilterModel *shown() const { return m_shown; }
    // Focus to the search box (the queue was asked for from the menu).
    void focusSearch();

    // Lists again with the filters as they are (Refresh).
    void reload();

signals:
    // A row opened: its link id and external id (empty when it has none).
    void linkChosen(const QString &linkId, const QString &externalId);
    // Close: the dock hides the queue (its rows stay for the next time).
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openSelected();
    void showState();
    QString listedIn() const;
    // The banks' display names, asked for one at a time as new code names appear in the rows.
    void lookUpInstitutions();

    // The team's picture (linkswindow_team.cpp).
    void setUpTeamPicture();
    // Reads the picture of the rows not read yet (a page arrived), or of every row.
    void readNewPictures();
    void readAllPictures();
    void forgetPictures();
    // The summary by bank, its banners, and what could not be read of the team's picture.
    void showTeam();

    std::unique_ptr<Ui::LinksWindow> m_ui;
    Workspace *m_workspace;
    LinksTableModel *m_model;
    LinksFilterModel *m_shown;
    QHash<QString, QString> m_institutionNames; // code name → display name
    QSet<QString> m_asked;                      // code names asked for (answered or not)
    QPointer<Operation> m_lookup;
    QueuePicture *m_picture = nullptr;
    QSet<QString> m_pictured; // the link ids whose picture was asked for
    QString m_pictureProblem;
    QStringList m_bannerBanks;        // the banks whose banners were last announced
    bool m_teamColumnsFitted = false; // to the first pictures of a listing
    QTimer *m_pictureTimer = nullptr;
    QTimer *m_recorded = nullptr; // this desk recorded something: read again, once

    bool m_lookupPending = false;  // the next bank's name waits for the rate limit
    QString m_listedIn;            // the base URL the rows come from
    bool m_listedWithKeys = false; // false: listed without keys, so again when they come
};

} // namespace relink
