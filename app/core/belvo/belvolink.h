#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace relink {

// A Belvo link as returned by GET/PUT /api/links/{id}/ and PATCH /api/links/.
struct Link
{
    QString id;
    QString institution;
    QString accessMode;
    QString status;
    QString createdBy;
    QString refreshRate;
    QString externalId;
    QString institutionUserId;
    QString credentialsStorage;
    QString staleIn;
    QDateTime lastAccessedAt;
    QDateTime createdAt;
    QStringList fetchResources;
    QJsonObject raw; // everything the server sent, unknown fields included
};

// One page of GET /api/links/: {count, next, previous, results}.
struct LinksPage
{
    int count = 0;     // how many links the filters select in all (Belvo's count)
    QUrl next;         // the next page as the server gave it (maybe relative); empty at the end
    QList<Link> links; // this page's links
};

} // namespace relink
