#include "linkid.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace relink {

namespace {

const QString kUuid =
    QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
// Longer text is not a pasted id (nor a link's JSON); it is not searched.
constexpr qsizetype kMaxPastedLength = 16 * 1024;

// The distinct UUIDs `re` captures (group 1) in `text`, in lower case, in order of appearance.
QStringList distinctMatches(const QRegularExpression &re, const QString &text)
{
    QStringList ids;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString id = it.next().captured(1).toLower();
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

// A UUID not glued to more hex digits.
QString uuidGroup()
{
    return QStringLiteral("(") + kUuid + QStringLiteral(")(?![0-9a-fA-F])");
}

// The value of `keys` in JSON ("link": "…", \"link\":\"…\"), Python ('link': '…'), a query
// string (link=…) or a log line (link: …); "created_by", "user_id" and the like do not match.
QString keyed(const QString &keys)
{
    return QStringLiteral("(?<![A-Za-z0-9_])(?:") + keys +
           QStringLiteral(")\\\\?[\"']?\\s*[:=]\\s*\\\\?[\"']?") + uuidGroup();
}

} // namespace

bool isValidLinkId(const QString &id)
{
    static const QRegularExpression exact(QRegularExpression::anchoredPattern(kUuid));
    return id.size() == 36 && exact.match(id).hasMatch();
}

Parsed<QString> findLinkId(const QString &text)
{
    if (text.size() < 36) // too short to hold a UUID: no need to build the patterns (start-up)
        return {};
    if (text.size() > kMaxPastedLength)
        return Parsed<QString>::fail(QCoreApplication::translate(
            "relink::linkid", "The pasted text is too long to look for a link id in; paste "
                              "just the link id or its URL."));
    static const QRegularExpression tiers[] = {
        // A URL like …/links/<id>/… names the link.
        QRegularExpression(QStringLiteral("links/") + uuidGroup()),
        // An object that points at a link (a transaction, an MFA answer).
        QRegularExpression(keyed(QStringLiteral("link_id|link")),
                           QRegularExpression::CaseInsensitiveOption),
        // A link's own id.
        QRegularExpression(keyed(QStringLiteral("id")), QRegularExpression::CaseInsensitiveOption),
        // Any UUID.
        QRegularExpression(QStringLiteral("(?<![0-9a-fA-F])") + uuidGroup()),
    };
    for (const QRegularExpression &tier : tiers) {
        const QStringList ids = distinctMatches(tier, text);
        if (ids.size() == 1)
            return Parsed<QString>::ok(ids.first());
        if (ids.size() > 1)
            return Parsed<QString>::fail(QCoreApplication::translate(
                "relink::linkid", "The pasted text holds several different link ids; paste "
                                  "just the one to update."));
    }
    return {};
}

QString linkIdHint(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate(
            "relink::LinkId", "Paste the link id, or a dashboard or API URL that contains it.");
    if (isValidLinkId(trimmed))
        return QCoreApplication::translate("relink::LinkId", "✓ A valid link id.");
    const Parsed<QString> found = findLinkId(text);
    if (!found.error.isEmpty()) // several different ids: nothing is guessed
        return found.error;
    return QCoreApplication::translate(
        "relink::LinkId",
        "Not a link id yet. A link id looks like 3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c.");
}

QString extractLinkId(const QString &text)
{
    return findLinkId(text).value.value_or(QString());
}

} // namespace relink
