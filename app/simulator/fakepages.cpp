#include "fakepages.h"

#include <QStringList>

namespace relink {

int FakePages::pageSize(const QUrlQuery &query, int cap)
{
    bool ok = false;
    const int size = query.queryItemValue(QStringLiteral("page_size")).toInt(&ok);
    if (!ok || size < 1)
        return qMin(kDefaultPageSize, cap);
    return qMin(size, cap);
}

bool FakePages::page(const QJsonArray &all, const QUrl &origin, const QString &path,
                     const QUrlQuery &query, QJsonObject *out)
{
    return page(
        all.size(), [&all](qsizetype i) { return all.at(i).toObject(); }, origin, path, query, out);
}

bool FakePages::page(qsizetype count, const std::function<QJsonObject(qsizetype)> &item,
                     const QUrl &origin, const QString &path, const QUrlQuery &query,
                     QJsonObject *out, int cap)
{
    const int size = pageSize(query, qMax(1, cap));
    int number = 1;
    if (query.hasQueryItem(QStringLiteral("page"))) {
        bool ok = false;
        number = query.queryItemValue(QStringLiteral("page")).toInt(&ok);
        if (!ok || number < 1)
            return false;
    }
    const qsizetype first = qsizetype(number - 1) * size;
    if (number > 1 && first >= count)
        return false;
    // The link to another page: the same query with that page (none for the first page).
    auto linkTo = [&](int other) {
        QUrlQuery q = query;
        q.removeAllQueryItems(QStringLiteral("page"));
        if (other > 1)
            q.addQueryItem(QStringLiteral("page"), QString::number(other));
        QUrl url = origin;
        url.setPath(path);
        url.setQuery(q);
        return QJsonValue(url.toString(QUrl::FullyEncoded));
    };
    QJsonArray results;
    for (qsizetype i = first; i < qMin(count, first + size); ++i)
        results.append(shaped(item(i), query));
    *out = QJsonObject{
        {QStringLiteral("count"), count},
        {QStringLiteral("next"), first + size < count ? linkTo(number + 1) : QJsonValue()},
        {QStringLiteral("previous"), number > 1 ? linkTo(number - 1) : QJsonValue()},
        {QStringLiteral("results"), results}};
    return true;
}

QJsonObject FakePages::shaped(QJsonObject object, const QUrlQuery &query)
{
    const QString fields = query.queryItemValue(QStringLiteral("fields"));
    if (!fields.isEmpty()) {
        const QStringList keep = fields.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &key : object.keys()) {
            if (!keep.contains(key))
                object.remove(key);
        }
    }
    const QStringList omit =
        query.queryItemValue(QStringLiteral("omit")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &key : omit)
        object.remove(key);
    return object;
}

} // namespace relink
