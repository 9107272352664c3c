#pragma once

#include "institution.h"

#include <QObject>
#include <QRegularExpression>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;
class QVBoxLayout;
class QWidget;

namespace relink {

// One field of the credential form: its widgets (a line edit, a searchable list, or a file
// chooser for certificate/private_key), the bank's rules for it, its value and what is wrong
// with it. The widgets are children of the form, which lays out label() and cell() (a layout:
// the field's widgets stay the label's siblings).
class CredentialRow : public QObject
{
    Q_OBJECT
public:
    // A line edit (a secret is masked, with Show) or, for a select, a searchable list.
    CredentialRow(const FormField &field, QWidget *form);
    // A certificate or private-key file, sent base64-encoded.
    CredentialRow(const QString &name, const QString &label, QWidget *form);
    ~CredentialRow() override;

    QString name() const { return m_name; }
    QLabel *label() const { return m_label; }
    QLayout *cell() const;
    // What the user types in or chooses with: the line edit, the list, the file button.
    QWidget *input() const;
    // The label as a sentence would name it ("PIN"), without mnemonic or required mark.
    QString labelText() const;

    // What is sent: the text, the chosen code or the file's base64; "?" when the list's search
    // text matches none of its values.
    QString value() const;
    // What keeps this field from being sent, or empty.
    QString problem() const;
    // Shows problem() under the field once something is in it (or a kept value is not listed).
    void showProblem();

    // Puts back what the field held before the form was rebuilt: never shortened; a code the list
    // does not have stays a problem (said, and blocking) until the user chooses.
    void restore(const QString &value);
    // Empties a text or file field; a select too when selectsToo (another link's form).
    void clearValue(bool selectsToo = false);
    // Reads the chosen certificate or key file; an unreadable one is said under the row.
    void loadFile(const QString &path);
    void setRevealTimeoutMs(int ms) { m_revealTimeoutMs = ms; }

signals:
    void edited();
    // Enter was pressed in the field.
    void submitted();
    // The file button was pressed: the form asks which file (see loadFile()).
    void fileRequested();

private:
    static QVBoxLayout *newCell();
    QWidget *form() const;
    void buildList(const FormField &field);
    void buildEdit(const FormField &field);
    QLayout *buildSecretEdit(const FormField &field);

    QString m_name;
    bool m_required = false;
    QRegularExpression m_validation;
    QString m_validationMessage;
    QString m_description; // "Required." or "Optional.": the input's description while valid
    int m_maxLength = 0;   // the bank's length; 0: not given
    QString m_unlisted;    // a kept code this bank's list does not have
    int m_revealTimeoutMs = 20'000;
    QLabel *m_label = nullptr;
    QVBoxLayout *m_cell = nullptr; // the form's layout owns it once the row is added
    QLineEdit *m_edit = nullptr;
    QComboBox *m_combo = nullptr;
    QLabel *m_message = nullptr;
    QString m_fileBase64; // certificate / private_key
    QLabel *m_fileLabel = nullptr;
    QToolButton *m_clearButton = nullptr;
};

} // namespace relink
