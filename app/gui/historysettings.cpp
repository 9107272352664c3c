#include "historysettings.h"

#include "accessibility.h"
#include "agent.h"
#include "historyservice.h"
#include "launchrequest.h"
#include "settings.h"
#include "ui_settingsdialog.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>

#include <utility>

namespace relink {

// The retention's strings keep the context they had in SettingsDialog (and its translations).
namespace {

// The environment variable that decides where the history is kept, if one does.
QString addressVariable()
{
    for (const char *name : {"RELINK_HISTORY_URL", "RELINK_HISTORY_DB"}) {
        if (!qEnvironmentVariableIsEmpty(name))
            return QString::fromLatin1(name);
    }
    return {};
}
} // namespace

HistorySettings::HistorySettings(Workspace *workspace, Ui::SettingsDialog *ui, QWidget *dialog)
    : m_workspace(workspace), m_ui(ui), m_dialog(dialog)
{
    m_ui->agentNameEdit->setPlaceholderText(loginName());
    // A name colleagues read in their history and terminals: printable, at most 100 characters
    // (agentNameProblem()); a control or invisible character is never taken, typed or pasted.
    m_ui->agentNameEdit->setMaxLength(kMaxTicketLength);
    m_ui->agentNameEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[^\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}\\p{Zl}\\p{Zp}]*")),
        m_ui->agentNameEdit));
    m_ui->agentNameEdit->setText(Settings::value(Setting::AgentName).toString());
    m_ui->historyUrlEdit->setPlaceholderText(HistoryLocation::defaultFile());
    QStringList notes;
    if (const QString variable = addressVariable(); !variable.isEmpty()) {
        m_ui->historyUrlEdit->setText(HistoryLocation::configuredText());
        m_ui->historyUrlEdit->setReadOnly(true);
        notes << tr("%1 is set in the environment: it decides where the history is kept, not "
                    "this setting. Unset it to choose here.")
                     .arg(variable);
    } else {
        m_ui->historyUrlEdit->setText(Settings::value(Setting::HistoryUrl).toString());
    }
    if (!qEnvironmentVariableIsEmpty("RELINK_AGENT")) {
        m_ui->agentNameEdit->setReadOnly(true);
        notes << tr("RELINK_AGENT is set in the environment: the history records you as “%1”.")
                     .arg(currentAgent());
    }
    m_ui->historyEnvNoteLabel->setText(notes.join(QLatin1Char(' ')));
    m_ui->historyEnvNoteLabel->setVisible(!notes.isEmpty());
    m_ui->historyTestLabel->setVisible(false);
    connect(m_ui->agentNameEdit, &QLineEdit::editingFinished, this,
            &HistorySettings::saveAgentName);
    connect(m_ui->testHistoryButton, &QPushButton::clicked, this, &HistorySettings::testAddress);

    m_ui->retentionSpin->setSuffix(QCoreApplication::translate("relink::SettingsDialog", " days"));
    m_retentionDays = Settings::value(Setting::HistoryRetentionDays).toInt();
    m_ui->retentionSpin->setValue(m_retentionDays);
    m_ui->retentionNoteLabel->setVisible(false);
    const bool team = m_workspace->ensureHistory()->location().isTeam();
    m_ui->retentionTeamNoteLabel->setText(
        tr("The team history is kept by its database, for as long as the team decides: this "
           "number deletes nothing from it."));
    m_ui->retentionTeamNoteLabel->setVisible(team);
    connect(m_ui->retentionSpin, &QSpinBox::editingFinished, this, [this] { confirmRetention(); });
}

HistorySettings::~HistorySettings() = default; // a Test still connecting is not waited for

bool HistorySettings::finish(std::function<void()> close)
{
    saveAgentName();
    if (!applyAddress())
        return false;
    return confirmRetention(std::move(close));
}

bool HistorySettings::addressDecidedByEnvironment() const
{
    return !addressVariable().isEmpty();
}

Parsed<HistoryLocation> HistorySettings::typedLocation() const
{
    if (addressDecidedByEnvironment())
        return HistoryLocation::configured();
    const QString text = m_ui->historyUrlEdit->text().trimmed();
    return HistoryLocation::parse(text.isEmpty() ? HistoryLocation::defaultFile() : text);
}

void HistorySettings::saveAgentName()
{
    const QString name = m_ui->agentNameEdit->text().trimmed();
    if (!agentNameProblem(name).isEmpty())
        return; // the validator lets none through; a name set by hand stays unsaved
    if (name.isEmpty())
        Settings::remove(Setting::AgentName); // the login name
    else
        Settings::setValue(Setting::AgentName, name);
}

