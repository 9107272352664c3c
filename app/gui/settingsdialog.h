#pragma once

#include "keystore.h"

#include <QDialog>
#include <QPointer>

#include <functional>
class QMessageBox;

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace relink {

class Operation;
class Workspace;

// API keys per environment (system keychain, or this session only) and preferences.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Workspace *workspace, const QString &environment, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    using FilePicker = std::function<QString(QWidget *parent, const QString &title)>;
    // Chooses the extra CA certificate file (a file dialog; tests replace it).
    void setFilePicker(FilePicker picker) { m_pickFile = std::move(picker); }
    // Closing with a retention that would delete records and is not confirmed yet asks first
    // (and stays open).
    void done(int result) override;

private:
    QString environment() const;
    QString entry() const;
    ApiKeys typedKeys() const;
    void loadEntry();
    void save();
    void useForSession();
    void forget();
    void testConnection();
    void showKeychainOutcome(const KeychainOutcome &outcome, const QString &okText);
    void updateButtons();
    void setUpCaFile();
    // Trusts the CA file's certificates from now on (and at the next start), or says why not.
    void applyCaFile(const QString &path);
    void showCaStatus();
    // Retention is applied when the number is confirmed (Enter, leaving the field, closing),
    // never on each step; when it would delete records, a question says how many first.
    // False while that question is open.
    bool confirmRetention();
    void applyRetention(int days);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Workspace *m_workspace;
    QPointer<Operation> m_test;
    QPointer<QMessageBox> m_retentionQuestion;
    int m_retentionDays = 90; // as saved
    bool m_keychainMissing = false;
    FilePicker m_pickFile;
};

} // namespace relink
