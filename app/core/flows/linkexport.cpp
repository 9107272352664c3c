// A list of links for scripts and spreadsheets: JSON (the objects as Belvo sent them) and CSV.
#include "linkexport.h"
#include "csv.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace relink {

QByteArray linksJson(const QList<Link> &links)
{
    QJsonArray array;
    for (const Link &l : links)
        array.append(l.raw);
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
            QStringLiteral("external_id")};
}

QString linksCsv(const QList<Link> &links)
{
    const QStringList columns = linksCsvColumns();
    QString csv = columns.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Link &l : links) {
        QStringList cells;
        for (const QString &column : columns) {
            const QJsonValue v = l.raw.value(column);
            cells << csvField(v.isString()                    ? v.toString()
                              : v.isNull() || v.isUndefined() ? QString()
                                                              : v.toVariant().toString());
        }
        csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

} // namespace relink
