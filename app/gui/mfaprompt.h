#pragma once

#include "mfadialog.h"
#include "updateflow.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace relink {

// The desktop app's answer to the flow's "token please": opens the MFA dialog on the first
// challenge, shows each new one (or why the token is asked again), feeds the dialog's answers
// and its cancel back to the flow, and closes the dialog when the flow ends.
class MfaPrompt : public QObject, public TokenSource
{
    Q_OBJECT
public:
    MfaPrompt(UpdateFlow *flow, const FormField &tokenField, QWidget *dialogParent);
    ~MfaPrompt() override;

    MfaDialog *dialog() const { return m_dialog; }
    void tokenNeeded(const MfaChallenge &challenge, const QString &notice) override;

signals:
    void dialogOpened();

private:
    void onFinished(const UpdateOutcome &outcome);

    QPointer<UpdateFlow> m_flow;
    FormField m_tokenField;
    QWidget *m_dialogParent;
    QPointer<MfaDialog> m_dialog;
};

} // namespace relink
