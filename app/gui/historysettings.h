#pragma once

#include "historylocation.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QMessageBox;
class QWidget;

namespace Ui {
class SettingsDialog;
}

namespace relink {

class HistoryService;
class Workspace;

// The History section of Settings: the name the agent is recorded under, where the history
// lives (a file on this computer, or a team's PostgreSQL) with a Test of that address, and how
// long this computer keeps it. Nothing here waits on a database: the Test and the count of what
// a shorter retention deletes run on a history's own thread and answer when they are done.
class HistorySettings : public QObject
{
    Q_OBJECT
public:
    // Works on the dialog's History widgets; `dialog` (which owns this) parents the question
    // and the Test.
    HistorySettings(Workspace *workspace, Ui::SettingsDialog *ui, QWidget *dialog);
    ~HistorySettings() override;

    // The dialog closes: the name is saved, a changed address is checked and used from now on,
    // the retention confirmed. False when the dialog must stay open: the address is refused
    // (its message is shown), the retention question is open, or the count of what the new
    // retention deletes is on its way (then `close` runs once the count allows closing).
    bool finish(std::function<void()> close);

private:
    // The address typed (the environment's when it decides; the default file when empty).
    Parsed<HistoryLocation> typedLocation() const;
    bool addressDecidedByEnvironment() const;
    void saveAgentName();
    // False (and the message shown) when the typed address is refused.
    bool applyAddress();
    void testAddress();
    // Retention is applied when the number is confirmed (Enter, leaving the field, closing),
    // never on each step; when it would delete records, a question says how many first. True
    // when it is applied (or unchanged); false while its count or its question is open.
    bool confirmRetention(std::function<void()> close = {});
    void onCounted(int days, int doomed);
    void askToDelete(int days, int doomed);
    void applyRetention(int days);

    Workspace *m_workspace;
    Ui::SettingsDialog *m_ui;
    QWidget *m_dialog;
    bool m_testing = false; // a Test is connecting
    QPointer<QMessageBox> m_retentionQuestion;
    int m_retentionDays = 90;      // as saved
    int m_countingDays = 0;        // a count of what this retention deletes is on its way
    std::function<void()> m_close; // closing waits for that count
};

} // namespace relink
