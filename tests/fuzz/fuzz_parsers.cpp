// libFuzzer targets for every parser of server answers, for relink-cli's --fields input and for
// the argument Relink is started with (a link id, a URL, a relink:// link).
// One source, one binary per target: RELINK_FUZZ_TARGET selects the parser.
#include "credentials.h"
#include "historyevent.h"
#include "historylocation.h"
#include "launchrequest.h"
#include "linkid.h"
#include "linklisting.h"
#include "parsers.h"

#include <QByteArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    using namespace relink;
#if RELINK_FUZZ_TARGET == 1
    const Parsed<Link> link = parse::link(bytes);
    if (link)
        (void)QJsonDocument(link.value->raw).toJson();
#elif RELINK_FUZZ_TARGET == 2
    const QList<ApiError> errors = parse::apiErrors(bytes, 400);
    if (errors.isEmpty())
        __builtin_trap(); // never empty, by contract
    (void)parse::isErrorList(bytes);
#elif RELINK_FUZZ_TARGET == 3
    const Parsed<MfaChallenge> c = parse::mfaChallenge(bytes);
    if (c && (c.value->session.isEmpty() || c.value->expirySeconds > 86400))
        __builtin_trap();
#elif RELINK_FUZZ_TARGET == 4
    (void)parse::institution(bytes, QStringLiteral("erebor_mx_retail"));
#elif RELINK_FUZZ_TARGET == 5
    const Parsed<UpdateFields> f = parse::updateFields(bytes);
    if (f && !validateUpdateFields(*f.value).isEmpty())
        __builtin_trap(); // what parses must validate
#elif RELINK_FUZZ_TARGET == 6
    const Parsed<WidgetToken> t = parse::widgetToken(bytes);
    if (t && (t.value->access.isEmpty() || t.value->expiresInSeconds < 1 ||
              t.value->expiresInSeconds > 86400))
        __builtin_trap();
#elif RELINK_FUZZ_TARGET == 7
    const Parsed<LaunchRequest> r = parseLaunchArgument(QString::fromUtf8(bytes));
    if (bool(r) != r.error.isEmpty())
        __builtin_trap(); // a request or a message, never both or neither
    if (r) {
        const QString &env = r.value->environment;
        if (!isValidLinkId(r.value->linkId) || r.value->linkId != r.value->linkId.toLower() ||
            !(env.isEmpty() || env == QLatin1String("sandbox") ||
              env == QLatin1String("production")) ||
            r.value->ticket.toUcs4().size() > kMaxTicketLength ||
            r.value->ticket != r.value->ticket.trimmed())
            __builtin_trap();
        for (QChar c : r.value->ticket) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                __builtin_trap();
        }
    }
#elif RELINK_FUZZ_TARGET == 8
    const Parsed<LinksPage> page = linksPage(bytes);
    if (page &&
        (page.value->count < 0 || !page.value->next.isEmpty() != page.value->next.isValid()))
        __builtin_trap();
    // The same bytes as what a user types: --status, --since.
    const QString text = QString::fromUtf8(bytes);
    const Parsed<QStringList> statuses = parseLinkStatuses(text);
    if (statuses && !std::all_of(statuses.value->cbegin(), statuses.value->cend(),
                                 [](const QString &s) { return linkStatuses().contains(s); }))
        __builtin_trap(); // only Belvo's statuses ever reach a query
    if (!statuses && statuses.error.isEmpty())
        __builtin_trap();
    const Parsed<QDate> date = parseListingDate(text);
    if (date && !date.value->isValid())
        __builtin_trap();
#elif RELINK_FUZZ_TARGET == 9
    // The history's address (Settings, RELINK_HISTORY_URL) and an outbox event.
    const Parsed<HistoryLocation> l = HistoryLocation::parse(QString::fromUtf8(bytes));
    if (bool(l) == !l.error.isEmpty())
        __builtin_trap(); // an address or a message, never both or neither
    if (l && l.value->isTeam()) {
        const QString shown = l.value->display();
        const Parsed<HistoryLocation> again = HistoryLocation::parse(shown);
        if (!again || again.value->display() != shown || again.value->host != l.value->host ||
            again.value->port != l.value->port || l.value->user.isEmpty() ||
            l.value->database.isEmpty())
            __builtin_trap(); // what is shown is what is used
    }
    const std::optional<HistoryEvent> e = HistoryEvent::fromJson(bytes);
    if (e) {
        const std::optional<HistoryEvent> back = HistoryEvent::fromJson(e->toJson());
        if (!back || back->key != e->key || back->attempt != e->attempt || back->kind != e->kind ||
            back->info.ticket != e->info.ticket || back->requestIds != e->requestIds)
            __builtin_trap(); // the outbox keeps an event as it was
    }
#else
#error "unknown RELINK_FUZZ_TARGET"
#endif
    return 0;
}
