#pragma once

#include "belvolink.h"
#include "parsed.h"

#include <QDate>
#include <QStringList>
#include <QUrl>

namespace relink {

// What to list: Belvo's filters of GET /api/links/ (belvo-api.md, "Listing links").
struct LinkQuery
{
    QStringList statuses; // empty: all
    QString institution;  // empty: any
    QDate since;          // created on or after this day (UTC, Belvo's); invalid: no bound
    QDate until;          // created on or before this day (UTC); invalid: no bound
    QString externalId;   // empty: any
    int pageSize = 100;   // 1..1000 (Belvo's cap); a server may cap lower
    int limit = 0;        // 0: no limit
};

// Pure (tests and fuzzers call them directly).
// Belvo's link statuses: valid, invalid, unconfirmed, token_required.
QStringList linkStatuses();
// The statuses that need an agent's attention: invalid, token_required.
QStringList linkStatusesNeedingAttention();
// "invalid,token_required" → those (trimmed, lower case, each once); "all" → empty (every
// status). An unknown or missing status → a message naming the valid ones.
Parsed<QStringList> parseLinkStatuses(const QString &text);
// YYYY-MM-DD, a real day; anything else → a message with an example.
Parsed<QDate> parseListingDate(const QString &text);
// The first page's URL: base + /api/links/ with status__in, institution, external_id,
// created_at__gte (since), created_at__lt (the day after until: until is inclusive) and
// page_size (clamped to 1..1000, and to the limit when there is one). Values are
// percent-encoded ('+' and '&' included), commas kept.
QUrl linksPageUrl(const QUrl &baseUrl, const LinkQuery &query);
// A page of GET /api/links/: {count, next, previous, results}. next: null, absent or "" → an
// empty URL; otherwise it must be a readable URL (it may be relative).
Parsed<LinksPage> linksPage(const QByteArray &body);
// Same scheme, host and port (default ports included): where the keys may go.
bool isSameOrigin(const QUrl &a, const QUrl &b);
// Why a next page at `next` is not followed from `base` (translated: what, what to do).
QString foreignNextMessage(const QUrl &next, const QUrl &base);

} // namespace relink
