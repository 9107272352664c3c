#pragma once

#include "parsed.h"

#include <QJsonObject>
#include <QStringList>

namespace relink {

// The credential fields of PUT /api/links/{id}/. Values are secrets: never log or persist them.
struct UpdateFields
{
    QString password;
    QString password2;
    QString token;
    QString encryptionKey;
    QString usernameType;
    QString certificate; // base64
    QString privateKey;  // base64

    // The JSON body: only the fields that are filled in.
    QJsonObject toJson() const;
    // The names of the fields that are filled in, as the API spells them (safe to log).
    QStringList filledNames() const;
};

// Limits that keep a typo or a wrong file from turning into a giant request.
constexpr int kMaxSecretLength = 256;
constexpr int kMaxUsernameTypeLength = 16;
constexpr qint64 kMaxKeyFileBytes = 256 * 1024;

// The field names accepted by --fields and the API.
QStringList updateFieldNames();

struct DocumentType
{
    QString code;
    QString label;
};
// Belvo's username_type codes (001 Cédula de Ciudadanía … 103 CPF).
QList<DocumentType> documentTypes();

// Checks what the API would refuse or what cannot be right: control characters (C0, DEL, C1)
// and invalid UTF-16 (a surrogate without its pair), lengths (in characters: an emoji counts
// one), a certificate without its private key, non-base64 key material. Any other Unicode text
// is accepted. Empty when all is well.
QString validateUpdateFields(const UpdateFields &fields);

namespace parse {
// relink-cli --fields: a JSON object with any of updateFieldNames(), string values only.
// Unknown keys, malformed JSON and invalid values are refused with a message naming the problem.
Parsed<UpdateFields> updateFields(const QByteArray &json);
} // namespace parse

// Reads a certificate or private-key file and returns its base64 text.
Parsed<QString> readKeyFileAsBase64(const QString &path);

} // namespace relink
