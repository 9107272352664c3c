#pragma once

#include "historyservice.h"
#include "launchrequest.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class HistoryWindow;
}

namespace relink {

class HistoryTableModel;

// What was done to which link, when, with which request id. The table is the core's
// HistoryTableModel (rows are read as they scroll into view), so thousands of rows open
// instantly; filters and sorting go to it, export and clearing to the store.
class HistoryWindow : public QDialog
{
    Q_OBJECT
public:
    // The table's columns (HistoryColumn).
    enum Column {
        Time = static_cast<int>(HistoryColumn::Time),
        Environment = static_cast<int>(HistoryColumn::Environment),
        LinkId = static_cast<int>(HistoryColumn::LinkId),
        Institution = static_cast<int>(HistoryColumn::Institution),
        Fields = static_cast<int>(HistoryColumn::Fields),
        Steps = static_cast<int>(HistoryColumn::Steps),
        Outcome = static_cast<int>(HistoryColumn::Outcome),
        Status = static_cast<int>(HistoryColumn::HttpStatus),
        RequestIds = static_cast<int>(HistoryColumn::RequestIds),
        LinkStatus = static_cast<int>(HistoryColumn::LinkStatus),
        Agent = static_cast<int>(HistoryColumn::Agent),
        Ticket = static_cast<int>(HistoryColumn::Ticket),
        ColumnCount = kHistoryColumnCount
    };

    explicit HistoryWindow(HistoryService *history, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    HistoryFilter filter() const;
    // History of this link: only its attempts (whoever made them, whatever their outcome, in
    // the dates shown), the latest selected once read.
    void showLink(const QString &linkId);
    // The attempt selected (an empty one without a selection).
    HistoryEntry selectedEntry() const;
    // Hooks for tests and for platforms with their own dialogs.
    void setSaveFilePicker(std::function<QString(QWidget *)> picker)
    {
        m_pickFile = std::move(picker);
    }
    void setConfirm(std::function<bool(QWidget *, const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

signals:
    // Enter or double-click on a row: open its link in the main window's form, with the
    // row's ticket (and its environment, when it is sandbox or production).
    void linkChosen(const relink::LaunchRequest &request);

private:
    void reload();
    // The details pane and Copy request id follow the selection.
    void showSelection();
    void chooseRow(const QModelIndex &index);
    // Columns fitted to the rows read so far, none wider than a third of the window.
    void fitColumns();
    // Where the history is read from: this computer's file, or the team's database.
    void showPlace();
    // "Reading the history…" while the model reads.
    void showLoading();
    void showStatus();
    void copyRequestId();
    void exportCsv();
    void clearHistory();

    std::unique_ptr<Ui::HistoryWindow> m_ui;
    HistoryService *m_history;
    HistoryTableModel *m_model;
    std::function<QString(QWidget *)> m_pickFile;
    std::function<bool(QWidget *, const QString &)> m_confirm;
    QString m_selectedKey;      // kept across a reload (the history changed)
    bool m_selectFirst = false; // showLink(): the latest attempt, once read
};

} // namespace relink
