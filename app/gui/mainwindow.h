#pragma once

#include "models.h"
#include "result.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace relink {

class Operation;
class RateLimitWait;
class UpdateFlow;
struct UpdateOutcome;
class ResultPanel;
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
    void update();
    void onUpdateOutcome(const UpdateOutcome &outcome);
    void sendToCustomer();
    void cancel();
    void setBusy(const QString &what, bool showInPanel = true);
    void refreshState();
    void showLinkSummary(const Link &link);
    QString linkId() const;
    void openHistory();
    // The result panel, built on first use: at start-up the group shows a one-line placeholder
    // (the panel's forms, fonts and selectable labels cost 5 % of the time to the first frame).
    ResultPanel *resultPanel();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    ResultPanel *m_resultPanel = nullptr;
    QPointer<Operation> m_running;
    QPointer<UpdateFlow> m_flow;
    QString m_fieldsLinkId;     // the link what is typed in the form belongs to
    RateLimitWait *m_rateLimit; // after a 429: Update and Check link wait
    bool m_mfaOpened = false;
    Institution m_institution;   // the bank of the last checked link
    QString m_institutionLinkId; // that link; editing the id away from it drops its form
    bool m_busy = false;
};

} // namespace relink
