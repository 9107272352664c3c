#include "credentials.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace relink {

namespace {

struct FieldRef
{
    const char *name;
    QString UpdateFields::*member;
};

constexpr FieldRef kFields[] = {
    {"password", &UpdateFields::password},
    {"password2", &UpdateFields::password2},
    {"token", &UpdateFields::token},
    {"encryption_key", &UpdateFields::encryptionKey},
    {"username_type", &UpdateFields::usernameType},
    {"certificate", &UpdateFields::certificate},
    {"private_key", &UpdateFields::privateKey},
};

// Every valid Unicode string is accepted (emoji and every other plane included); refused are
// control characters (C0, DEL, C1) and what is not valid UTF-16: a surrogate without its pair.
bool hasControlOrInvalidCharacter(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            ++i; // a pair: one character outside the Basic Multilingual Plane
            continue;
        }
        if (c.isSurrogate() || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// Characters as a person counts them (code points): an emoji is one, not two UTF-16 units.
qsizetype characterCount(const QString &s)
{
    qsizetype n = 0;
    for (const QChar c : s)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

bool isBase64(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    return re.match(s).hasMatch();
}

} // namespace

QList<DocumentType> documentTypes()
{
    // Proper names from Belvo's table; not translated.
    static const QList<DocumentType> types = {
        {QStringLiteral("001"), QStringLiteral("Cédula de Ciudadanía")},
        {QStringLiteral("002"), QStringLiteral("Cédula de Extranjería")},
        {QStringLiteral("003"), QStringLiteral("Pasaporte")},
        {QStringLiteral("004"), QStringLiteral("Tarjeta de Identidad")},
        {QStringLiteral("005"), QStringLiteral("Registro Civil")},
        {QStringLiteral("006"), QStringLiteral("Número Identificación Personal")},
        {QStringLiteral("020"), QStringLiteral("NIT")},
        {QStringLiteral("021"), QStringLiteral("NIT Persona Natural")},
        {QStringLiteral("022"), QStringLiteral("NIT Persona Extranjera")},
        {QStringLiteral("023"), QStringLiteral("NIT Persona Jurídica")},
        {QStringLiteral("024"), QStringLiteral("NIT Menores")},
        {QStringLiteral("025"), QStringLiteral("NIT Desasociado")},
        {QStringLiteral("030"), QStringLiteral("Trj. Seguro Social Extranjero")},
        {QStringLiteral("031"), QStringLiteral("Sociedad Extranjera sin NIT en Colombia")},
        {QStringLiteral("032"), QStringLiteral("Fideicomiso")},
        {QStringLiteral("033"), QStringLiteral("RIF Venezuela")},
        {QStringLiteral("034"), QStringLiteral("CIF")},
        {QStringLiteral("035"), QStringLiteral("Número de Identidad")},
        {QStringLiteral("036"), QStringLiteral("RTN")},
        {QStringLiteral("037"), QStringLiteral("Cédula de Identidad")},
        {QStringLiteral("038"), QStringLiteral("DIMEX")},
        {QStringLiteral("039"), QStringLiteral("CED")},
        {QStringLiteral("040"), QStringLiteral("PAS")},
        {QStringLiteral("041"), QStringLiteral("Documento Único de Identidad")},
        {QStringLiteral("042"), QStringLiteral("NIT Salvadoreño")},
        {QStringLiteral("100"), QStringLiteral("Agência e conta")},
        {QStringLiteral("101"), QStringLiteral("Código do operador")},
        {QStringLiteral("102"), QStringLiteral("Cartão de crédito")},
        {QStringLiteral("103"), QStringLiteral("CPF")},
    };
    return types;
}

QStringList updateFieldNames()
{
    QStringList names;
    for (const FieldRef &f : kFields)
        names << QString::fromLatin1(f.name);
    return names;
}

QJsonObject UpdateFields::toJson() const
{
    QJsonObject o;
    for (const FieldRef &f : kFields) {
        const QString &v = this->*f.member;
        if (!v.isEmpty())
            o.insert(QString::fromLatin1(f.name), v);
    }
    return o;
}

QStringList UpdateFields::filledNames() const
{
    QStringList names;
    for (const FieldRef &f : kFields) {
        if (!(this->*f.member).isEmpty())
            names << QString::fromLatin1(f.name);
    }
    return names;
}

QString validateUpdateFields(const UpdateFields &fields)
{
    for (const FieldRef &f : kFields) {
        const QString &v = fields.*f.member;
        const QString name = QString::fromLatin1(f.name);
        if (hasControlOrInvalidCharacter(v))
            return QCoreApplication::translate(
                       "relink::credentials",
                       "The field %1 contains a control character or an invalid character. "
                       "Retype it instead of pasting it.")
                .arg(name);
        const bool keyMaterial =
            f.member == &UpdateFields::certificate || f.member == &UpdateFields::privateKey;
        const qsizetype max = keyMaterial ? (kMaxKeyFileBytes * 4 / 3 + 4)
                              : f.member == &UpdateFields::usernameType ? kMaxUsernameTypeLength
                                                                        : kMaxSecretLength;
        if (characterCount(v) > max)
            return QCoreApplication::translate("relink::credentials",
                                               "The field %1 is too long (at most %2 characters).")
                .arg(name)
                .arg(max);
        if (keyMaterial && !v.isEmpty() && !isBase64(v))
            return QCoreApplication::translate(
                       "relink::credentials",
                       "The field %1 must be base64 text (the file's contents, encoded).")
                .arg(name);
    }
    if (fields.certificate.isEmpty() != fields.privateKey.isEmpty())
        return QCoreApplication::translate(
            "relink::credentials",
            "A certificate and a private key go together: give both or neither.");
    return {};
}

namespace parse {

Parsed<UpdateFields> updateFields(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return Parsed<UpdateFields>::fail(
            QCoreApplication::translate("relink::credentials",
                                        "The fields are not valid JSON (%1 at offset %2).")
                .arg(err.errorString())
                .arg(err.offset));
    if (!doc.isObject())
        return Parsed<UpdateFields>::fail(QCoreApplication::translate(
            "relink::credentials",
            "The fields must be a JSON object, like {\"password\": \"…\"}."));
    const QJsonObject o = doc.object();
    UpdateFields fields;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const FieldRef *ref = nullptr;
        for (const FieldRef &f : kFields) {
            if (it.key() == QLatin1StringView(f.name))
                ref = &f;
        }
        if (!ref)
            return Parsed<UpdateFields>::fail(
                QCoreApplication::translate("relink::credentials",
                                            "Unknown field \"%1\". Allowed fields: %2.")
                    .arg(it.key().left(64), updateFieldNames().join(QStringLiteral(", "))));
        if (!it.value().isString())
            return Parsed<UpdateFields>::fail(
                QCoreApplication::translate("relink::credentials", "The field %1 must be a string.")
                    .arg(it.key()));
        fields.*(ref->member) = it.value().toString();
    }
    const QString problem = validateUpdateFields(fields);
    if (!problem.isEmpty())
        return Parsed<UpdateFields>::fail(problem);
    return Parsed<UpdateFields>::ok(fields);
}

} // namespace parse

Parsed<QString> readKeyFileAsBase64(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return Parsed<QString>::fail(
            QCoreApplication::translate("relink::credentials",
                                        "Cannot read the file %1. Check the path and that you "
                                        "may read it.")
                .arg(path));
    if (info.size() > kMaxKeyFileBytes)
        return Parsed<QString>::fail(
            QCoreApplication::translate("relink::credentials",
                                        "The file %1 is too large for a certificate or key "
                                        "(%2 bytes; at most %3).")
                .arg(path)
                .arg(info.size())
                .arg(kMaxKeyFileBytes));
    const QByteArray data = file.read(kMaxKeyFileBytes + 1);
    if (data.isEmpty())
        return Parsed<QString>::fail(
            QCoreApplication::translate("relink::credentials", "The file %1 is empty.").arg(path));
    return Parsed<QString>::ok(QString::fromLatin1(data.toBase64()));
}

} // namespace relink
