#pragma once

#include "credentials.h"
#include "models.h"

#include <QPointer>
#include <QRegularExpression>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace relink {

// The credential fields of one update, built from an institution's form_fields (only the fields
// it needs, with its labels, placeholders, select values and validation) or, when those are not
// known, the full form with all seven fields. Values survive a rebuild. It starts with no fields
// at all: the main window builds it once there is a link id to update (the rows were a sixth
// of the work before the window's first frame).
class CredentialForm : public QWidget
{
    Q_OBJECT
public:
    using FilePicker = std::function<QString(QWidget *parent, const QString &title)>;

    explicit CredentialForm(QWidget *parent = nullptr);
    ~CredentialForm() override;

    void buildFor(const Institution &institution);
    void buildFullForm();
    bool isInstitutionForm() const { return m_institutionForm; }
    bool isBuilt() const { return m_built; }

    bool isValid() const { return problem().isEmpty(); }
    // The first thing that keeps the form from being sent, or empty.
    QString problem() const;
    UpdateFields fields() const;
    void clearSecrets();
    // Every value, selects included: the form of another link starts empty.
    void clearValues();
    bool hasValues() const;

    // How long a revealed secret stays visible before it is masked again.
    void setRevealTimeoutMs(int ms) { m_revealTimeoutMs = ms; }
    // Chooses certificate and key files (a file dialog; tests replace it).
    void setFilePicker(FilePicker picker) { m_pickFile = std::move(picker); }

signals:
    void changed();
    // Enter was pressed in one of the fields.
    void submitted();

private:
    struct Row
    {
        QString name;
        bool required = false;
        QRegularExpression validation;
        QString validationMessage;
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;
        QComboBox *combo = nullptr;
        QToolButton *showButton = nullptr;
        QLabel *message = nullptr;
        QString fileBase64; // certificate / private_key
        QLabel *fileLabel = nullptr;
        QPushButton *fileButton = nullptr;
        QToolButton *clearButton = nullptr;
    };

    void clear();
    void addRow(const FormField &field);
    void addFileRow(const QString &name, const QString &label);
    QString value(const Row &row) const;
    QString rowProblem(const Row &row) const;
    void onEdited();
    void pickFile(Row *row);
    // What the rows held (values, and certificate/key contents), carried across a rebuild.
    struct Kept
    {
        QHash<QString, QString> values;
        QHash<QString, QString> files;
    };
    Kept startRebuild(bool institutionForm);
    void restore(const Kept &kept);

    QFormLayout *m_layout;
    std::vector<std::unique_ptr<Row>> m_rows;
    bool m_built = false;
    bool m_institutionForm = false;
    int m_revealTimeoutMs = 20'000;
    FilePicker m_pickFile;
};

} // namespace relink
