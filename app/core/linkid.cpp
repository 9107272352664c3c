#include "linkid.h"

#include <QRegularExpression>

namespace relink {

namespace {
const QString kUuid =
    QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
}

bool isValidLinkId(const QString &id)
{
    static const QRegularExpression exact(QRegularExpression::anchoredPattern(kUuid));
    return id.size() == 36 && exact.match(id).hasMatch();
}

QString extractLinkId(const QString &text)
{
    if (text.size() > 4096)
        return {};
    static const QRegularExpression anywhere(QStringLiteral("(?<![0-9a-fA-F])") + kUuid +
                                             QStringLiteral("(?![0-9a-fA-F])"));
    // A URL like …/links/<id>/… names the link; prefer that id when the URL has several UUIDs.
    static const QRegularExpression afterLinks(QStringLiteral("links/(") + kUuid +
                                               QStringLiteral(")(?![0-9a-fA-F])"));
    const QRegularExpressionMatch inPath = afterLinks.match(text);
    if (inPath.hasMatch())
        return inPath.captured(1).toLower();
    const QRegularExpressionMatch m = anywhere.match(text);
    return m.hasMatch() ? m.captured(0).toLower() : QString();
}

} // namespace relink
