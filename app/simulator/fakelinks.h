#pragma once

#include "fakepages.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace relink {

// The links in the fake Belvo account: the five demo links of README's demo table, then a few
// hundred more across statuses, institutions, access modes and creation dates, so that the list,
// its filters and its pages behave as Belvo's. Link objects come in the shape Belvo's OpenAPI
// specification documents (a 44-character institution_user_id, nullable fields as null).
class FakeLinks
{
public:
    struct Link
    {
        QString id;
        QString institution;
        QString username;
        QString password;
        QString mfaType; // empty, "numeric", "qr", "inputless"
        QString status;
        QString createdAt;
        QString lastAccessedAt; // empty: null
        QString accessMode;     // "recurrent" or "single"
        QString refreshRate;    // empty: null (single links)
        QString externalId;     // empty: null
        QString createdBy;
    };
    // What a listing gives: the page, or the name of the parameter that could not be read
    // (a malformed filter), or that the page does not exist.
    struct Listing
    {
        QJsonObject page;
        QString badParameter;
        bool noSuchPage = false;
    };

    // The generated links (the demo links come first): 300 in all, 78 of them needing
    // attention (invalid or token_required).
    static constexpr int kGeneratedLinks = 295;

    FakeLinks();

    Link *find(const QString &id);
    void setPassword(const QString &id, const QString &password);
    // Adds `count` more links with this status (benchmarks, tests: a queue of ten thousand),
    // across the institutions, created one an hour from 2025-01-06 on.
    void addLinks(int count, const QString &status);
    // The largest page served: Belvo's 1000 by default; a server may cap lower (tests).
    void setPageSizeCap(int cap) { m_pageCap = cap; }
    // Pads every link object with this many bytes (an unknown field; benchmarks).
    void setPadding(int bytes) { m_padding = bytes; }

    QJsonObject json(const Link &link) const;
    // GET /api/links/ with Belvo's filters; `origin` makes the next/previous URLs.
    Listing list(const QUrlQuery &query, const QUrl &origin) const;

private:
    // The generated links join the demo ones when first needed: a demo's start-up pays for
    // four links, not three hundred (the order stays: demo, generated, added).
    void generate() const;
    // A link's value for a list filter, as its JSON would say it ("" for null).
    static QString field(const Link &link, const QString &name);

    mutable QList<Link> m_links;
    mutable bool m_generated = false;
    int m_padding = 0;
    int m_pageCap = FakePages::kMaxPageSize;
    int m_added = 0; // links added by addLinks(), for their ids
};

} // namespace relink
