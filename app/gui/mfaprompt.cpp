#include "mfaprompt.h"

#include "mfadialog.h"

namespace relink {

MfaPrompt::MfaPrompt(UpdateFlow *flow, const FormField &tokenField, QWidget *dialogParent)
    : QObject(flow), m_flow(flow), m_tokenField(tokenField), m_dialogParent(dialogParent)
{
    flow->setTokenSource(this);
    connect(flow, &UpdateFlow::finished, this, &MfaPrompt::onFinished);
    connect(flow, &UpdateFlow::stepStarted, this, [this](FlowStep step) {
        if (m_dialog && step == FlowStep::Patch)
            m_dialog->setSending(true);
    });
}

MfaPrompt::~MfaPrompt()
{
    if (m_dialog)
        m_dialog->finish(false);
}

void MfaPrompt::tokenNeeded(const MfaChallenge &challenge, const QString &notice)
{
    if (m_dialog) {
        m_dialog->showChallenge(challenge, notice);
        return;
    }
    m_dialog = new MfaDialog(challenge, m_tokenField, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &MfaDialog::answered, this, [this](const std::optional<QString> &token) {
        if (m_flow)
            m_flow->submitToken(token);
    });
    connect(m_dialog, &MfaDialog::cancelRequested, this, [this] {
        if (m_flow)
            m_flow->cancel();
    });
    if (!notice.isEmpty())
        m_dialog->showChallenge(challenge, notice);
    m_dialog->open();
    emit dialogOpened();
}

void MfaPrompt::onFinished(const UpdateOutcome &outcome)
{
    if (m_dialog)
        m_dialog->finish(outcome.isSuccess());
}

} // namespace relink
