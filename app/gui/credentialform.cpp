#include "credentialform.h"

#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

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

bool isSecret(const QString &name)
{
    return name == QLatin1StringView("password") || name == QLatin1StringView("password2") ||
           name == QLatin1StringView("token") || name == QLatin1StringView("encryption_key");
}

} // namespace

CredentialForm::CredentialForm(QWidget *parent) : QWidget(parent), m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_pickFile = [](QWidget *p, const QString &title) {
        return QFileDialog::getOpenFileName(p, title, QString(),
                                            tr("Certificates and keys (*.pem *.crt *.cer *.key "
                                               "*.p12 *.pfx);;All files (*)"));
    };
}

CredentialForm::~CredentialForm() = default;

void CredentialForm::clear()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_rows.clear();
}

void CredentialForm::buildFullForm()
{
    const Kept kept = startRebuild(false);
    auto field = [](const char *name, const QString &type, const QString &label, bool optional) {
        FormField f;
        f.name = QString::fromLatin1(name);
        f.type = type;
        f.label = label;
        f.optional = optional;
        return f;
    };
    const QString password = QStringLiteral("password");
    addRow(field("password", password, tr("&Password"), false));
    addRow(field("password2", password, tr("Second password or &PIN"), true));
    addRow(field("token", password, tr("MFA &token (rarely needed)"), true));
    addRow(field("encryption_key", password, tr("&Encryption key (legacy)"), true));
    FormField type = field("username_type", QStringLiteral("select"), tr("&Document type"), true);
    for (const DocumentType &d : documentTypes())
        type.values.append(SelectValue{d.code, d.label, {}, {}, {}});
    addRow(type);
    addFileRow(QStringLiteral("certificate"), tr("&Certificate file"));
    addFileRow(QStringLiteral("private_key"), tr("Private &key file"));
    restore(kept);
}

void CredentialForm::buildFor(const Institution &institution)
{
    const Kept kept = startRebuild(true);
    const QStringList updatable = updateFieldNames();
    for (const FormField &f : institution.formFields) {
        if (!updatable.contains(f.name) || f.type == QLatin1StringView("hidden"))
            continue; // e.g. username: a link keeps its username
        if (f.name == QLatin1StringView("certificate") ||
            f.name == QLatin1StringView("private_key"))
            addFileRow(f.name, f.label.isEmpty() ? f.name : f.label);
        else
            addRow(f);
    }
    restore(kept);
}

CredentialForm::Kept CredentialForm::startRebuild(bool institutionForm)
{
    Kept kept;
    for (const auto &r : m_rows) {
        kept.values.insert(r->name, value(*r));
        kept.files.insert(r->name, r->fileBase64);
    }
    clear();
    m_built = true;
    m_institutionForm = institutionForm;
    return kept;
}

void CredentialForm::restore(const Kept &kept)
{
    const QHash<QString, QString> &values = kept.values;
    const QHash<QString, QString> &files = kept.files;
    for (const auto &r : m_rows) {
        const QString v = values.value(r->name);
        if (r->edit && !v.isEmpty())
            r->edit->setText(v);
        if (r->combo && !v.isEmpty()) {
            const int index = r->combo->findData(v);
            if (index >= 0)
                r->combo->setCurrentIndex(index);
        }
        if (r->fileLabel && !files.value(r->name).isEmpty()) {
            r->fileBase64 = files.value(r->name);
            r->fileLabel->setText(tr("(kept from before)"));
            r->clearButton->setEnabled(true);
        }
    }
    onEdited();
}

