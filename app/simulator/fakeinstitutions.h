#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace relink {

// The institutions the fake Belvo knows (Belvo's sandbox banks), in the shape Belvo's OpenAPI
// specification documents, with the form fields a client builds its form from.
struct FakeInstitutions
{
    // Every institution object.
    static QJsonArray all();
    // GET /api/institutions/ with the filters name, name__in, country_code, status, status__in
    // and Belvo's pages; false when the page does not exist.
    static bool list(const QUrlQuery &query, const QUrl &origin, QJsonObject *page);
};

} // namespace relink
