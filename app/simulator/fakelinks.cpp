#include "fakelinks.h"

#include "fakebelvo.h"
#include "fakepages.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <utility>

namespace relink {

namespace {

const QString kCreatedBy = QStringLiteral("5c0a3f2e-1b4d-4c6e-9f8a-7d6b5e4c3a21");
const QString kOtherCreator = QStringLiteral("9d3b7a1c-6e2f-4a8b-b5c4-2f1e0d9c8b7a");

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Belvo's institution_user_id: 44 characters of [A-Za-z0-9-=_] (URL-safe base64 of a digest).
QString institutionUserId(const QString &institution, const QString &username)
{
    const QByteArray digest = QCryptographicHash::hash(
        (institution + QLatin1Char(':') + username).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding));
}

// A filter value as a moment: "YYYY-MM-DD" is that day's midnight UTC, else ISO-8601.
QDateTime moment(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid() && text.size() == 10)
        t = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    return t;
}

} // namespace

FakeLinks::FakeLinks()
{
    m_links.reserve(5 + kGeneratedLinks); // generating later moves no link found before
    const QString created = QStringLiteral("2024-03-05T14:22:10.123456Z");
    const QString accessed = QStringLiteral("2026-10-30T09:15:00.000000Z");
    const QString recurrent = QStringLiteral("recurrent"), daily = QStringLiteral("24h");
    auto demo = [&](const QString &id, const QString &institution, const QString &username,
                    const QString &password, const QString &mfa, const QString &status) {
        m_links.append(Link{id, institution, username, password, mfa, status, created, accessed,
                            recurrent, daily, QStringLiteral("customer-") + username, kCreatedBy});
    };
    demo(FakeBelvo::kValidLinkId, QStringLiteral("erebor_mx_retail"), QStringLiteral("user_valid"),
         QStringLiteral("pass_valid"), {}, QStringLiteral("invalid"));
    demo(FakeBelvo::kNumericLinkId, QStringLiteral("heimdall_mx_retail"),
         QStringLiteral("mfa_numeric"), QStringLiteral("numeric_code"), QStringLiteral("numeric"),
         QStringLiteral("token_required"));
    demo(FakeBelvo::kQrLinkId, QStringLiteral("heimdall_mx_retail"), QStringLiteral("mfa_qr"),
         QStringLiteral("qr_code"), QStringLiteral("qr"), QStringLiteral("invalid"));
    demo(FakeBelvo::kInputlessLinkId, QStringLiteral("gotham_mx_business"),
         QStringLiteral("mfa_default"), QStringLiteral("pass_valid"), QStringLiteral("inputless"),
         QStringLiteral("invalid"));
    demo(FakeBelvo::kDownBankLinkId, QStringLiteral("erebor_br_retail"),
         QStringLiteral("user_brazil"), QStringLiteral("pass_valid"), {},
         QStringLiteral("invalid"));
}

namespace {

const QStringList &knownInstitutions()
{
    static const QStringList names{
        QStringLiteral("erebor_mx_retail"), QStringLiteral("erebor_co_retail"),
        QStringLiteral("erebor_br_retail"), QStringLiteral("heimdall_mx_retail"),
        QStringLiteral("gotham_mx_business")};
    return names;
}

const QStringList &refreshRates()
{
    static const QStringList rates{QStringLiteral("6h"), QStringLiteral("12h"),
                                   QStringLiteral("24h"), QStringLiteral("7d"),
                                   QStringLiteral("30d")};
    return rates;
}

const QUuid kIdSpace(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}"));

} // namespace

