#pragma once

#include "keystore.h"

#include <QDialog>
#include <QPointer>

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

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Workspace *m_workspace;
    QPointer<Operation> m_test;
    bool m_keychainMissing = false;
};

} // namespace relink
