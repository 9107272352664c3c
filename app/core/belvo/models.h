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

// One error object from Belvo: {code, message, field?, request_id}.
struct ApiError
{
    QString code;
    QString message;
    QString field;
    QString requestId;

    bool operator==(const ApiError &o) const
    {
        return code == o.code && message == o.message && field == o.field &&
               requestId == o.requestId;
    }
};

enum class TokenType { Numeric, Text, Qr, Inputless, Unknown };

// The body of an HTTP 428 token_required answer.
struct MfaChallenge
{
    QString code;
    QString message;
    QString requestId;
    QString session;
    QString link;
    int expirySeconds = -1; // -1: the server did not say (or said nonsense)
    bool hasTokenGenerationData = false;
    QString instructions;
    QString typeName; // as the server spelled it
    TokenType type = TokenType::Unknown;
    QString value;
    bool expectsUserInput = true;
};

struct SelectValue
{
    QString code;
    QString label;
    QString validation;
    QString validationMessage;
    QString placeholder;
};

struct FormField
{
    QString name;
    QString type;
    QString label;
    QString placeholder;
    QString validation;
    QString validationMessage;
    bool optional = false;
    int length = 0; // 0: not given
    QList<SelectValue> values;
};

struct Institution
{
    QString name;
    QString displayName;
    QString country;
    QList<FormField> formFields;
    QJsonObject raw;

    // The form field of that name, or an empty one.
    FormField formField(const QString &fieldName) const
    {
        for (const FormField &f : formFields) {
            if (f.name == fieldName)
                return f;
        }
        return {};
    }
};

// A hosted-widget access token (POST /api/token/). Only the access token is kept: the refresh
// token Belvo sends with it is never kept, shown or stored.
struct WidgetToken
{
    QString access;             // secret: never logged or recorded
    int expiresInSeconds = 600; // Belvo's documented lifetime when the answer says nothing else
};

} // namespace relink
