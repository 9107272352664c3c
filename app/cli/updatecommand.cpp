#include "updatecommand.h"

#include "clicontext.h"
#include "clioutput.h"
#include "linkid.h"
#include "preflightgate.h"
#include "terminal.h"
#include "tokenprompt.h"
#include "updateflow.h"

#include <QCommandLineParser>
#include <QFile>

namespace relink {

using namespace cli;

UpdateCommand::UpdateCommand() = default;

UpdateCommand::~UpdateCommand() = default;

QString UpdateCommand::description() const
{
    return tr("send new credentials (PUT /api/links/LINK_ID/)");
}

QList<QCommandLineOption> UpdateCommand::options() const
{
    QList<QCommandLineOption> options{
        {QStringLiteral("fields"),
         tr("update: a JSON object with the credential fields (password, password2, token, "
            "encryption_key, username_type, certificate, private_key), from FILE or - for "
            "standard input."),
         QStringLiteral("FILE")},
        {QStringLiteral("certificate-file"), tr("update: a certificate file to send."),
         QStringLiteral("PATH")},
        {QStringLiteral("private-key-file"), tr("update: the certificate's private-key file."),
         QStringLiteral("PATH")},
        noInputOption(),
        forceOption(),
        ticketOption(),
        jsonOption(),
        timeoutOption(),
    };
    return options + placeOptions();
}

int UpdateCommand::execute(CliContext &context, const QStringList &arguments)
{
    if (!context.setUpHistory() || !context.setUpClient())
        return exitcode::Usage;
    const QCommandLineParser &p = context.parser();
    const QString linkId = arguments.at(0).trimmed();
    if (!isValidLinkId(linkId)) {
        return context.refuse(tr("\"%1\" is not a link id (a UUID such as "
                                 "3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c). Nothing was sent.")
                                  .arg(linkId.left(80)));
    }
    UpdateFields fields;
    bool fieldsFromInput = false;
    if (p.isSet(QStringLiteral("fields"))) {
        const QString source = p.value(QStringLiteral("fields"));
        QByteArray data;
        fieldsFromInput = source == QLatin1StringView("-");
        if (fieldsFromInput) {
            QFile in;
            if (!in.open(context.input(), QIODevice::ReadOnly))
                return context.refuse(tr("cannot read the fields from standard input."));
            data = in.read(4 * 1024 * 1024);
        } else {
            QFile in(source);
            if (!in.open(QIODevice::ReadOnly)) {
                return context.refuse(
                    tr("cannot read the fields file %1: %2").arg(source, in.errorString()));
            }
            data = in.read(4 * 1024 * 1024);
        }
        Parsed<UpdateFields> parsed = parse::updateFields(data);
        if (!parsed)
            return context.refuse(tr("%1 Nothing was sent.").arg(parsed.error));
        fields = *parsed.value;
    }
    const bool hasCert = p.isSet(QStringLiteral("certificate-file"));
    const bool hasKey = p.isSet(QStringLiteral("private-key-file"));
    if (hasCert != hasKey) {
        return context.refuse(tr("--certificate-file and --private-key-file go together: give "
                                 "both or neither. Nothing was sent."));
    }
    if (hasCert) {
        const Parsed<QString> cert =
            readKeyFileAsBase64(p.value(QStringLiteral("certificate-file")));
        const Parsed<QString> key =
            readKeyFileAsBase64(p.value(QStringLiteral("private-key-file")));
        if (!cert || !key)
            return context.refuse(tr("%1 Nothing was sent.").arg(cert ? key.error : cert.error));
        fields.certificate = *cert.value;
        fields.privateKey = *key.value;
    }
    if (const QString problem = validateUpdateFields(fields); !problem.isEmpty())
        return context.refuse(tr("%1 Nothing was sent.").arg(problem));
    if (fields.toJson().isEmpty())
        return context.refuse(tr("nothing to send. Give the credentials with --fields FILE (or - "
                                 "for standard input)."));
    // The MFA prompt (and the pre-flight's question) read the input, unless the fields came
    // through it: then the terminal. With neither (--no-input, or a pipeline without a
    // terminal) a challenge is printed as JSON, and a finding to confirm stops the run.
    std::FILE *answers = nullptr;
    if (!p.isSet(QStringLiteral("no-input"))) {
        answers = fieldsFromInput ? terminal::openTerminal() : context.input();
        if (answers)
            m_prompt = std::make_unique<TokenPrompt>(context.output(), answers, fieldsFromInput);
    }
    QStringList confirmed;
    std::optional<Link> checked;
    if (const std::optional<int> stop =
            PreflightGate::pass(context, linkId.toLower(), PreflightGate::Action::Update, answers,
                                &confirmed, &checked))
        return *stop;
    // The bank the pre-flight read is recorded with the attempt, as the desktop app does.
    const QString institution = checked ? checked->institution : QString();
    auto *flow = new UpdateFlow(
        context.client(),
        {context.environmentLabel(), institution, context.history(), context.ticket(), confirmed},
        context.owner());
    if (m_prompt)
        m_prompt->attach(flow);
    return context.runFlow(flow, [flow, linkId, fields] { flow->start(linkId, fields); });
}

} // namespace relink
