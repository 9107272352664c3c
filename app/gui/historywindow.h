#pragma once

#include "history.h"

#include <QDialog>

#include <functional>
#include <memory>

class QSqlQueryModel;

namespace Ui {
class HistoryWindow;
}

namespace relink {

// What was done to which link, when, with which request id. A model over the SQL query (rows
// are fetched as they scroll into view), so thousands of rows open instantly.
class HistoryWindow : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        Time,
        Environment,
        LinkId,
        Institution,
        Fields,
        Steps,
        Outcome,
        Status,
        RequestIds,
        LinkStatus,
        ColumnCount
    };

    explicit HistoryWindow(HistoryStore *store, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    HistoryFilter filter() const;
    // Hooks for tests and for platforms with their own dialogs.
    void setSaveFilePicker(std::function<QString(QWidget *)> picker)
    {
        m_pickFile = std::move(picker);
    }
    void setConfirm(std::function<bool(QWidget *, const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

private:
    void reload();
    void copyRequestId();
    void exportCsv();
    void clearHistory();

    std::unique_ptr<Ui::HistoryWindow> m_ui;
    HistoryStore *m_store;
    QSqlQueryModel *m_model;
    std::function<QString(QWidget *)> m_pickFile;
    std::function<bool(QWidget *, const QString &)> m_confirm;
};

} // namespace relink