// The same links on every run: the office's account, a few years of customers.
void FakeLinks::generate() const
{
    if (std::exchange(m_generated, true))
        return;
    const QStringList &institutions = knownInstitutions();
    const QStringList &rates = refreshRates();
    const QUuid &space = kIdSpace;
    const QDateTime start(QDate(2023, 1, 9), QTime(8, 30), Qt::UTC);
    for (int i = 0; i < kGeneratedLinks; ++i) {
        Link l;
        l.id = QUuid::createUuidV5(space, QStringLiteral("relink-link-%1").arg(i))
                   .toString(QUuid::WithoutBraces);
        l.institution = institutions.at((i * 7 + i / 5) % institutions.size());
        l.username = QStringLiteral("customer%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        l.password = QStringLiteral("pass_valid");
        const int kind = i % 20; // 12 valid, 3 invalid, 2 token_required, 3 unconfirmed
        l.status = kind < 12   ? QStringLiteral("valid")
                   : kind < 15 ? QStringLiteral("invalid")
                   : kind < 17 ? QStringLiteral("token_required")
                               : QStringLiteral("unconfirmed");
        // One every four and a half days: January 2023 to August 2026.
        const QDateTime created = start.addSecs(qint64(i) * 388'800 + (i * 3607) % 86400);
        l.createdAt = created.toString(Qt::ISODateWithMs);
        if (l.status != QLatin1StringView("unconfirmed"))
            l.lastAccessedAt = created.addDays(1 + i % 40).toString(Qt::ISODateWithMs);
        l.accessMode = i % 9 == 4 ? QStringLiteral("single") : QStringLiteral("recurrent");
        if (l.accessMode == QLatin1StringView("recurrent"))
            l.refreshRate = rates.at(i % rates.size());
        if (i % 7 != 3)
            l.externalId = QStringLiteral("crm-%1").arg(1000 + i);
        l.createdBy = i % 4 == 1 ? kOtherCreator : kCreatedBy;
        m_links.append(l);
    }
}

void FakeLinks::addLinks(int count, const QString &status)
{
    generate(); // after them
    const QDateTime start(QDate(2025, 1, 6), QTime(9, 0), Qt::UTC);
    m_links.reserve(m_links.size() + qMax(0, count));
    for (int i = 0; i < count; ++i, ++m_added) {
        const int n = m_added;
        Link l;
        l.id = QUuid::createUuidV5(kIdSpace, QStringLiteral("relink-added-link-%1").arg(n))
                   .toString(QUuid::WithoutBraces);
        l.institution = knownInstitutions().at(n % knownInstitutions().size());
        l.username = QStringLiteral("bulk%1").arg(n + 1, 5, 10, QLatin1Char('0'));
        l.password = QStringLiteral("pass_valid");
        l.status = status;
        const QDateTime created = start.addSecs(qint64(n) * 3600);
        l.createdAt = created.toString(Qt::ISODateWithMs);
        if (status != QLatin1StringView("unconfirmed"))
            l.lastAccessedAt = created.addDays(1 + n % 30).toString(Qt::ISODateWithMs);
        l.accessMode = QStringLiteral("recurrent");
        l.refreshRate = refreshRates().at(n % refreshRates().size());
        l.externalId = QStringLiteral("bulk-%1").arg(n + 1);
        l.createdBy = kCreatedBy;
        m_links.append(l);
    }
}

FakeLinks::Link *FakeLinks::find(const QString &id)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (Link &link : m_links) {
            if (link.id == id)
                return &link;
        }
        if (m_generated)
            break;
        generate(); // not a demo link: perhaps a generated one
    }
    return nullptr;
}

void FakeLinks::setPassword(const QString &id, const QString &password)
{
    if (Link *link = find(id))
        link->password = password;
}

QJsonObject FakeLinks::json(const Link &link) const
{
    QJsonObject o{
        {QStringLiteral("id"), link.id},
        {QStringLiteral("institution"), link.institution},
        {QStringLiteral("access_mode"), link.accessMode},
        {QStringLiteral("last_accessed_at"), nullable(link.lastAccessedAt)},
        {QStringLiteral("created_at"), link.createdAt},
        {QStringLiteral("external_id"), nullable(link.externalId)},
        {QStringLiteral("institution_user_id"), institutionUserId(link.institution, link.username)},
        {QStringLiteral("status"), link.status},
        {QStringLiteral("created_by"), link.createdBy},
        {QStringLiteral("refresh_rate"), nullable(link.refreshRate)},
        {QStringLiteral("credentials_storage"), QStringLiteral("store")},
        {QStringLiteral("stale_in"), QStringLiteral("365d")},
        {QStringLiteral("fetch_resources"),
         QJsonArray{QStringLiteral("ACCOUNTS"), QStringLiteral("TRANSACTIONS")}}};
    if (m_padding > 0)
        o.insert(QStringLiteral("padding"), QString(m_padding, QLatin1Char('p')));
    return o;
}

