#pragma once

#include "keystore.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

namespace Ui {
class SettingsDialog;
}

class QMessageBox;

namespace relink {

class HistorySettings;
class Operation;
class Workspace;

// API keys per environment (system keychain, or this session only), preferences, and the
// history (HistorySettings).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Workspace *workspace, const QString &environment, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    using FilePicker = std::function<QString(QWidget *parent, const QString &title)>;
    // Chooses the extra CA certificate file (a file dialog; tests replace it).
    void setFilePicker(FilePicker picker) { m_pickFile = std::move(picker); }
    // Closing with API keys typed and not saved asks first (a QMessageBox named
    // unsavedKeysBox: Save, Discard, Cancel — Use for this session only instead of Save without a
    // keychain). Then it waits for the History section (HistorySettings::finish): a refused
    // history address, or a retention that would delete records and is not confirmed yet,
    // keeps the dialog open.
    void done(int result) override;
    // Keys typed that are not those in use for the environment shown (saved or this session's).
    bool hasUnsavedKeys() const;

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
    void askAboutUnsavedKeys(int result);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Workspace *m_workspace;
    QPointer<Operation> m_test;
    bool m_keychainMissing = false;
    FilePicker m_pickFile;
    QPointer<QMessageBox> m_unsavedBox;
    int m_closeAfterSave = -1;                  // the result to close with once the keys are saved
    std::unique_ptr<HistorySettings> m_history; // the History section; after m_ui
};

} // namespace relink
