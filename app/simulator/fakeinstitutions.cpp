#include "fakeinstitutions.h"

#include "fakepages.h"

#include <QStringList>

namespace relink {

namespace {

QJsonObject field(const QString &name, const QString &type, const QString &label,
                  bool optional = false)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("validation"), QStringLiteral("^.{1,}$")},
                       {QStringLiteral("placeholder"), QString()},
                       {QStringLiteral("validation_message"), QStringLiteral("Invalid value")},
                       {QStringLiteral("optional"), optional}};
}

QJsonArray userAndPassword(const QString &userLabel)
{
    return {
        field(QStringLiteral("username"), QStringLiteral("text"), userLabel),
        field(QStringLiteral("password"), QStringLiteral("password"), QStringLiteral("Password"))};
}

QJsonArray withPin(QJsonArray fields)
{
    QJsonObject pin =
        field(QStringLiteral("password2"), QStringLiteral("password"), QStringLiteral("PIN"), true);
    pin.insert(QStringLiteral("validation"), QStringLiteral("^\\d{4}$"));
    pin.insert(QStringLiteral("validation_message"),
               QStringLiteral("The PIN has exactly 4 digits"));
    pin.insert(QStringLiteral("length"), 4);
    fields.append(pin);
    return fields;
}

QJsonArray documentFields()
{
    QJsonObject type = field(QStringLiteral("username_type"), QStringLiteral("select"),
                             QStringLiteral("Document type"));
    type.insert(
        QStringLiteral("values"),
        QJsonArray{QJsonObject{
                       {QStringLiteral("code"), QStringLiteral("001")},
                       {QStringLiteral("label"), QStringLiteral("Cédula de Ciudadanía")},
                       {QStringLiteral("validation"), QStringLiteral("^\\d{6,10}$")},
                       {QStringLiteral("validation_message"), QStringLiteral("Use 6 to 10 digits")},
                       {QStringLiteral("placeholder"), QStringLiteral("1234567")}},
                   QJsonObject{{QStringLiteral("code"), QStringLiteral("003")},
                               {QStringLiteral("label"), QStringLiteral("Pasaporte")},
                               {QStringLiteral("validation"), QStringLiteral("^[A-Z0-9]{5,12}$")},
                               {QStringLiteral("validation_message"),
                                QStringLiteral("Use capital letters and digits")},
                               {QStringLiteral("placeholder"), QStringLiteral("AB12345")}}});
    QJsonArray fields{type};
    for (const QJsonValue &f : userAndPassword(QStringLiteral("Document number")))
        fields.append(f);
    return fields;
}

QJsonObject institution(int id, const QString &name, const QString &display, const QString &country,
                        const QString &type, const QJsonArray &fields, bool mfa)
{
    const QString brand = name.section(QLatin1Char('_'), 0, 0);
    const QString logo =
        QString(QStringLiteral("https://statics.belvo.io/widget/images/institutions/") + brand +
                QStringLiteral(".svg"));
    const QString website =
        QString(QStringLiteral("https://www.") + brand + QStringLiteral(".example/"));
    QJsonArray features;
    if (mfa)
        features.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("token_required")},
            {QStringLiteral("description"),
             QStringLiteral("The institution may require a token during link creation or login")}});
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("website"), website},
                       {QStringLiteral("display_name"), display},
                       {QStringLiteral("country_codes"), QJsonArray{country}},
                       {QStringLiteral("primary_color"), QStringLiteral("#056dae")},
                       {QStringLiteral("logo"), QJsonValue()},
                       {QStringLiteral("icon_logo"), logo},
                       {QStringLiteral("text_logo"), logo},
                       {QStringLiteral("form_fields"), fields},
                       {QStringLiteral("features"), features},
                       {QStringLiteral("resources"),
                        QJsonArray{QStringLiteral("ACCOUNTS"), QStringLiteral("BALANCES"),
                                   QStringLiteral("OWNERS"), QStringLiteral("TRANSACTIONS")}},
                       {QStringLiteral("integration_type"), QStringLiteral("credentials")},
                       {QStringLiteral("status"), QStringLiteral("healthy")}};
}

