#pragma once

#include "preflight.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace relink {

// The pre-flight's findings under the link's summary (#25): each says what is the case and what
// to do, "To confirm:" or "Note:" (never colour alone). When one asks to confirm, Update and Send
// to customer wait for the check box; what was confirmed goes with the update or hand-off to the
// history (an OVERRIDE step). Hidden while there is nothing to say.
class PreflightPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PreflightPanel(QWidget *parent = nullptr);

    // Nothing about any link (another environment, or none).
    void clear();
    // The pre-flight of `linkId` runs: Update waits for it.
    void showChecking(const QString &linkId);
    void showReport(const PreflightReport &report);
    // The form holds `linkId` now: the findings show only while it is theirs (kept while the
    // id is edited and back); a confirmation never outlives a move away.
    void showFor(const QString &linkId);

    QString linkId() const { return m_linkId; } // the link the findings are about
    QString currentId() const { return m_currentId; }
    bool isChecking() const { return m_checking; }
    bool hasReport() const { return !m_linkId.isEmpty() && !m_checking; }
    // A finding asks to confirm and the box is not ticked.
    bool blocks() const;
    // The kinds the agent confirmed (empty when nothing asked): recorded with the attempt.
    QStringList confirmedKinds() const;
    // A colleague's claim was confirmed: going ahead takes the link over.
    bool takesOver() const;
    // Each update or hand-off is confirmed anew.
    void resetConfirmation();

signals:
    void changed();

private:
    QLabel *m_icon;
    QLabel *m_findings;
    QCheckBox *m_confirm;
    QString m_linkId;
    QString m_currentId; // the link in the form
    bool m_hasLines = false;
    QStringList m_confirmKinds;
    bool m_checking = false;
};

} // namespace relink
