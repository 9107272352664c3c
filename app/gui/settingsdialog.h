#pragma once

#include "keystore.h"

#include <QDialog>
#include <QPointer>

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
};

} // namespace relink
