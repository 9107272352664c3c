#include "cli.h"

#include "clioutput.h"
#include "linkexport.h"
#include "linklisting.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>

// relink-cli links: the links that need attention (or any statuses), from Belvo's list. What it
// prints is a promise to scripts: --json the objects as Belvo sent them, --csv a fixed header;
// a listing cut short prints nothing of it on stdout in those modes.

namespace relink {

using namespace cli;

namespace {

void outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString lastAccess(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QStringLiteral("-");
}

// The table's headings share the command line's context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
};

// An aligned table, a header first; nothing for no links.
void printLinksTable(const QList<Link> &links)
{
    if (links.isEmpty())
        return;
    QList<QStringList> rows{{Text::tr("ID"), Text::tr("INSTITUTION"), Text::tr("STATUS"),
                             Text::tr("LAST ACCESSED"), Text::tr("EXTERNAL ID")}};
    for (const Link &l : links)
        rows << QStringList{l.id, orDash(l.institution), orDash(l.status),
                            lastAccess(l.lastAccessedAt), orDash(l.externalId)};
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
    out(text);
}

} // namespace

int Cli::runLinks()
{
    const QCommandLineParser &p = *m_parser;
    const bool asJson = p.isSet(QStringLiteral("json"));
    const bool asCsv = p.isSet(QStringLiteral("csv"));
    if (asJson && asCsv)
        return refuse(tr("choose --json or --csv, not both."));
    LinkQuery query;
    query.pageSize = 1000; // Belvo's largest page: the fewest requests
    const Parsed<QStringList> statuses = parseLinkStatuses(
        p.isSet(QStringLiteral("status")) ? p.value(QStringLiteral("status"))
                                          : QStringLiteral("invalid,token_required"));
    if (!statuses)
        return refuse(tr("%1 Nothing was sent.").arg(statuses.error));
    query.statuses = *statuses.value;
    if (p.isSet(QStringLiteral("institution"))) {
        static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9_.-]{1,100}$"));
        query.institution = p.value(QStringLiteral("institution")).trimmed();
        if (!code.match(query.institution).hasMatch())
            return refuse(tr("\"%1\" is not an institution code (such as erebor_mx_retail). "
                             "Nothing was sent.")
                              .arg(query.institution.left(80)));
    }
    if (p.isSet(QStringLiteral("since"))) {
        const Parsed<QDate> since = parseListingDate(p.value(QStringLiteral("since")));
        if (!since)
            return refuse(tr("%1 Nothing was sent.").arg(since.error));
        query.since = *since.value;
    }
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = p.value(QStringLiteral("limit")).trimmed().toInt(&ok);
        if (!ok || query.limit < 1)
            return refuse(tr("--limit takes a number of links, 1 or more. Nothing was sent."));
    }
    if (!setUpClient())
        return exitcode::Usage;
    if (terminal::interruptRequested())
        return printLocalFailure(QStringLiteral("cancelled"), tr("Interrupted. Nothing was sent."),
                                 exitcode::Interrupted, asJson);

    auto *listing = new LinkListing(m_client, query, this);
    m_listing = listing;
    QList<Link> links;
    Result result;
    bool done = false;
    QEventLoop loop;
    connect(listing, &LinkListing::pageArrived, this,
            [&links](const QList<Link> &page, int) { links += page; });
    connect(listing, &LinkListing::rateLimited, this, [](int seconds) {
        err(tr("Belvo asks to wait %n second(s); the listing goes on then.\n", nullptr, seconds));
    });
    connect(listing, &LinkListing::finished, &loop, [&](const Result &r) {
        result = r;
        done = true;
        loop.quit();
    });
    listing->setFollowAll(true);
    listing->start();
    if (!done)
        loop.exec();

    const bool complete = result.kind == Result::Kind::LinksPage;
    if (complete && asJson)
        outBytes(linksJson(links));
    else if (complete && asCsv)
        outBytes(linksCsv(links).toUtf8());
    else if (!asJson && !asCsv)
        printLinksTable(links); // what arrived, even when the listing was cut short
    if (!complete) {
        if (!links.isEmpty())
            err(tr("The listing stopped after %n link(s).\n", nullptr, int(links.size())));
        return printOutcome(UpdateOutcome::from(result), asJson);
    }
    const int shown = int(links.size());
    const bool attention = query.statuses.size() == 2 &&
                           query.statuses.contains(QStringLiteral("invalid")) &&
                           query.statuses.contains(QStringLiteral("token_required"));
    const bool limited = !result.page.next.isEmpty(); // stopped at --limit with more to come
    if (limited)
        err((attention
                 ? tr("Showing %1 of %n link(s) that need attention.\n", nullptr, result.page.count)
                 : tr("Showing %1 of %n matching link(s).\n", nullptr, result.page.count))
                .arg(shown));
    else
        err(attention ? tr("%n link(s) need attention.\n", nullptr, shown)
                      : tr("%n link(s) match.\n", nullptr, shown));
    return exitcode::Ok;
}

} // namespace relink
