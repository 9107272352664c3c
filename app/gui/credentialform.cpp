#include "credentialform.h"

#include "accessibility.h"
#include "credentialrow.h"
#include "mnemonics.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace relink {

CredentialForm::CredentialForm(QWidget *parent) : QWidget(parent), m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    takeLeftoverMnemonic(this); // the bank's rows never take the window's own letters
    m_pickFile = [](QWidget *p, const QString &title) {
        return QFileDialog::getOpenFileName(p, title, QString(),
                                            tr("Certificates and keys (*.pem *.crt *.cer *.key "
                                               "*.p12 *.pfx);;All files (*)"));
    };
}

CredentialForm::~CredentialForm() = default;

void CredentialForm::setRevealTimeoutMs(int ms)
{
    m_revealTimeoutMs = ms;
    for (CredentialRow *r : std::as_const(m_rows))
        r->setRevealTimeoutMs(ms);
}

void CredentialForm::clear()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0); // deletes the rows' widgets
    qDeleteAll(m_rows);
    m_rows.clear();
}

void CredentialForm::add(CredentialRow *row)
{
    row->setRevealTimeoutMs(m_revealTimeoutMs);
    connect(row, &CredentialRow::edited, this, &CredentialForm::onEdited);
    connect(row, &CredentialRow::submitted, this, &CredentialForm::submitted);
    connect(row, &CredentialRow::fileRequested, this,
            [this, row] { row->loadFile(m_pickFile(this, row->labelText())); });
    m_layout->addRow(row->label(), row->cell());
    m_rows.append(row);
}

void CredentialForm::askToClear(const QString &typedFor, const QString &next,
                                std::function<void()> proceed)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Open another link"),
                                tr("Credentials are typed for link %1. Opening link %2 clears "
                                   "them.")
                                    .arg(typedFor, next),
                                QMessageBox::NoButton, window());
    box->setObjectName(QStringLiteral("openLinkConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->addButton(tr("Clear them and open"), QMessageBox::AcceptRole)
        ->setObjectName(QStringLiteral("clearAndOpenButton"));
    box->setDefaultButton(box->addButton(tr("Keep them"), QMessageBox::RejectRole));
    box->defaultButton()->setObjectName(QStringLiteral("keepCredentialsButton"));
    connect(box, &QMessageBox::accepted, this, std::move(proceed));
    refreshAccessibility(box);
    box->open();
}

QString CredentialForm::buildFromAnswer(const Result &r)
{
    if (r.kind != Result::Kind::Institution) {
        buildFullForm();
        return tr("The bank's own form could not be loaded (%1). Showing every field; fill in "
                  "what the customer gave you.")
            .arg(describeResult(r));
    }
    buildFor(r.institution);
    const Institution &bank = r.institution;
    return tr("The fields %1 asks for.")
               .arg(bank.displayName.isEmpty() ? bank.name : bank.displayName) +
           droppedNotice();
}

void CredentialForm::buildFullForm()
{
    const QHash<QString, QString> kept = startRebuild(false);
    auto field = [](const char *name, const QString &type, const QString &label, bool optional) {
        FormField f;
        f.name = QString::fromLatin1(name);
        f.type = type;
        f.label = label;
        f.optional = optional;
        return f;
    };
    const QString password = QStringLiteral("password");
    add(new CredentialRow(field("password", password, tr("&Password"), false), this));
    add(new CredentialRow(field("password2", password, tr("Second password or &PIN"), true), this));
    add(new CredentialRow(field("token", password, tr("MFA &token (rarely needed)"), true), this));
    add(new CredentialRow(field("encryption_key", password, tr("&Encryption key (legacy)"), true),
                          this));
    FormField type = field("username_type", QStringLiteral("select"), tr("&Document type"), true);
    for (const DocumentType &d : documentTypes())
        type.values.append(SelectValue{d.code, d.label, {}, {}, {}});
    add(new CredentialRow(type, this));
    add(new CredentialRow(QStringLiteral("certificate"), tr("&Certificate file"), this));
    add(new CredentialRow(QStringLiteral("private_key"), tr("Private &key file"), this));
    restore(kept);
}

void CredentialForm::buildFor(const Institution &institution)
{
    const QHash<QString, QString> kept = startRebuild(true);
    const QStringList updatable = updateFieldNames();
    for (FormField f : institution.formFields) {
        if (!updatable.contains(f.name) || f.type == QLatin1StringView("hidden"))
            continue; // e.g. username: a link keeps its username
        // The bank's label is plain text: an '&' in it is a character, not a mnemonic.
        f.label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (f.name == QLatin1StringView("certificate") ||
            f.name == QLatin1StringView("private_key"))
            add(new CredentialRow(f.name, f.label.isEmpty() ? f.name : f.label, this));
        else
            add(new CredentialRow(f, this));
    }
    restore(kept);
}

QHash<QString, QString> CredentialForm::startRebuild(bool institutionForm)
{
    QHash<QString, QString> kept;
    m_keptLabels.clear();
    for (const CredentialRow *r : std::as_const(m_rows)) {
        kept.insert(r->name(), r->value());
        m_keptLabels.insert(r->name(), r->labelText());
    }
    clear();
    m_built = true;
    m_institutionForm = institutionForm;
    return kept;
}

void CredentialForm::restore(const QHash<QString, QString> &kept)
{
    QStringList names;
    for (CredentialRow *r : std::as_const(m_rows)) {
        r->restore(kept.value(r->name()));
        names << r->name();
    }
    // A value typed in a field this form does not have is said, never dropped in silence.
    m_dropped.clear();
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        if (!it.value().isEmpty() && !names.contains(it.key()))
            m_dropped << m_keptLabels.value(it.key());
    }
    m_dropped.sort();
    // New rows: their names, letters of their own and their place in the Tab order.
    refreshAccessibility(window());
    onEdited();
}

