#include "command.h"

#include <QCommandLineParser>

namespace relink {

Command::~Command() = default;

QString Command::synopsis() const
{
    return name();
}

QString Command::helpText() const
{
    // QCommandLineParser lays the options out as the top level's --help does (the same
    // wrapping, Qt's translated headings); only the usage line names the command.
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(options());
    const QString text = parser.helpText(); // "Usage: relink-cli [options]\n\nOptions:…"
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return text.left(end) + QLatin1Char(' ') + synopsis() + QLatin1Char('\n') + description() +
           QLatin1Char('\n') + text.mid(end + 1);
}

QString Command::argumentsProblem(const QStringList &arguments) const
{
    if (arguments.size() != 1)
        return tr("%1 takes exactly one LINK_ID.").arg(name());
    return {};
}

QCommandLineOption Command::linkOption()
{
    return {QStringLiteral("link"), tr("resume, history: the link id."), QStringLiteral("LINK_ID")};
}

QCommandLineOption Command::ticketOption()
{
    return {QStringLiteral("ticket"),
            tr("update, resume, handoff: the support ticket this is done for (recorded in the "
               "history); history: only that ticket's attempts."),
            QStringLiteral("REF")};
}

QCommandLineOption Command::sinceOption()
{
    return {QStringLiteral("since"),
            tr("history, links: only attempts, or links created, on or after this date "
               "(YYYY-MM-DD)."),
            QStringLiteral("DATE")};
}

QCommandLineOption Command::csvOption()
{
    return {QStringLiteral("csv"), tr("history, links: print CSV.")};
}

QCommandLineOption Command::jsonOption()
{
    return {QStringLiteral("json"),
            tr("Print the resulting link as JSON; failures too, as JSON on standard output.")};
}

QCommandLineOption Command::timeoutOption()
{
    return {QStringLiteral("timeout"),
            tr("Seconds to wait for an answer (default 120); for wait, seconds to wait for the "
               "link to be valid (default 600)."),
            QStringLiteral("SECONDS")};
}

QCommandLineOption Command::noInputOption()
{
    return {QStringLiteral("no-input"),
            tr("update, handoff: never ask. An MFA challenge is printed as JSON (exit 4); a "
               "pre-flight finding to confirm stops the run (exit 9).")};
}

QCommandLineOption Command::forceOption()
{
    return {QStringLiteral("force"),
            tr("update, handoff: go ahead even when the pre-flight asks to confirm (the bank "
               "down, login errors, an open hand-off); the history records it.")};
}

QList<QCommandLineOption> Command::placeOptions(bool withDemo)
{
    QList<QCommandLineOption> options{
        {QStringLiteral("env"), tr("sandbox, development or production (default sandbox)."),
         QStringLiteral("NAME")},
        {QStringLiteral("base-url"),
         tr("A custom base URL (also BELVO_BASE_URL); https, or http to this computer only."),
         QStringLiteral("URL")},
        {QStringLiteral("ca-file"),
         tr("Also trust the CA certificate(s) in this PEM file (e.g. a company TLS proxy)."),
         QStringLiteral("PATH")},
    };
    if (withDemo)
        options << QCommandLineOption(QStringLiteral("demo"),
                                      tr("Run against the built-in Belvo simulator."));
    return options;
}

} // namespace relink