void CredentialForm::addRow(const FormField &f)
{
    auto row = std::make_unique<Row>();
    row->name = f.name;
    row->required = !f.optional;
    if (!f.validation.isEmpty()) {
        QRegularExpression re(f.validation);
        if (re.isValid())
            row->validation = re;
    }
    row->validationMessage = f.validationMessage;
    const QString base = camel(f.name);
    QString labelText = f.label.isEmpty() ? f.name : f.label;
    if (!labelText.contains(QLatin1Char('&')))
        labelText.prepend(QLatin1Char('&'));
    row->label = new QLabel(labelText + (row->required ? QStringLiteral(" *") : QString()), this);
    row->label->setObjectName(base + QStringLiteral("Label"));

    QWidget *field = nullptr;
    if (f.type == QLatin1StringView("select") || !f.values.isEmpty()) {
        row->combo = new QComboBox(this);
        row->combo->setObjectName(base + QStringLiteral("Combo"));
        row->combo->setEditable(true);
        row->combo->setInsertPolicy(QComboBox::NoInsert);
        row->combo->addItem(row->required ? tr("Choose…") : tr("(not needed)"), QString());
        for (const SelectValue &v : f.values)
            row->combo->addItem(v.code + QStringLiteral(" — ") + v.label, v.code);
        row->combo->completer()->setFilterMode(Qt::MatchContains);
        row->combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        row->combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        connect(row->combo, &QComboBox::currentIndexChanged, this, &CredentialForm::onEdited);
        connect(row->combo, &QComboBox::editTextChanged, this, &CredentialForm::onEdited);
        row->combo->setAccessibleName(f.label.isEmpty() ? f.name : f.label);
        field = row->combo;
        row->label->setBuddy(row->combo);
    } else {
        row->edit = new QLineEdit(this);
        row->edit->setObjectName(base + QStringLiteral("Edit"));
        row->edit->setPlaceholderText(f.placeholder);
        row->edit->setMaxLength(f.length > 0 ? f.length : kMaxSecretLength);
        row->edit->setAccessibleName(f.label.isEmpty() ? f.name : f.label);
        row->label->setBuddy(row->edit);
        connect(row->edit, &QLineEdit::textChanged, this, &CredentialForm::onEdited);
        connect(row->edit, &QLineEdit::returnPressed, this, &CredentialForm::submitted);
        if (f.type == QLatin1StringView("number"))
            row->edit->setInputMethodHints(Qt::ImhDigitsOnly);
        if (f.type == QLatin1StringView("password") || isSecret(f.name)) {
            row->edit->setEchoMode(QLineEdit::Password);
            row->edit->setInputMethodHints(row->edit->inputMethodHints() | Qt::ImhSensitiveData |
                                           Qt::ImhNoPredictiveText);
            auto *wrap = new QWidget(this);
            auto *h = new QHBoxLayout(wrap);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(row->edit);
            row->showButton = new QToolButton(wrap);
            row->showButton->setObjectName(base + QStringLiteral("ShowButton"));
            row->showButton->setCheckable(true);
            row->showButton->setText(tr("Show"));
            row->showButton->setToolTip(tr("Show the value for a few seconds"));
            row->showButton->setAccessibleName(tr("Show %1").arg(f.label));
            h->addWidget(row->showButton);
            auto *timer = new QTimer(row->showButton);
            timer->setSingleShot(true);
            QLineEdit *edit = row->edit;
            QToolButton *button = row->showButton;
            connect(timer, &QTimer::timeout, button, [button] { button->setChecked(false); });
            connect(button, &QToolButton::toggled, this, [this, edit, button, timer](bool on) {
                edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
                button->setText(on ? tr("Hide") : tr("Show"));
                if (on)
                    timer->start(m_revealTimeoutMs);
                else
                    timer->stop();
            });
            field = wrap;
        } else {
            field = row->edit;
        }
    }
    row->message = new QLabel(this);
    row->message->setObjectName(base + QStringLiteral("MessageLabel"));
    row->message->setWordWrap(true);
    row->message->setStyleSheet(QStringLiteral("color: palette(link);"));
    row->message->setVisible(false);
    const QString description =
        (row->required ? tr("Required.") : tr("Optional.")) +
        (f.validationMessage.isEmpty() ? QString() : QLatin1Char(' ') + f.validationMessage);
    if (row->edit)
        row->edit->setAccessibleDescription(description);
    if (row->combo)
        row->combo->setAccessibleDescription(description);

    auto *cell = new QWidget(this);
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(row->message);
    m_layout->addRow(row->label, cell);
    m_rows.push_back(std::move(row));
}

void CredentialForm::addFileRow(const QString &name, const QString &label)
{
    auto row = std::make_unique<Row>();
    row->name = name;
    const QString base = camel(name);
    row->label = new QLabel(label, this);
    row->label->setObjectName(base + QStringLiteral("Label"));
    auto *cell = new QWidget(this);
    auto *h = new QHBoxLayout(cell);
    h->setContentsMargins(0, 0, 0, 0);
    row->fileButton = new QPushButton(tr("Choose…"), cell);
    row->fileButton->setObjectName(base + QStringLiteral("Button"));
    row->fileButton->setAccessibleName(label);
    row->fileButton->setAccessibleDescription(
        tr("Optional. Choose the file; it is sent base64-encoded, with its pair."));
    row->label->setBuddy(row->fileButton);
    row->fileLabel = new QLabel(tr("No file chosen"), cell);
    row->fileLabel->setObjectName(base + QStringLiteral("FileLabel"));
    row->clearButton = new QToolButton(cell);
    row->clearButton->setObjectName(base + QStringLiteral("ClearButton"));
    row->clearButton->setText(tr("Clear"));
    row->clearButton->setEnabled(false);
    row->message = new QLabel(cell);
    row->message->setObjectName(base + QStringLiteral("MessageLabel"));
    row->message->setVisible(false);
    h->addWidget(row->fileButton);
    h->addWidget(row->fileLabel, 1);
    h->addWidget(row->clearButton);
    Row *raw = row.get();
    connect(row->fileButton, &QPushButton::clicked, this, [this, raw] { pickFile(raw); });
    connect(row->clearButton, &QToolButton::clicked, this, [this, raw] {
        raw->fileBase64.clear();
        raw->fileLabel->setText(tr("No file chosen"));
        raw->clearButton->setEnabled(false);
        onEdited();
    });
    m_layout->addRow(row->label, cell);
    m_layout->addRow(QString(), row->message);
    m_rows.push_back(std::move(row));
}

