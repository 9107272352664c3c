#include "credentialrow.h"

#include "credentials.h"
#include "mnemonics.h"

#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace relink {

namespace {

QString camel(const QString &apiName)
{
    QString out;
    bool upper = false;
    for (const QChar c : apiName) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

// A label without a mnemonic hint prefers its first letter (assignMnemonics decides).
QString withHint(const QString &label)
{
    QString literal = label;
    literal.replace(QStringLiteral("&&"), QStringLiteral("&"));
    return withoutMnemonic(label) == literal ? QLatin1Char('&') + label : label;
}

bool isSecret(const QString &name)
{
    return name == QLatin1StringView("password") || name == QLatin1StringView("password2") ||
           name == QLatin1StringView("token") || name == QLatin1StringView("encryption_key");
}

} // namespace

CredentialRow::CredentialRow(const FormField &f, QWidget *form) : QObject(form), m_name(f.name)
{
    m_required = !f.optional;
    if (!f.validation.isEmpty()) {
        QRegularExpression re(f.validation);
        if (re.isValid())
            m_validation = re;
    }
    m_validationMessage = f.validationMessage;
    m_maxLength = f.length;
    const QString labelText = withHint(f.label.isEmpty() ? f.name : f.label);
    m_label = new QLabel(labelText + (m_required ? QStringLiteral(" *") : QString()), form);
    m_label->setObjectName(camel(f.name) + QStringLiteral("Label"));

    m_cell = newCell();
    if (f.type == QLatin1StringView("select") || !f.values.isEmpty()) {
        buildList(f);
        m_cell->addWidget(m_combo);
    } else {
        buildEdit(f);
        if (f.type == QLatin1StringView("password") || isSecret(f.name))
            m_cell->addLayout(buildSecretEdit(f));
        else
            m_cell->addWidget(m_edit);
    }
    m_message = new QLabel(form);
    m_message->setObjectName(camel(f.name) + QStringLiteral("MessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_message->setVisible(false);
    m_cell->addWidget(m_message);
    // The validation message joins it only while the value is invalid (showProblem).
    m_description = m_required ? tr("Required.") : tr("Optional.");
    QWidget *input = m_edit ? static_cast<QWidget *>(m_edit) : m_combo;
    input->setAccessibleName(withoutMnemonic(f.label.isEmpty() ? f.name : f.label));
    input->setAccessibleDescription(m_description);
    m_label->setBuddy(input);
}

// The field's widgets are the form's children, laid out by this layout in the form's row: so
// they are the label's siblings, which is where a screen reader looks for "labelled by".
QVBoxLayout *CredentialRow::newCell()
{
    auto *v = new QVBoxLayout;
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    return v;
}

QWidget *CredentialRow::form() const
{
    return static_cast<QWidget *>(parent());
}

void CredentialRow::buildList(const FormField &f)
{
    m_combo = new QComboBox(form());
    m_combo->setObjectName(camel(f.name) + QStringLiteral("Combo"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->addItem(m_required ? tr("Choose…") : tr("(not needed)"), QString());
    for (const SelectValue &v : f.values)
        m_combo->addItem(v.code + QStringLiteral(" — ") + v.label, v.code);
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        m_unlisted.clear(); // the user chose
        emit edited();
    });
    connect(m_combo, &QComboBox::activated, this, [this] {
        if (!m_unlisted.isEmpty()) { // chose the entry already shown: "(not needed)"
            m_unlisted.clear();
            emit edited();
        }
    });
    connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this] {
        if (!m_unlisted.isEmpty()) { // searching the list for another value
            m_unlisted.clear();
            emit edited();
        }
    });
    connect(m_combo, &QComboBox::editTextChanged, this, &CredentialRow::edited);
}

void CredentialRow::buildEdit(const FormField &f)
{
    m_edit = new QLineEdit(form());
    m_edit->setObjectName(camel(f.name) + QStringLiteral("Edit"));
    m_edit->setPlaceholderText(f.placeholder);
    // No QLineEdit::setMaxLength(): it would cut a longer value without a word (a kept 6-digit
    // PIN, a pasted password). Too long is a problem() the user sees instead.
    connect(m_edit, &QLineEdit::textChanged, this, &CredentialRow::edited);
    connect(m_edit, &QLineEdit::returnPressed, this, &CredentialRow::submitted);
    if (f.type == QLatin1StringView("number"))
        m_edit->setInputMethodHints(Qt::ImhDigitsOnly);
}

QLayout *CredentialRow::buildSecretEdit(const FormField &f)
{
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setInputMethodHints(m_edit->inputMethodHints() | Qt::ImhSensitiveData |
                                Qt::ImhNoPredictiveText);
    auto *h = new QHBoxLayout;
    h->addWidget(m_edit);
    auto *button = new QToolButton(form());
    button->setObjectName(camel(f.name) + QStringLiteral("ShowButton"));
    button->setCheckable(true);
    button->setText(tr("Show"));
    button->setToolTip(tr("Show the value for a few seconds"));
    button->setAccessibleName(tr("Show %1").arg(withoutMnemonic(f.label)));
    h->addWidget(button);
    auto *timer = new QTimer(button);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, button, [button] { button->setChecked(false); });
    connect(button, &QToolButton::toggled, this, [this, button, timer](bool on) {
        m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        setButtonText(button, on ? tr("Hide") : tr("Show"));
        if (on)
            timer->start(m_revealTimeoutMs);
        else
            timer->stop();
    });
    return h;
}

