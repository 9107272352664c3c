#include "settingsdialog.h"

#include "accessibility.h"
#include "environmentchoice.h"
#include "historysettings.h"
#include "i18n.h"
#include "mnemonics.h"
#include "settings.h"
#include "ui_settingsdialog.h"
#include "workspace.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSslCertificate>

namespace relink {

SettingsDialog::SettingsDialog(Workspace *workspace, const QString &environment, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::SettingsDialog), m_workspace(workspace)
{
    m_ui->setupUi(this);
    fillEnvironmentCombo(m_ui->environmentCombo);
    selectEnvironment(m_ui->environmentCombo, environment);
    m_ui->customUrlEdit->setText(workspace->customUrl());
    m_ui->timeoutSpin->setValue(workspace->timeoutSeconds());
    m_ui->timeoutSpin->setSuffix(tr(" seconds"));
    m_ui->secretPasswordEdit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::loadEntry);
    connect(m_ui->customUrlEdit, &QLineEdit::editingFinished, this, [this] {
        m_workspace->setCustomUrl(m_ui->customUrlEdit->text().trimmed());
        loadEntry();
    });
    connect(m_ui->secretIdEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateButtons);
    connect(m_ui->secretPasswordEdit, &QLineEdit::textChanged, this,
            &SettingsDialog::updateButtons);
    connect(m_ui->showSecretButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->secretPasswordEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        setButtonText(m_ui->showSecretButton, on ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, &SettingsDialog::useForSession);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &SettingsDialog::forget);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this,
            &SettingsDialog::testConnection);
    connect(m_ui->timeoutSpin, &QSpinBox::valueChanged, m_workspace, &Workspace::setTimeoutSeconds);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_history = std::make_unique<HistorySettings>(workspace, m_ui.get(), this);

    m_ui->languageNoteLabel->setVisible(false);
    m_ui->languageCombo->addItem(i18n::languageName({}), QString());
    for (const QString &code : i18n::availableLanguages())
        m_ui->languageCombo->addItem(i18n::languageName(code), code);
    const int language =
        m_ui->languageCombo->findData(Settings::value(Setting::Language).toString());
    m_ui->languageCombo->setCurrentIndex(qMax(0, language));
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        Settings::setValue(Setting::Language, m_ui->languageCombo->currentData());
        m_ui->languageNoteLabel->setText(tr("Relink will use this language from its next start."));
        m_ui->languageNoteLabel->setVisible(true);
    });
    setUpCaFile();
    loadEntry();
    refreshAccessibility(this);
    // As tall as its contents (and two lines for the keychain's answer), not a fixed 800 px
    // with a large empty area at the bottom.
    resize(qMax(width(), sizeHint().width()), sizeHint().height() + 2 * fontMetrics().height());
}

SettingsDialog::~SettingsDialog()
{
    m_history.reset(); // before its widgets go (the retention field's focus leaves with them)
    m_ui->secretPasswordEdit->clear();
}

void SettingsDialog::done(int result)
{
    if (hasUnsavedKeys())
        return askAboutUnsavedKeys(result);
    if (m_history->finish([this, result] { QDialog::done(result); }))
        QDialog::done(result);
}

bool SettingsDialog::hasUnsavedKeys() const
{
    const ApiKeys typed = typedKeys();
    const ApiKeys used = m_workspace->keys(entry());
    if (typed.secretId.isEmpty() && m_ui->secretPasswordEdit->text().isEmpty())
        return false; // nothing typed (or everything deleted: Forget is the way to remove keys)
    return typed.secretId != used.secretId || typed.secretPassword != used.secretPassword;
}

void SettingsDialog::askAboutUnsavedKeys(int result)
{
    if (m_unsavedBox) {
        m_unsavedBox->raise();
        return;
    }
    const QString title = environmentTitle(environment());
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(),
                                tr("Save the API keys you typed for %1?").arg(title),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("unsavedKeysBox"));
    box->setInformativeText(tr("They are not saved yet: closing Settings now drops them."));
    QPushButton *save = nullptr;
    if (m_ui->saveButton->isEnabled())
        save = box->addButton(QMessageBox::Save);
    else if (m_ui->sessionOnlyButton->isEnabled()) // no keychain: the session is what there is
        save = box->addButton(tr("Use for this session only"), QMessageBox::AcceptRole);
    QPushButton *discard = box->addButton(QMessageBox::Discard);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    if (save)
        save->setObjectName(QStringLiteral("saveKeysButton"));
    discard->setObjectName(QStringLiteral("discardKeysButton"));
    cancel->setObjectName(QStringLiteral("cancelCloseButton"));
    box->setDefaultButton(save ? save : cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const bool toKeychain = m_ui->saveButton->isEnabled();
    connect(box, &QMessageBox::finished, this, [=, this] {
        QAbstractButton *chosen = box->clickedButton();
        if (save && chosen == save) {
            if (!toKeychain) {
                useForSession();
                return done(result);
            }
            m_closeAfterSave = result; // closes when the keychain says it is saved
            return this->save();
        }
        if (chosen == discard) {
            m_ui->secretPasswordEdit->clear();
            m_ui->secretIdEdit->setText(m_workspace->keys(entry()).secretId);
            return done(result);
        }
    });
    m_unsavedBox = box;
    box->open();
    refreshAccessibility(box);
}

