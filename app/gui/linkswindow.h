#pragma once

#include "belvolink.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>

namespace Ui {
class LinksWindow;
}

namespace relink {

class LinksTableModel;
class Operation;
class Workspace;

// File › Links needing attention: the account's links that broke (invalid, token_required by
// default), a page at a time as the table scrolls, filtered by status and institution, sortable.
// Enter or double-click puts a link in the main window (linkChosen) and checks it there; an
// update made there shows in the row (showLink) without a reload.
class LinksWindow : public QDialog
{
    Q_OBJECT
public:
    explicit LinksWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~LinksWindow() override;

    // The link as the main window last saw it: its row follows.
    void showLink(const Link &link);
    LinksTableModel *model() const { return m_model; }

    // Lists again with the filters as they are (Refresh).
    void reload();

signals:
    void linkChosen(const QString &linkId);

private:
    void openSelected();
    void showState();
    QString listedIn() const;
    // The banks' display names, asked for one at a time as new code names appear in the rows.
    void lookUpInstitutions();

    std::unique_ptr<Ui::LinksWindow> m_ui;
    Workspace *m_workspace;
    LinksTableModel *m_model;
    QHash<QString, QString> m_institutionNames; // code name → display name
    QSet<QString> m_asked;                      // code names asked for (answered or not)
    QPointer<Operation> m_lookup;
    QString m_listedIn;            // the base URL the rows come from
    bool m_listedWithKeys = false; // false: listed without keys, so again when they come
};

} // namespace relink