// The banks as Belvo's sandbox has them, every one healthy.
QJsonArray banks()
{
    const QString bank = QStringLiteral("bank");
    return {institution(1003, QStringLiteral("erebor_mx_retail"), QStringLiteral("Erebor Mexico"),
                        QStringLiteral("MX"), bank,
                        withPin(userAndPassword(QStringLiteral("Client number"))), false),
            institution(1011, QStringLiteral("erebor_co_retail"), QStringLiteral("Erebor Colombia"),
                        QStringLiteral("CO"), bank, documentFields(), false),
            institution(1012, QStringLiteral("erebor_br_retail"), QStringLiteral("Erebor Brazil"),
                        QStringLiteral("BR"), bank, userAndPassword(QStringLiteral("CPF")), false),
            institution(1020, QStringLiteral("heimdall_mx_retail"),
                        QStringLiteral("Heimdall Mexico"), QStringLiteral("MX"), bank,
                        documentFields(), true),
            institution(1030, QStringLiteral("gotham_mx_business"),
                        QStringLiteral("Gotham Business Bank"), QStringLiteral("MX"), bank,
                        userAndPassword(QStringLiteral("User")), true)};
}

} // namespace

QJsonArray FakeInstitutions::all() const
{
    QJsonArray out;
    for (const QJsonValue &v : banks()) {
        QJsonObject o = v.toObject();
        o.insert(QStringLiteral("status"), status(o.value(QLatin1StringView("name")).toString()));
        out.append(o);
    }
    return out;
}

QJsonObject FakeInstitutions::find(int id) const
{
    for (const QJsonValue &v : all()) {
        if (v.toObject().value(QLatin1StringView("id")).toInt() == id)
            return v.toObject();
    }
    return {};
}

QString FakeInstitutions::status(const QString &name) const
{
    for (const QJsonValue &v : banks()) {
        if (v.toObject().value(QLatin1StringView("name")).toString() == name)
            return m_status.value(name, QStringLiteral("healthy"));
    }
    return {};
}

bool FakeInstitutions::setStatus(const QString &name, const QString &status)
{
    if (this->status(name).isEmpty() ||
        (status != QLatin1StringView("healthy") && status != QLatin1StringView("down")))
        return false;
    m_status.insert(name, status);
    return true;
}

QString FakeInstitutions::displayName(const QString &name)
{
    for (const QJsonValue &v : banks()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1StringView("name")).toString() == name)
            return o.value(QLatin1StringView("display_name")).toString();
    }
    return name;
}

bool FakeInstitutions::list(const QUrlQuery &query, const QUrl &origin, QJsonObject *page) const
{
    auto values = [&query](const QString &name) {
        return query.queryItemValue(name, QUrl::FullyDecoded)
            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    QJsonArray selected;
    for (const QJsonValue &v : all()) {
        const QJsonObject inst = v.toObject();
        auto passes = [&](const QString &filter, const QString &key) {
            const QStringList wanted = values(filter);
            return wanted.isEmpty() || wanted.contains(inst.value(key).toString());
        };
        const QString country =
            inst.value(QLatin1StringView("country_codes")).toArray().at(0).toString();
        const QStringList countries = values(QStringLiteral("country_code"));
        if (passes(QStringLiteral("name"), QStringLiteral("name")) &&
            passes(QStringLiteral("name__in"), QStringLiteral("name")) &&
            passes(QStringLiteral("status"), QStringLiteral("status")) &&
            passes(QStringLiteral("status__in"), QStringLiteral("status")) &&
            (countries.isEmpty() || countries.contains(country)))
            selected.append(inst);
    }
    return FakePages::page(selected, origin, QStringLiteral("/api/institutions/"), query, page);
}

} // namespace relink