QString SettingsDialog::environment() const
{
    return m_ui->environmentCombo->currentData().toString();
}

QString SettingsDialog::entry() const
{
    return Workspace::keyEntryFor(environment(), m_ui->customUrlEdit->text().trimmed());
}

ApiKeys SettingsDialog::typedKeys() const
{
    ApiKeys keys{m_ui->secretIdEdit->text().trimmed(), m_ui->secretPasswordEdit->text()};
    if (keys.secretPassword.isEmpty() && keys.secretId == m_workspace->keys(entry()).secretId)
        keys.secretPassword = m_workspace->keys(entry()).secretPassword; // unchanged
    return keys;
}

void SettingsDialog::loadEntry()
{
    const bool custom = environment() == QLatin1StringView("custom");
    m_ui->customUrlEdit->setEnabled(custom);
    m_ui->customUrlLabel->setEnabled(custom);
    m_ui->connectionStatusLabel->clear();
    m_ui->secretPasswordEdit->clear();
    m_ui->secretIdEdit->setModified(false); // another entry: show its id
    const QString current = entry();
    auto show = [this, current] {
        if (current != entry())
            return;
        const ApiKeys keys = m_workspace->keys(current);
        if (!m_ui->secretIdEdit->isModified()) // typed while the keychain was asked: kept
            m_ui->secretIdEdit->setText(keys.secretId);
        m_ui->secretPasswordEdit->setPlaceholderText(
            keys.secretPassword.isEmpty() ? QString() : tr("(saved; type to replace)"));
        switch (m_workspace->keySource(current)) {
        case Workspace::KeySource::Keychain:
            m_ui->keychainStatusLabel->setText(tr("Keys for %1 are saved in the system keychain.")
                                                   .arg(environmentTitle(environment())));
            break;
        case Workspace::KeySource::SessionOnly:
            m_ui->keychainStatusLabel->setText(
                tr("Keys for %1 are used for this session only; they are not saved.")
                    .arg(environmentTitle(environment())));
            break;
        case Workspace::KeySource::None:
            if (!m_keychainMissing)
                m_ui->keychainStatusLabel->setText(
                    tr("No keys for %1 yet. Paste them from the Belvo dashboard.")
                        .arg(environmentTitle(environment())));
            break;
        }
        updateButtons();
    };
    if (m_workspace->keySource(current) == Workspace::KeySource::None) {
        m_workspace->loadKeys(current, this, [this, show](const KeychainOutcome &out) {
            if (out.status == KeychainOutcome::Status::NoBackend ||
                out.status == KeychainOutcome::Status::Error)
                showKeychainOutcome(out, {});
            show();
        });
    }
    show();
}

void SettingsDialog::showKeychainOutcome(const KeychainOutcome &out, const QString &okText)
{
    if (out.status == KeychainOutcome::Status::Ok) {
        m_ui->keychainStatusLabel->setText(okText);
        return;
    }
    if (out.status == KeychainOutcome::Status::NoBackend ||
        out.status == KeychainOutcome::Status::Error) {
        m_keychainMissing = true;
        m_ui->keychainStatusLabel->setText(
            tr("No system keychain is available on this computer, so keys cannot be saved. "
               "Use “Use for this session only” to work with them until Relink closes. "
               "(The keychain said: %1)")
                .arg(out.detail));
    } else {
        m_ui->keychainStatusLabel->setText(out.message);
    }
    updateButtons();
}

void SettingsDialog::save()
{
    const ApiKeys keys = typedKeys();
    m_ui->saveButton->setEnabled(false);
    const QString title = environmentTitle(environment());
    m_workspace->saveKeys(entry(), keys, this, [this, title](const KeychainOutcome &out) {
        showKeychainOutcome(out, tr("Saved in the system keychain. Relink uses these keys "
                                    "for %1 from now on.")
                                     .arg(title));
        if (out.status == KeychainOutcome::Status::Ok) {
            m_ui->secretPasswordEdit->clear();
            m_ui->secretPasswordEdit->setPlaceholderText(tr("(saved; type to replace)"));
        }
        updateButtons();
        if (const int close = std::exchange(m_closeAfterSave, -1);
            close >= 0 && out.status == KeychainOutcome::Status::Ok)
            done(close); // the agent chose Save on closing
    });
}

