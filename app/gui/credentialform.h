#pragma once

#include "credentials.h"
#include "institution.h"
#include "result.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QFormLayout;

namespace relink {

class CredentialRow;

// The credential fields of one update, built from an institution's form_fields (only the fields
// it needs, with its labels, placeholders, select values and validation) or, when those are not
// known, the full form with all seven fields. Values survive a rebuild as they were: one the
// bank's rules refuse (too long, a code not in its list) stays, is said, and blocks the update
// until the user changes it. It starts with no fields at all: the main window builds it once
// there is a link id to update (the rows were a sixth of the work before the first frame).
class CredentialForm : public QWidget
{
    Q_OBJECT
public:
    using FilePicker = std::function<QString(QWidget *parent, const QString &title)>;

    explicit CredentialForm(QWidget *parent = nullptr);
    ~CredentialForm() override;

    void buildFor(const Institution &institution);
    void buildFullForm();
    // Belvo's answer for the link's bank: its form, or every field when it could not be loaded.
    // Returns the notice that says which (translated).
    QString buildFromAnswer(const Result &institutionAnswer);
    // Asks (a window-modal box, objectName openLinkConfirmation) before another link empties
    // what is typed for `typedFor`; `proceed` runs only when the agent agrees.
    void askToClear(const QString &typedFor, const QString &next, std::function<void()> proceed);
    bool isInstitutionForm() const { return m_institutionForm; }
    bool isBuilt() const { return m_built; }

    bool isValid() const { return problem().isEmpty(); }
    // Puts the focus in the first field still to fill in (empty and required, or refused), from
    // the event loop once the rows just built are shown; false when there is none.
    bool focusFirstToFill();
    // The first thing that keeps the form from being sent, or empty.
    QString problem() const;
    UpdateFields fields() const;
    void clearSecrets();
    // After narrowing to a bank's fields: " What was typed in PIN was left out: …", or empty.
    QString droppedNotice() const;
    // Every value, selects included: the form of another link starts empty.
    void clearValues();
    bool hasValues() const;
    // What is typed belongs to one customer's link: the form now holds `linkId`'s values, and
    // those typed for another link are emptied (true when there were some). Going back to the
    // same id keeps them.
    bool holdFor(const QString &linkId);
    QString valuesLinkId() const { return m_valuesLinkId; } // the link the values belong to

    // How long a revealed secret stays visible before it is masked again.
    void setRevealTimeoutMs(int ms);
    // Chooses certificate and key files (a file dialog; tests replace it).
    void setFilePicker(FilePicker picker) { m_pickFile = std::move(picker); }

signals:
    void changed();
    // Enter was pressed in one of the fields.
    void submitted();

private:
    void clear();
    void add(CredentialRow *row);
    void onEdited();
    // What the rows held (values, and certificate/key contents), carried across a rebuild.
    QHash<QString, QString> startRebuild(bool institutionForm);
    void restore(const QHash<QString, QString> &kept);

    QFormLayout *m_layout;
    QList<CredentialRow *> m_rows;        // children
    QHash<QString, QString> m_keptLabels; // name → label of the rows before a rebuild
    QStringList m_dropped;                // labels of typed values the new form has no field for
    bool m_built = false;
    bool m_institutionForm = false;
    int m_revealTimeoutMs = 20'000;
    FilePicker m_pickFile;
    QString m_valuesLinkId;
};

} // namespace relink