CredentialRow::CredentialRow(const QString &name, const QString &label, QWidget *form)
    : QObject(form), m_name(name)
{
    const QString base = camel(name);
    m_label = new QLabel(withHint(label), form);
    m_label->setObjectName(base + QStringLiteral("Label"));
    m_cell = newCell();
    auto *h = new QHBoxLayout;
    m_cell->addLayout(h);
    auto *fileButton = new QPushButton(tr("Choose…"), form);
    fileButton->setObjectName(base + QStringLiteral("Button"));
    fileButton->setAccessibleName(withoutMnemonic(label));
    fileButton->setAccessibleDescription(
        tr("Optional. Choose the file; it is sent base64-encoded, with its pair."));
    m_label->setBuddy(fileButton);
    m_fileLabel = new QLabel(tr("No file chosen"), form);
    m_fileLabel->setObjectName(base + QStringLiteral("FileLabel"));
    m_clearButton = new QToolButton(form);
    m_clearButton->setObjectName(base + QStringLiteral("ClearButton"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setAccessibleName(tr("Clear %1").arg(withoutMnemonic(label)));
    m_clearButton->setEnabled(false);
    m_message = new QLabel(form);
    m_message->setObjectName(base + QStringLiteral("MessageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    h->addWidget(fileButton);
    h->addWidget(m_fileLabel, 1);
    h->addWidget(m_clearButton);
    m_cell->addWidget(m_message);
    connect(fileButton, &QPushButton::clicked, this, &CredentialRow::fileRequested);
    connect(m_clearButton, &QToolButton::clicked, this, [this] {
        clearValue();
        emit edited();
    });
}

CredentialRow::~CredentialRow() = default;

QLayout *CredentialRow::cell() const
{
    return m_cell;
}

QWidget *CredentialRow::input() const
{
    return m_label->buddy();
}

QString CredentialRow::labelText() const
{
    return withoutMnemonic(m_label->text()).remove(QStringLiteral(" *"));
}

void CredentialRow::loadFile(const QString &path)
{
    if (path.isEmpty())
        return;
    const Parsed<QString> content = readKeyFileAsBase64(path);
    if (!content) {
        m_message->setText(content.error);
        m_message->setVisible(true);
        return;
    }
    m_message->setVisible(false);
    m_fileBase64 = *content.value;
    const QFileInfo info(path);
    m_fileLabel->setText(
        tr("%1 (%2)").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
    m_clearButton->setEnabled(true);
    emit edited();
}

QString CredentialRow::value() const
{
    if (m_edit)
        return isSecret(m_name) && m_name != QLatin1StringView("token") ? m_edit->text()
                                                                        : m_edit->text().trimmed();
    if (m_combo) {
        const int index = m_combo->currentIndex();
        if (index > 0 && m_combo->currentText() == m_combo->itemText(index))
            return m_combo->itemData(index).toString();
        // Typed into the search box: accept a bare code that exists.
        const QString typed = m_combo->currentText().trimmed();
        const int byCode = m_combo->findData(typed.left(3));
        return byCode > 0 && (typed.size() == 3 || typed == m_combo->itemText(byCode))
                   ? m_combo->itemData(byCode).toString()
                   : (typed.isEmpty() || index == 0 ? QString() : QStringLiteral("?"));
    }
    return m_fileBase64;
}

QString CredentialRow::problem() const
{
    const QString label = labelText();
    if (!m_unlisted.isEmpty())
        return tr("%1: %2, chosen before, is not one of the values this bank accepts. Choose one "
                  "from the list.")
            .arg(label, m_unlisted);
    const QString v = value();
    if (v == QLatin1StringView("?"))
        return tr("%1: choose a value from the list.").arg(label);
    if (v.isEmpty())
        return m_required ? tr("%1 is required.").arg(label) : QString();
    const bool malformed = m_validation.isValid() && !m_validation.pattern().isEmpty() &&
                           !m_validation.match(v).hasMatch();
    // Characters, as the bank counts them: an emoji is one, not two UTF-16 units.
    const bool tooLong = m_maxLength > 0 && v.toUcs4().size() > m_maxLength;
    if ((malformed || tooLong) && !m_validationMessage.isEmpty())
        return tr("%1: %2").arg(label, m_validationMessage);
    if (malformed)
        return tr("%1 does not have the expected format.").arg(label);
    if (tooLong)
        return tr("%1: this bank accepts at most %n character(s).", nullptr, m_maxLength)
            .arg(label);
    return {};
}

void CredentialRow::showProblem()
{
    if (!m_edit && !m_combo)
        return; // a file row's message says why a file could not be read
    const QString p = problem();
    const bool touched = (m_edit && !m_edit->text().isEmpty()) ||
                         (m_combo && m_combo->currentIndex() > 0) || !m_unlisted.isEmpty();
    // "Required" is not news before the user typed anything; a wrong format is.
    const bool shown = !p.isEmpty() && touched;
    m_message->setText(p);
    m_message->setVisible(shown);
    // A screen reader hears what is wrong while it is wrong, and nothing once it is right.
    const QString description = shown ? m_description + QLatin1Char(' ') + p : m_description;
    QWidget *in = input();
    if (in->accessibleDescription() != description) {
        in->setAccessibleDescription(description);
        if (m_combo && m_combo->lineEdit())
            m_combo->lineEdit()->setAccessibleDescription(description);
    }
}

void CredentialRow::restore(const QString &v)
{
    if (v.isEmpty() || v == QLatin1StringView("?"))
        return;
    if (m_edit)
        m_edit->setText(v);
    if (m_combo) {
        const int index = m_combo->findData(v);
        if (index > 0)
            m_combo->setCurrentIndex(index);
        else
            m_unlisted = v;
    }
    if (m_fileLabel) {
        m_fileBase64 = v;
        m_fileLabel->setText(tr("(kept from before)"));
        m_clearButton->setEnabled(true);
    }
}

void CredentialRow::clearValue(bool selectsToo)
{
    if (m_combo && selectsToo) {
        m_unlisted.clear();
        m_combo->setCurrentIndex(0); // "Choose…" or "(not needed)"
    }
    if (m_edit)
        m_edit->setText(QString()); // unlike clear(), leaves nothing for Ctrl+Z to bring back
    m_fileBase64.clear();
    if (m_fileLabel) {
        m_fileLabel->setText(tr("No file chosen"));
        m_clearButton->setEnabled(false);
    }
}

} // namespace relink
