// A list of links for scripts and spreadsheets: JSON (the objects as Belvo sent them) and CSV.
#include "linkexport.h"
#include "csv.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace relink {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The picture's cells, in linksCsvColumns()'s order after Belvo's.
QStringList pictureCells(const LinkPicture &p)
{
    const QString last = p.lastAttempt ? QStringList{iso(p.lastAttempt->at), p.lastAttempt->agent,
                                                     p.lastAttempt->outcome}
                                             .join(QLatin1Char(';'))
                                       : QString();
    const QString claim =
        p.claimedBy.isValid()
            ? QStringList{p.claimedBy.agent, iso(p.claimedBy.since), p.claimedBy.ticket}.join(
                  QLatin1Char(';'))
            : QString();
    return {p.institutionStatus, last, claim, iso(p.handoffOpenUntil)};
}

} // namespace

QByteArray linksJson(const QList<Link> &links, const QHash<QString, LinkPicture> &pictures)
{
    QJsonArray array;
    for (const Link &l : links) {
        QJsonObject o = l.raw;
        const QJsonObject picture = pictures.value(l.id).toJson();
        for (auto it = picture.begin(); it != picture.end(); ++it)
            o.insert(it.key(), it.value());
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QStringList linksCsvColumns()
{
    return {QStringLiteral("id"),
            QStringLiteral("institution"),
            QStringLiteral("status"),
            QStringLiteral("access_mode"),
            QStringLiteral("last_accessed_at"),
            QStringLiteral("created_at"),
            QStringLiteral("external_id"),
            QStringLiteral("institution_status"),
            QStringLiteral("last_attempt"),
            QStringLiteral("claimed_by"),
            QStringLiteral("handoff_open_until")};
}

QString linksCsv(const QList<Link> &links, const QHash<QString, LinkPicture> &pictures)
{
    const QStringList columns = linksCsvColumns();
    const QStringList belvos = columns.mid(0, 7); // as Belvo sent them
    QString csv = columns.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Link &l : links) {
        QStringList cells;
        for (const QString &column : belvos) {
            const QJsonValue v = l.raw.value(column);
            cells << csvField(v.isString()                    ? v.toString()
                              : v.isNull() || v.isUndefined() ? QString()
                                                              : v.toVariant().toString());
        }
        for (const QString &cell : pictureCells(pictures.value(l.id)))
            cells << csvField(cell);
        csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

} // namespace relink