QString FakeLinks::field(const Link &link, const QString &name)
{
    if (name == QLatin1StringView("status"))
        return link.status;
    if (name == QLatin1StringView("institution"))
        return link.institution;
    if (name == QLatin1StringView("external_id"))
        return link.externalId;
    if (name == QLatin1StringView("id"))
        return link.id;
    if (name == QLatin1StringView("access_mode"))
        return link.accessMode;
    if (name == QLatin1StringView("refresh_rate"))
        return link.refreshRate;
    if (name == QLatin1StringView("created_by"))
        return link.createdBy;
    if (name == QLatin1StringView("institution_user_id"))
        return institutionUserId(link.institution, link.username);
    return {};
}

FakeLinks::Listing FakeLinks::list(const QUrlQuery &query, const QUrl &origin) const
{
    // Filters test the links as kept; only the page's links are made into JSON (an account of
    // ten thousand links answers as fast as Belvo would).
    using Test = std::function<bool(const Link &)>;
    QList<Test> tests;
    Listing listing;
    const QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        const qsizetype split = name.indexOf(QLatin1StringView("__"));
        const QString field = split < 0 ? name : name.left(split);
        const QString op = split < 0 ? QString() : name.mid(split + 2);
        static const QStringList plain{
            QStringLiteral("status"),      QStringLiteral("institution"),
            QStringLiteral("external_id"), QStringLiteral("id"),
            QStringLiteral("access_mode"), QStringLiteral("refresh_rate"),
            QStringLiteral("created_by"),  QStringLiteral("institution_user_id")};
        if (field == QLatin1StringView("created_at")) {
            static const QStringList ops{QString(),
                                         QStringLiteral("gt"),
                                         QStringLiteral("gte"),
                                         QStringLiteral("lt"),
                                         QStringLiteral("lte"),
                                         QStringLiteral("range")};
            const bool range = op == QLatin1StringView("range");
            const QStringList ends = value.split(QLatin1Char(','));
            const QDateTime from = moment(ends.value(0));
            QDateTime to = range ? moment(ends.value(1)) : from;
            if (!ops.contains(op) || !from.isValid() || !to.isValid() ||
                range != (ends.size() == 2)) {
                listing.badParameter = name;
                return listing;
            }
            // A day without a time, as the end of a range or as created_at itself, is all of it.
            if ((range || op.isEmpty()) && ends.value(range ? 1 : 0).size() == 10)
                to = to.addDays(1).addMSecs(-1);
            const QString o = op.isEmpty() ? QStringLiteral("range") : op;
            tests << [from, to, o](const Link &l) {
                const QDateTime t = moment(l.createdAt);
                if (o == QLatin1StringView("gt"))
                    return t > from;
                if (o == QLatin1StringView("gte"))
                    return t >= from;
                if (o == QLatin1StringView("lt"))
                    return t < from;
                if (o == QLatin1StringView("lte"))
                    return t <= from;
                return t >= from && t <= to;
            };
        } else if (plain.contains(field) && (op.isEmpty() || op == QLatin1StringView("in") ||
                                             op == QLatin1StringView("not_in"))) {
            const QStringList values = op.isEmpty()
                                           ? QStringList{value}
                                           : value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            const bool negate = op == QLatin1StringView("not_in");
            tests << [field, values, negate](const Link &l) {
                return values.contains(FakeLinks::field(l, field)) != negate;
            };
        }
        // Anything else (page, page_size, fields, omit, unknown names) is not a filter.
    }
    generate();
    QList<const Link *> selected;
    for (const Link &link : m_links) {
        if (std::all_of(tests.cbegin(), tests.cend(), [&link](const Test &t) { return t(link); }))
            selected.append(&link);
    }
    listing.noSuchPage = !FakePages::page(
        selected.size(), [this, &selected](qsizetype i) { return json(*selected.at(i)); }, origin,
        QStringLiteral("/api/links/"), query, &listing.page, m_pageCap);
    return listing;
}

} // namespace relink