void CredentialForm::pickFile(Row *row)
{
    const QString path = m_pickFile(this, row->label->text().remove(QLatin1Char('&')));
    if (path.isEmpty())
        return;
    const Parsed<QString> content = readKeyFileAsBase64(path);
    if (!content) {
        row->message->setText(content.error);
        row->message->setVisible(true);
        return;
    }
    row->message->setVisible(false);
    row->fileBase64 = *content.value;
    const QFileInfo info(path);
    row->fileLabel->setText(
        tr("%1 (%2)").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
    row->clearButton->setEnabled(true);
    onEdited();
}

QString CredentialForm::value(const Row &row) const
{
    if (row.edit)
        return isSecret(row.name) && row.name != QLatin1StringView("token")
                   ? row.edit->text()
                   : row.edit->text().trimmed();
    if (row.combo) {
        const int index = row.combo->currentIndex();
        if (index > 0 && row.combo->currentText() == row.combo->itemText(index))
            return row.combo->itemData(index).toString();
        // Typed into the search box: accept a bare code that exists.
        const QString typed = row.combo->currentText().trimmed();
        const int byCode = row.combo->findData(typed.left(3));
        return byCode > 0 && (typed.size() == 3 || typed == row.combo->itemText(byCode))
                   ? row.combo->itemData(byCode).toString()
                   : (typed.isEmpty() || index == 0 ? QString() : QStringLiteral("?"));
    }
    return row.fileBase64;
}

QString CredentialForm::rowProblem(const Row &row) const
{
    const QString v = value(row);
    const QString label = row.label->text().remove(QLatin1Char('&')).remove(QStringLiteral(" *"));
    if (v == QLatin1StringView("?"))
        return tr("%1: choose a value from the list.").arg(label);
    if (v.isEmpty())
        return row.required ? tr("%1 is required.").arg(label) : QString();
    if (row.validation.isValid() && !row.validation.pattern().isEmpty() &&
        !row.validation.match(v).hasMatch())
        return row.validationMessage.isEmpty()
                   ? tr("%1 does not have the expected format.").arg(label)
                   : tr("%1: %2").arg(label, row.validationMessage);
    return {};
}

QString CredentialForm::problem() const
{
    for (const auto &r : m_rows) {
        const QString p = rowProblem(*r);
        if (!p.isEmpty())
            return p;
    }
    const UpdateFields f = fields();
    if (const QString p = validateUpdateFields(f); !p.isEmpty())
        return p;
    if (f.toJson().isEmpty())
        return tr("Fill in the new credentials.");
    return {};
}

void CredentialForm::onEdited()
{
    for (const auto &r : m_rows) {
        const QString p = rowProblem(*r);
        const bool touched = (r->edit && !r->edit->text().isEmpty()) ||
                             (r->combo && r->combo->currentIndex() > 0) || !r->fileBase64.isEmpty();
        // "Required" is not news before the user typed anything; a wrong format is.
        const bool show = !p.isEmpty() && touched;
        if (r->message && (r->edit || r->combo)) {
            r->message->setText(p);
            r->message->setVisible(show);
        }
    }
    emit changed();
}

UpdateFields CredentialForm::fields() const
{
    UpdateFields f;
    for (const auto &r : m_rows) {
        const QString v = value(*r);
        if (v == QLatin1StringView("?"))
            continue;
        if (r->name == QLatin1StringView("password"))
            f.password = v;
        else if (r->name == QLatin1StringView("password2"))
            f.password2 = v;
        else if (r->name == QLatin1StringView("token"))
            f.token = v;
        else if (r->name == QLatin1StringView("encryption_key"))
            f.encryptionKey = v;
        else if (r->name == QLatin1StringView("username_type"))
            f.usernameType = v;
        else if (r->name == QLatin1StringView("certificate"))
            f.certificate = v;
        else if (r->name == QLatin1StringView("private_key"))
            f.privateKey = v;
    }
    return f;
}

void CredentialForm::clearSecrets()
{
    for (const auto &r : m_rows) {
        if (r->edit)
            r->edit->clear();
        r->fileBase64.clear();
        if (r->fileLabel) {
            r->fileLabel->setText(tr("No file chosen"));
            r->clearButton->setEnabled(false);
        }
    }
    onEdited();
}

void CredentialForm::clearValues()
{
    for (const auto &r : m_rows) {
        if (r->combo)
            r->combo->setCurrentIndex(0); // "Choose…" or "(not needed)"
    }
    clearSecrets();
}

bool CredentialForm::hasValues() const
{
    for (const auto &r : m_rows) {
        if (!value(*r).isEmpty())
            return true;
    }
    return false;
}

} // namespace relink
