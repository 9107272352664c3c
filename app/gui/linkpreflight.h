#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QFormLayout;
class QStatusBar;
class QTimer;

namespace relink {

class Preflight;
class PreflightPanel;
class Workspace;
struct PreflightReport;

// The main window's pre-flight (#25): started with each check of a link, fed the check's two
// answers (the window reads the link and its bank for its form: nothing is asked twice), its
// findings shown in the panel. Checking a link claims it for this agent, renewed every 4
// minutes while the link stays in the form; the claim ends when the window moves on to another
// link or environment, or is destroyed (the agent quit). What was confirmed goes with the update
// or the hand-off (goAhead()).
class LinkPreflight : public QObject
{
    Q_OBJECT
public:
    // The findings go in a row of `linkForm` (under the link's summary); a colleague who takes
    // the link over meanwhile is said in `statusBar`.
    LinkPreflight(Workspace *workspace, QFormLayout *linkForm, QStatusBar *statusBar,
                  QObject *parent);
    ~LinkPreflight() override;

    void start(const QString &linkId, const QString &ticket);
    void supplyLink(const Result &result);
    void supplyInstitution(const Result &result);
    bool isRunning() const { return !m_running.isNull(); }
    void cancel();
    // The link changed under its findings (the customer updated it): they are read anew, with
    // Belvo's part from what is known (nothing is sent).
    void recheck(const QString &ticket, const Result &link, const Institution &bank);

    // The form now holds `linkId`: another link's findings go, and so does the claim.
    void linkChanged(const QString &linkId);
    // Nobody is on the claimed link any more (the agent quits or changes environment).
    void release();
    // What keeps Update and Send to the customer from `linkId` (translated), empty when
    // nothing: no findings of it in this environment yet (check it again), findings still being
    // read, or one to confirm.
    QString blocker(const QString &linkId) const;
    // Update or Send to customer on `linkId`: the kinds the agent confirmed (recorded with the
    // attempt). A colleague's claim confirmed is taken over. Each is confirmed anew.
    QStringList goAhead(const QString &linkId, const QString &ticket);

signals:
    // The findings are in (or the pre-flight ended for a link the window left), or what they
    // ask changed (confirmed, or another link's cleared).
    void changed();

private:
    void onFinished(Preflight *preflight, const PreflightReport &report);
    void renew();
    void claim(const QString &linkId, const QString &ticket, bool takeOver);

    Workspace *m_workspace;
    PreflightPanel *m_panel;
    QPointer<Preflight> m_running;
    QString m_claimedLink; // this agent's claim, in m_claimEnvironment
    QString m_claimEnvironment;
    QString m_environment; // the findings' (the pre-flight's at its start)
    QString m_claimTicket;
    QTimer *m_renewal;
    QStatusBar *m_statusBar;
};

} // namespace relink
