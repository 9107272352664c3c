#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace relink {

// The institutions the fake Belvo knows (Belvo's sandbox banks), in the shape Belvo's OpenAPI
// specification documents, with the form fields a client builds its form from.
// Each bank has a status, "healthy" or "down" (Belvo's); one is down by default (the demo's).
class FakeInstitutions
{
public:
    // Every institution object, with the statuses as they are.
    QJsonArray all() const;
    // The institution with this numeric id (GET /api/institutions/{id}/); empty: none.
    QJsonObject find(int id) const;
    // A bank's status by its code: "healthy", "down"; empty: no such bank.
    QString status(const QString &name) const;
    // Sets a bank's status; false: no such bank, or a status Belvo does not give.
    bool setStatus(const QString &name, const QString &status);
    // GET /api/institutions/ with the filters name, name__in, country_code, status, status__in
    // and Belvo's pages; false when the page does not exist.
    bool list(const QUrlQuery &query, const QUrl &origin, QJsonObject *page) const;
    // The bank's display name (else its code).
    static QString displayName(const QString &name);

private:
    QHash<QString, QString> m_status{{QStringLiteral("erebor_br_retail"), QStringLiteral("down")}};
};

} // namespace relink