bool HistorySettings::applyAddress()
{
    const QString text = m_ui->historyUrlEdit->text().trimmed();
    if (addressDecidedByEnvironment() ||
        text == Settings::value(Setting::HistoryUrl).toString().trimmed())
        return true;
    const Parsed<HistoryLocation> location = typedLocation();
    if (!location) {
        m_ui->historyTestLabel->setText(location.error);
        m_ui->historyTestLabel->setVisible(true);
        m_ui->historyUrlEdit->setFocus();
        return false;
    }
    if (text.isEmpty())
        Settings::remove(Setting::HistoryUrl);
    else
        Settings::setValue(Setting::HistoryUrl, text);
    m_workspace->history()->setLocation(*location.value); // from the next record on
    return true;
}

void HistorySettings::testAddress()
{
    if (m_testing)
        return;
    m_ui->historyTestLabel->setVisible(true);
    const Parsed<HistoryLocation> location = typedLocation();
    if (!location) {
        m_ui->historyTestLabel->setText(location.error);
        return;
    }
    // Opened once on a thread of its own (nothing sent, nothing recorded): a team database
    // that does not answer keeps only this button waiting (libpq gives up after 5 seconds).
    m_testing = true;
    m_ui->testHistoryButton->setEnabled(false);
    m_ui->historyTestLabel->setText(tr("Checking…"));
    const QString place = location.value->display();
    QPointer<HistorySettings> self(this);
    probeHistory(*location.value, this, [self, place](const QString &error) {
        if (!self)
            return;
        self->m_testing = false;
        self->m_ui->testHistoryButton->setEnabled(true);
        self->m_ui->historyTestLabel->setText(
            error.isEmpty() ? tr("Connected to %1; the history is recorded there.").arg(place)
                            : error);
    });
}

bool HistorySettings::confirmRetention(std::function<void()> close)
{
    if (m_retentionQuestion)
        return false;
    m_ui->retentionSpin->interpretText(); // typed but not entered yet
    const int days = m_ui->retentionSpin->value();
    if (days == m_retentionDays)
        return true;
    if (m_workspace->ensureHistory()->location().isTeam()) {
        applyRetention(days); // kept for the file on this computer; nothing counted
        return true;
    }
    if (close)
        m_close = std::move(close);
    if (m_countingDays == days)
        return false; // its count is on its way
    m_countingDays = days;
    m_workspace->ensureHistory()->countOlderThan(
        days, this, [this, days](int doomed) { onCounted(days, doomed); });
    return false;
}

void HistorySettings::onCounted(int days, int doomed)
{
    m_countingDays = 0;
    if (m_ui->retentionSpin->value() != days) { // another number meanwhile: that one counts
        if (confirmRetention() && m_close)
            std::exchange(m_close, {})();
        return;
    }
    if (doomed <= 0) {
        applyRetention(days);
        if (m_close)
            std::exchange(m_close, {})();
        return;
    }
    m_close = {}; // the question keeps the dialog open
    askToDelete(days, doomed);
}

void HistorySettings::askToDelete(int days, int doomed)
{
    auto *question = new QMessageBox(
        QMessageBox::Question,
        QCoreApplication::translate("relink::SettingsDialog", "Delete older history?"),
        QCoreApplication::translate(
            "relink::SettingsDialog",
            "Keeping the history for %1 days deletes %n older record(s) from this computer. "
            "Belvo keeps its own records. Delete them?",
            nullptr, doomed)
            .arg(days),
        QMessageBox::NoButton, m_dialog);
    question->setObjectName(QStringLiteral("retentionQuestion"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove =
        question->addButton(QCoreApplication::translate("relink::SettingsDialog", "Delete"),
                            QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("retentionDeleteButton"));
    QPushButton *keep = question->addButton(QMessageBox::Cancel);
    keep->setObjectName(QStringLiteral("retentionCancelButton"));
    question->setDefaultButton(keep);
    question->setEscapeButton(keep);
    connect(question, &QMessageBox::finished, this, [this, question, remove, days] {
        m_retentionQuestion = nullptr;
        if (question->clickedButton() == remove) {
            applyRetention(days);
        } else { // the previous number again, nothing deleted
            m_ui->retentionSpin->setValue(m_retentionDays);
            m_ui->retentionNoteLabel->setVisible(false);
        }
    });
    refreshAccessibility(question);
    m_retentionQuestion = question; // before it takes the focus (and the field says it is done)
    // Shown once the key that confirmed the number (Enter, Esc) is through: passed on to the
    // dialog, it would otherwise press the question's default button at once.
    QMetaObject::invokeMethod(question, &QDialog::open, Qt::QueuedConnection);
}

void HistorySettings::applyRetention(int days)
{
    m_retentionDays = days;
    Settings::setValue(Setting::HistoryRetentionDays, days);
    m_workspace->ensureHistory()->prune(days, this, [this](int removed) {
        m_ui->retentionNoteLabel->setText(QCoreApplication::translate(
            "relink::SettingsDialog", "%n older record(s) deleted.", nullptr, removed));
        m_ui->retentionNoteLabel->setVisible(removed > 0);
    });
}

} // namespace relink
