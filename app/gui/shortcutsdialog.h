#pragma once

#include <QDialog>

class QMainWindow;
class QTreeWidget;

namespace relink {

// Help › Keyboard shortcuts: every key the main window answers to, read from the window as it
// is when asked (the menus, each Alt+letter and what it reaches, the fixed keys), so the list is
// never out of date: after a bank's form the bank's rows are in it with their letters.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMainWindow *window);

    // The rows shown: "Alt+I" → "Link id", in the order a reader meets them.
    QList<QPair<QString, QString>> rows() const { return m_rows; }

private:
    void collect(QMainWindow *window);
    void add(const QKeySequence &keys, const QString &what);
    void add(const QString &keys, const QString &what);

    QTreeWidget *m_list;
    QList<QPair<QString, QString>> m_rows;
};

} // namespace relink
