// Pure parts of listing links: what to ask (statuses, dates, the first page's URL), what a page
// says, and where the keys may go. No I/O; tests and fuzzers call them directly.
#include "linkquery.h"

#include "parsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <climits>

namespace relink {

namespace {

// The messages share the listing's context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(relink::LinkListing)
};

QByteArray encoded(const QString &value)
{
    // Everything but unreserved characters and commas (status__in=invalid,token_required):
    // a '+' left bare would reach the server as a space, a '&' would start another parameter.
    return QUrl::toPercentEncoding(value, ",");
}

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1StringView("https"))
        return 443;
    if (scheme == QLatin1StringView("http"))
        return 80;
    return -1;
}

QString originOf(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                  QUrl::RemoveFragment)
        .toString();
}

} // namespace

QStringList linkStatuses()
{
    return {QStringLiteral("valid"), QStringLiteral("invalid"), QStringLiteral("unconfirmed"),
            QStringLiteral("token_required")};
}

QStringList linkStatusesNeedingAttention()
{
    return {QStringLiteral("invalid"), QStringLiteral("token_required")};
}

Parsed<QStringList> parseLinkStatuses(const QString &text)
{
    const QStringList parts = text.trimmed().toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList statuses;
    for (const QString &part : parts) {
        const QString status = part.trimmed();
        if (status == QLatin1StringView("all"))
            return Parsed<QStringList>::ok({});
        if (!linkStatuses().contains(status))
            return Parsed<QStringList>::fail(
                Text::tr("\"%1\" is not a link status. Give one or more of "
                         "%2 (separated by commas), or all.")
                    .arg(status.left(40), linkStatuses().join(QStringLiteral(", "))));
        if (!statuses.contains(status))
            statuses << status;
    }
    if (statuses.isEmpty())
        return Parsed<QStringList>::fail(Text::tr("No link status given. Give one or more of %1 "
                                                  "(separated by commas), or all.")
                                             .arg(linkStatuses().join(QStringLiteral(", "))));
    return Parsed<QStringList>::ok(statuses);
}

Parsed<QDate> parseListingDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    const QDate date =
        shape.match(trimmed).hasMatch() ? QDate::fromString(trimmed, Qt::ISODate) : QDate();
    if (!date.isValid())
        return Parsed<QDate>::fail(Text::tr("\"%1\" is not a date. Give it "
                                            "as YYYY-MM-DD, e.g. 2026-11-24.")
                                       .arg(trimmed.left(40)));
    return Parsed<QDate>::ok(date);
}

QUrl linksPageUrl(const QUrl &baseUrl, const LinkQuery &q)
{
    QUrl url = baseUrl;
    url.setPath(baseUrl.path() + QStringLiteral("/api/links/"));
    QByteArray query;
    auto add = [&query](const char *name, const QString &value) {
        if (!query.isEmpty())
            query += '&';
        query += name + ('=' + encoded(value));
    };
    if (!q.statuses.isEmpty())
        add("status__in", q.statuses.join(QLatin1Char(',')));
    if (!q.institution.isEmpty())
        add("institution", q.institution);
    if (!q.externalId.isEmpty())
        add("external_id", q.externalId);
    if (q.since.isValid())
        add("created_at__gte", q.since.toString(Qt::ISODate));
    if (q.until.isValid()) // created_at__lte=DAY would mean its midnight: the day itself is out
        add("created_at__lt", q.until.addDays(1).toString(Qt::ISODate));
    int size = qBound(1, q.pageSize, 1000);
    if (q.limit > 0)
        size = qMin(size, q.limit);
    add("page_size", QString::number(size));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

Parsed<LinksPage> linksPage(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return Parsed<LinksPage>::fail(
            QCoreApplication::translate("relink::parse", "The answer is not valid JSON."));
    const QJsonObject o = doc.object();
    const QJsonValue results = o.value(QLatin1StringView("results"));
    if (!doc.isObject() || !results.isArray())
        return Parsed<LinksPage>::fail(Text::tr("The answer is not a page of links: it has no "
                                                "\"results\" list."));
    const QJsonValue count = o.value(QLatin1StringView("count"));
    const double n = count.toDouble(-1);
    if (!count.isDouble() || n < 0 || n > INT_MAX || n != static_cast<double>(qint64(n)))
        return Parsed<LinksPage>::fail(Text::tr("The page of links has no valid \"count\"."));
    LinksPage page;
    page.count = static_cast<int>(n);
    const QJsonValue next = o.value(QLatin1StringView("next"));
    if (next.isString() && !next.toString().isEmpty()) {
        page.next = QUrl(next.toString(), QUrl::StrictMode);
        if (!page.next.isValid())
            return Parsed<LinksPage>::fail(Text::tr("The page of links gives an unreadable address "
                                                    "for the next page."));
    } else if (!next.isNull() && !next.isUndefined() && !next.isString()) {
        return Parsed<LinksPage>::fail(Text::tr("The page of links gives an unreadable address for "
                                                "the next page."));
    }
    const QJsonArray items = results.toArray();
    page.links.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        Parsed<Link> link = parse::linkFromJson(items.at(i).toObject());
        if (!link)
            return Parsed<LinksPage>::fail(
                Text::tr("Item %1 of the page is not a link: %2").arg(i + 1).arg(link.error));
        page.links.append(std::move(*link.value));
    }
    return Parsed<LinksPage>::ok(std::move(page));
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    if (!a.isValid() || !b.isValid() || a.host().isEmpty())
        return false;
    const QString scheme = a.scheme().toLower();
    return scheme == b.scheme().toLower() && !scheme.isEmpty() &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(scheme)) == b.port(defaultPort(scheme));
}

QString foreignNextMessage(const QUrl &next, const QUrl &base)
{
    return Text::tr("The list's next page is on %1, not on %2, so Relink "
                    "stopped there and sent nothing to it (the secret keys "
                    "would go with it). Check the base URL; if it is right, "
                    "report this to Belvo.")
        .arg(next.isValid() && !next.host().isEmpty() ? originOf(next) : next.toString().left(200),
             originOf(base));
}

} // namespace relink