void SettingsDialog::useForSession()
{
    m_workspace->setSessionKeys(entry(), typedKeys());
    m_ui->keychainStatusLabel->setText(
        tr("Relink uses these keys for %1 until it closes; they are not saved anywhere.")
            .arg(environmentTitle(environment())));
}

void SettingsDialog::forget()
{
    const QString title = environmentTitle(environment());
    m_workspace->forgetKeys(entry(), this, [this, title](const KeychainOutcome &out) {
        if (out.status == KeychainOutcome::Status::Ok ||
            out.status == KeychainOutcome::Status::NotFound)
            m_ui->keychainStatusLabel->setText(tr("The keys for %1 were removed.").arg(title));
        else
            showKeychainOutcome(out, {});
    });
    m_ui->secretIdEdit->clear();
    m_ui->secretPasswordEdit->clear();
    m_ui->secretPasswordEdit->setPlaceholderText(QString());
}

void SettingsDialog::testConnection()
{
    if (m_test)
        return;
    BelvoClient *client = m_workspace->clientFor(
        environment(), m_ui->customUrlEdit->text().trimmed(), typedKeys(), this);
    m_ui->connectionStatusLabel->setText(tr("Checking…"));
    m_ui->testConnectionButton->setEnabled(false);
    m_test = client->testConnection();
    const QString title = environmentTitle(environment());
    connect(m_test, &Operation::finished, this, [this, client, title](const Result &r) {
        client->deleteLater();
        m_test = nullptr;
        if (r.kind == Result::Kind::Connected)
            m_ui->connectionStatusLabel->setText(tr("✓ These keys work in %1.").arg(title));
        else if (r.httpStatus == 401)
            m_ui->connectionStatusLabel->setText(
                tr("✗ Belvo rejected these keys in %1. Check that they belong to this "
                   "environment.")
                    .arg(title));
        else
            m_ui->connectionStatusLabel->setText(tr("✗ %1").arg(describeResult(r)));
        updateButtons();
    });
}

void SettingsDialog::updateButtons()
{
    const ApiKeys keys = typedKeys();
    m_ui->saveButton->setEnabled(keys.isComplete() && !m_keychainMissing);
    m_ui->sessionOnlyButton->setEnabled(keys.isComplete());
    m_ui->forgetButton->setEnabled(m_workspace->keySource(entry()) != Workspace::KeySource::None);
    m_ui->testConnectionButton->setEnabled(keys.isComplete() && !m_test);
}

void SettingsDialog::setUpCaFile()
{
    m_pickFile = [](QWidget *parent, const QString &title) {
        return QFileDialog::getOpenFileName(parent, title, QString(),
                                            tr("PEM certificates (*.pem *.crt *.cer);;"
                                               "All files (*)"));
    };
    connect(m_ui->caFileEdit, &QLineEdit::editingFinished, this,
            [this] { applyCaFile(m_ui->caFileEdit->text().trimmed()); });
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, [this] {
        const QString path = m_pickFile(this, tr("Extra CA certificate"));
        if (path.isEmpty())
            return;
        m_ui->caFileEdit->setText(path);
        applyCaFile(path);
    });
    connect(m_ui->caFileClearButton, &QPushButton::clicked, this, [this] {
        m_ui->caFileEdit->clear();
        applyCaFile({});
    });
    const QString saved = Settings::value(Setting::ExtraCaFile).toString();
    m_ui->caFileEdit->setText(saved);
    if (saved != m_workspace->extraCaFile())
        applyCaFile(saved); // it could not be read at start-up: say why (or use it now)
    else
        showCaStatus();
}

void SettingsDialog::applyCaFile(const QString &path)
{
    if (const QString problem = m_workspace->loadExtraCaFile(path); !problem.isEmpty()) {
        m_ui->caStatusLabel->setText(problem); // and nothing changes
        return;
    }
    if (path.isEmpty())
        Settings::remove(Setting::ExtraCaFile);
    else
        Settings::setValue(Setting::ExtraCaFile, path);
    showCaStatus();
}

void SettingsDialog::showCaStatus()
{
    const QList<QSslCertificate> certificates = m_workspace->extraCaCertificates();
    if (m_workspace->extraCaFile().isEmpty() || certificates.isEmpty()) {
        m_ui->caStatusLabel->setText(tr("Relink trusts the system's CA certificates only."));
        return;
    }
    QStringList names;
    for (const QSslCertificate &c : certificates.mid(0, 3))
        names << c.subjectDisplayName();
    QString list = names.join(QStringLiteral("; "));
    if (certificates.size() > 3)
        list = tr("%1 and %2 more").arg(list).arg(certificates.size() - 3);
    m_ui->caStatusLabel->setText(
        tr("Relink trusts the certificates in this file as well as the system's: %1.").arg(list));
}

} // namespace relink
