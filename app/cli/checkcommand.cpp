#include "checkcommand.h"

#include "agent.h"
#include "belvoclient.h"
#include "clicontext.h"
#include "clioutput.h"
#include "linkid.h"
#include "preflight.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonValue>

namespace relink {

using namespace cli;

QString CheckCommand::description() const
{
    return tr("before an update: what stands in the way (exit 9 when something asks to "
              "confirm)");
}

QList<QCommandLineOption> CheckCommand::options() const
{
    return QList<QCommandLineOption>{jsonOption(), timeoutOption()} + placeOptions();
}

QJsonObject CheckCommand::reportJson(const PreflightReport &report)
{
    const PreflightFacts &f = report.facts;
    QJsonArray findings;
    for (const PreflightFinding &finding : report.findings)
        findings.append(QJsonObject{{QStringLiteral("kind"), finding.kind},
                                    {QStringLiteral("severity"), severityName(finding.severity)},
                                    {QStringLiteral("message"), finding.message}});
    QJsonValue institution;
    if (!f.institution.isEmpty())
        institution = QJsonObject{
            {QStringLiteral("name"), f.institution},
            {QStringLiteral("display_name"), f.institutionDisplayName.isEmpty()
                                                 ? QJsonValue()
                                                 : QJsonValue(f.institutionDisplayName)},
            {QStringLiteral("status"),
             f.institutionStatus.isEmpty() ? QJsonValue() : QJsonValue(f.institutionStatus)}};
    QJsonValue claimedBy;
    if (f.claimedBy.isValid())
        claimedBy = QJsonObject{
            {QStringLiteral("agent"), f.claimedBy.agent},
            {QStringLiteral("since"), f.claimedBy.since.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("ticket"),
             f.claimedBy.ticket.isEmpty() ? QJsonValue() : QJsonValue(f.claimedBy.ticket)}};
    return {{QStringLiteral("link"), f.link ? QJsonValue(f.link->raw) : QJsonValue()},
            {QStringLiteral("institution"), institution},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("claimed_by"), claimedBy}};
}

QString CheckCommand::reportText(const PreflightReport &report)
{
    QString text;
    for (const PreflightFinding &finding : report.findings)
        text += severityName(finding.severity) + QStringLiteral(": ") + finding.message +
                QLatin1Char('\n');
    return text;
}

PreflightReport CheckCommand::run(CliContext &context, const QString &linkId,
                                  const QString &noHistoryReason, bool claim)
{
    Preflight::Context pc{context.environmentLabel(), context.history(),
                          PreflightPolicy::fromSettings()};
    pc.noHistoryReason = noHistoryReason;
    pc.agent = currentAgent();
    pc.ticket = context.ticket();
    pc.claim = claim;
    InstitutionHealthCache healthCache; // this run's: a bank's health as Belvo says it now
    pc.healthCache = &healthCache;
    auto *preflight = new Preflight(context.client(), pc, context.owner());
    context.cancelOnInterrupt(preflight);
    PreflightReport report;
    QEventLoop loop;
    QObject::connect(preflight, &Preflight::finished, &loop, [&](const PreflightReport &r) {
        report = r;
        loop.quit();
    });
    preflight->start(linkId);
    if (!preflight->isFinished())
        loop.exec();
    delete preflight;
    return report;
}

int CheckCommand::execute(CliContext &context, const QStringList &arguments)
{
    const QString linkId = arguments.at(0).trimmed().toLower();
    if (!isValidLinkId(linkId))
        return context.refuse(tr("\"%1\" is not a link id (a UUID such as "
                                 "3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c). Nothing was sent.")
                                  .arg(linkId.left(80)));
    if (!context.setUpClient())
        return exitcode::Usage;
    QString problem, noHistoryReason;
    if (!context.openHistory(&problem)) // none: the history's part is a note saying why
        noHistoryReason = tr("its address is not one Relink takes (%1). Correct "
                             "RELINK_HISTORY_URL or the desktop app's History setting.")
                              .arg(problem);
    if (context.interruptRequested())
        return context.interruptedBeforeSending();
    const PreflightReport report = run(context, linkId, noHistoryReason);
    const CliOutput &output = context.output();
    if (context.json())
        output.printJson(reportJson(report));
    else
        output.out(reportText(report));
    if (!report.needsConfirmation()) {
        if (!context.json() && report.findings.isEmpty())
            output.err(tr("Nothing stands in the way of updating link %1.\n").arg(linkId));
        return exitcode::Ok;
    }
    output.err(tr("Before updating link %1, confirm what the findings above ask.\n").arg(linkId));
    return exitcode::Confirm;
}

} // namespace relink