bool CredentialForm::focusFirstToFill()
{
    for (CredentialRow *r : std::as_const(m_rows)) {
        if (r->problem().isEmpty())
            continue;
        // Once the new rows are shown (their layout shows them from the event loop).
        QPointer<QWidget> input = r->input();
        QMetaObject::invokeMethod(
            this,
            [input] {
                if (input && input->isEnabled())
                    input->setFocus(Qt::OtherFocusReason);
            },
            Qt::QueuedConnection);
        return true;
    }
    return false;
}

QString CredentialForm::droppedNotice() const
{
    if (m_dropped.isEmpty())
        return {};
    return QLatin1Char(' ') +
           tr("This bank does not ask for %1, so what was typed there was left out.")
               .arg(m_dropped.join(QStringLiteral(", ")));
}

QString CredentialForm::problem() const
{
    for (const CredentialRow *r : m_rows) {
        const QString p = r->problem();
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
    for (CredentialRow *r : std::as_const(m_rows))
        r->showProblem();
    emit changed();
}

UpdateFields CredentialForm::fields() const
{
    UpdateFields f;
    for (const CredentialRow *r : m_rows) {
        const QString v = r->value();
        const QString name = r->name();
        if (v == QLatin1StringView("?"))
            continue;
        if (name == QLatin1StringView("password"))
            f.password = v;
        else if (name == QLatin1StringView("password2"))
            f.password2 = v;
        else if (name == QLatin1StringView("token"))
            f.token = v;
        else if (name == QLatin1StringView("encryption_key"))
            f.encryptionKey = v;
        else if (name == QLatin1StringView("username_type"))
            f.usernameType = v;
        else if (name == QLatin1StringView("certificate"))
            f.certificate = v;
        else if (name == QLatin1StringView("private_key"))
            f.privateKey = v;
    }
    return f;
}

void CredentialForm::clearSecrets()
{
    for (CredentialRow *r : std::as_const(m_rows))
        r->clearValue();
    onEdited();
}

void CredentialForm::clearValues()
{
    for (CredentialRow *r : std::as_const(m_rows))
        r->clearValue(true);
    onEdited();
}

bool CredentialForm::hasValues() const
{
    for (const CredentialRow *r : m_rows) {
        if (!r->value().isEmpty())
            return true;
    }
    return false;
}

bool CredentialForm::holdFor(const QString &linkId)
{
    if (linkId == m_valuesLinkId)
        return false;
    const bool emptied = !m_valuesLinkId.isEmpty() && hasValues();
    if (emptied)
        clearValues();
    m_valuesLinkId = linkId;
    return emptied;
}

} // namespace relink
