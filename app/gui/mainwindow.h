#pragma once

#include "belvolink.h"
#include "institution.h"
#include "launchrequest.h"
#include "result.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

namespace relink {

class AutoCheck;
class LinkEntry;
class LinkSummary;
class LinkPreflight;
class Operation;
class RateLimitWait;
class UpdateFlow;
class WaitingDock;
struct UpdateOutcome;
class ResultPanel;
class SampleLinks;
class WindowMenu;
class Workspace;

// The window support staff open many times a day: link id, environment, the credential form,
// Update, and the result. Network work goes through Workspace's client; each answer arrives as
// one Result.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openSettings();
    // A link from a ticket, the command line or the links window: the id filled in and checked,
    // the environment switched when the request names one, its ticket (if it has one) in force.
    // One that arrives while a check or an update runs opens when it ends (the last one wins).
    // Credentials typed for another link are cleared, after the agent confirms. Nothing is
    // sent but the check until the agent presses Update.
    void openLink(const relink::LaunchRequest &request);
    // The Ticket field (trimmed): filled by a link from a ticket, or typed; recorded with the
    // update or the hand-off.
    QString ticket() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void loadPreferences();
    void savePreferences() const;
    void onEnvironmentChosen();
    void onLinkIdEdited(const QString &text);
    void checkLink();
    void onLinkChecked(const Result &result);
    void onInstitution(const Result &result);
    // The check's end, once the pre-flight's findings are in: focus on the headline (a failed
    // check) or the form's next field, else Update.
    void finishCheck(bool toHeadline);
    void update();
    void onUpdateOutcome(const UpdateOutcome &outcome);
    void sendToCustomer();
    void showLink(const relink::LaunchRequest &request);
    void cancel();
    void setBusy(const QString &what, bool showInPanel = true);
    void refreshState();
    // The credential fields shown are this link's: its bank's form, or every field after a
    // failed check. Until then no field shows.
    bool formShown() const;
    void showLinkSummary(const Link &link);
    void focusNextStep();
    QString linkId() const;
    // The result panel, built on first use: at start-up the group shows a one-line placeholder
    // (the panel's forms, fonts and selectable labels cost 5 % of the time to the first frame).
    ResultPanel *resultPanel();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    WindowMenu *m_menu;
    LinkSummary *m_summary;
    LinkEntry *m_linkEntry; // the link id and the ticket
    ResultPanel *m_resultPanel = nullptr;
    QPointer<Operation> m_running;
    QPointer<UpdateFlow> m_flow;
    RateLimitWait *m_rateLimit; // after a 429: Update and Check link wait
    bool m_mfaOpened = false;
    Institution m_institution;   // the bank of the last checked link
    QString m_institutionLinkId; // that link; editing the id away from it drops its form
    QString m_checkWhenKeys;     // an opened link that waits for its environment's keys
    WaitingDock *m_waiting;      // Waiting for customers: the desk's hand-offs
    bool m_busy = false;
    AutoCheck *m_autoCheck;                      // the first minute: an id is checked by itself
    QString m_formLinkId;                        // the link the credential fields were built for
    SampleLinks *m_sampleLinks = nullptr;        // demo mode's sample links, built in demo mode
    std::optional<LaunchRequest> m_openWhenFree; // a link that arrived while busy
    LinkPreflight *m_preflight;         // the findings under the link, and this agent's claim
    std::optional<bool> m_checkWaiting; // the check waits for the findings (true: the headline)
};

} // namespace relink
