#include "linkscommand.h"

#include "clicontext.h"
#include "clioutput.h"
#include "historyservice.h"
#include "linkexport.h"
#include "linklisting.h"
#include "visibletext.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QLocale>
#include <QRegularExpression>

namespace relink {

using namespace cli;

namespace {

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString lastAccess(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QStringLiteral("-");
}

} // namespace

QString LinksCommand::description() const
{
    return tr("list links needing attention (--status, --institution, --since, --limit, --json, "
              "--csv)");
}

QList<QCommandLineOption> LinksCommand::options() const
{
    QList<QCommandLineOption> options{
        {QStringLiteral("status"),
         tr("links: the statuses to list, separated by commas (valid, invalid, unconfirmed, "
            "token_required), or all; default invalid,token_required."),
         QStringLiteral("STATUS")},
        {QStringLiteral("institution"), tr("links: only this institution's links."),
         QStringLiteral("NAME")},
        sinceOption(),
        {QStringLiteral("limit"), tr("links: list at most N links."), QStringLiteral("N")},
        csvOption(),
        jsonOption(),
        timeoutOption(),
    };
    return options + placeOptions();
}

QString LinksCommand::argumentsProblem(const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return tr("links takes no positional arguments; use --status, --institution, --since and "
                  "--limit.");
    return {};
}

void LinksCommand::printTable(const CliOutput &output, const QList<Link> &links)
{
    if (links.isEmpty())
        return;
    QList<QStringList> rows{
        {tr("ID"), tr("INSTITUTION"), tr("STATUS"), tr("LAST ACCESSED"), tr("EXTERNAL ID")}};
    for (const Link &l : links)
        rows << QStringList{visibleText(l.id), visibleText(orDash(l.institution)),
                            visibleText(orDash(l.status)), lastAccess(l.lastAccessedAt),
                            visibleText(orDash(l.externalId))};
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        text += line + QLatin1Char('\n');
    }
    output.out(text);
}

QHash<QString, LinkPicture> LinksCommand::pictures(CliContext &context, const QList<Link> &links)
{
    const CliOutput &output = context.output();
    QHash<QString, QString> health;
    for (const Link &l : links) {
        if (l.institution.isEmpty() || health.contains(l.institution) ||
            context.interruptRequested())
            continue;
        const Result r = context.waitFor(context.client()->getInstitution(l.institution));
        health.insert(l.institution,
                      r.kind == Result::Kind::Institution ? r.institution.status : QString());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<HistoryEntry> attempts;
    QList<LinkClaim> claims;
    QString problem;
    if (HistoryService *history = context.openHistory(&problem)) {
        HistoryFilter recent;
        recent.since = now.addDays(-30);
        const HistoryRead read = history->readAndWait(recent);
        const ClaimRead claimed = history->claimsAndWait(context.environmentLabel());
        attempts = read.entries;
        claims = claimed.claims;
        problem = !read.ok ? read.error : claimed.error;
    }
    if (!problem.isEmpty())
        output.err(tr("The history could not be read, so last_attempt, claimed_by and "
                      "handoff_open_until are empty: %1\n")
                       .arg(problem));
    return linkPictures(links, attempts, claims, health, context.environmentLabel(), now);
}

int LinksCommand::execute(CliContext &context, const QStringList &)
{
    const QCommandLineParser &p = context.parser();
    const CliOutput &output = context.output();
    const bool asJson = p.isSet(QStringLiteral("json"));
    const bool asCsv = p.isSet(QStringLiteral("csv"));
    if (asJson && asCsv)
        return context.refuse(tr("choose --json or --csv, not both."));
    LinkQuery query;
    query.pageSize = 1000; // Belvo's largest page: the fewest requests
    const Parsed<QStringList> statuses = parseLinkStatuses(
        p.isSet(QStringLiteral("status")) ? p.value(QStringLiteral("status"))
                                          : QStringLiteral("invalid,token_required"));
    if (!statuses)
        return context.refuse(tr("%1 Nothing was sent.").arg(statuses.error));
    query.statuses = *statuses.value;
    if (p.isSet(QStringLiteral("institution"))) {
        static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9_.-]{1,100}$"));
        query.institution = p.value(QStringLiteral("institution")).trimmed();
        if (!code.match(query.institution).hasMatch())
            return context.refuse(tr("\"%1\" is not an institution code (such as "
                                     "erebor_mx_retail). Nothing was sent.")
                                      .arg(query.institution.left(80)));
    }
    if (p.isSet(QStringLiteral("since"))) {
        const Parsed<QDate> since = parseListingDate(p.value(QStringLiteral("since")));
        if (!since)
            return context.refuse(tr("%1 Nothing was sent.").arg(since.error));
        query.since = *since.value;
    }
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = p.value(QStringLiteral("limit")).trimmed().toInt(&ok);
        if (!ok || query.limit < 1)
            return context.refuse(
                tr("--limit takes a number of links, 1 or more. Nothing was sent."));
    }
    if (!context.setUpClient())
        return exitcode::Usage;
    if (context.interruptRequested())
        return context.interruptedBeforeSending();

    auto *listing = new LinkListing(context.client(), query, context.owner());
    context.cancelOnInterrupt(listing);
    QList<Link> links;
    Result result;
    bool done = false;
    QEventLoop loop;
    QObject::connect(listing, &LinkListing::pageArrived, &loop,
                     [&links](const QList<Link> &page, int) { links += page; });
    QObject::connect(listing, &LinkListing::rateLimited, &loop, [&output](int seconds) {
        output.err(
            tr("Belvo asks to wait %n second(s); the listing goes on then.\n", nullptr, seconds));
    });
    QObject::connect(listing, &LinkListing::finished, &loop, [&](const Result &r) {
        result = r;
        done = true;
        loop.quit();
    });
    listing->setFollowAll(true);
    listing->start();
    if (!done)
        loop.exec();

    const bool complete = result.kind == Result::Kind::LinksPage;
    const QHash<QString, LinkPicture> picture =
        complete && (asJson || asCsv) ? pictures(context, links) : QHash<QString, LinkPicture>();
    if (complete && asJson)
        output.outBytes(linksJson(links, picture));
    else if (complete && asCsv)
        output.out(linksCsv(links, picture)); // as text: control characters visible, CRLF kept
    else if (!asJson && !asCsv)
        printTable(output, links); // what arrived, even when the listing was cut short
    if (!complete) {
        if (!links.isEmpty())
            output.err(tr("The listing stopped after %n link(s).\n", nullptr, int(links.size())));
        return output.printOutcome(UpdateOutcome::from(result), asJson);
    }
    const int shown = int(links.size());
    const bool attention = query.statuses.size() == 2 &&
                           query.statuses.contains(QStringLiteral("invalid")) &&
                           query.statuses.contains(QStringLiteral("token_required"));
    const bool limited = !result.page.next.isEmpty(); // stopped at --limit with more to come
    if (limited)
        output.err(
            (attention
                 ? tr("Showing %1 of %n link(s) that need attention.\n", nullptr, result.page.count)
                 : tr("Showing %1 of %n matching link(s).\n", nullptr, result.page.count))
                .arg(shown));
    else
        output.err(attention ? tr("%n link(s) need attention.\n", nullptr, shown)
                             : tr("%n link(s) match.\n", nullptr, shown));
    return exitcode::Ok;
}

} // namespace relink
