#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace relink {

// Belvo's pages: {"count", "next", "previous", "results"}, `page` from 1, `page_size` 100 by
// default and capped at 1000 (an invalid size gives the default, as Belvo's pagination guide
// says). `next`/`previous` are absolute URLs on the server's own origin, or null.
struct FakePages
{
    static constexpr int kDefaultPageSize = 100;
    static constexpr int kMaxPageSize = 1000;

    // The page the query asks for out of `all`; false when there is no such page.
    static bool page(const QJsonArray &all, const QUrl &origin, const QString &path,
                     const QUrlQuery &query, QJsonObject *out);
    // The same out of `count` items made by `item(index)` (only the page's are made).
    // `cap`: the largest page served (Belvo's 1000; a server may cap lower).
    static bool page(qsizetype count, const std::function<QJsonObject(qsizetype)> &item,
                     const QUrl &origin, const QString &path, const QUrlQuery &query,
                     QJsonObject *out, int cap = kMaxPageSize);
    // The page size the query asks for, defaulted and capped.
    static int pageSize(const QUrlQuery &query, int cap = kMaxPageSize);
    // The object restricted by the `fields` and `omit` query parameters (comma-separated).
    static QJsonObject shaped(QJsonObject object, const QUrlQuery &query);
};

} // namespace relink
