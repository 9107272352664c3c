#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace relink {

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
    QString status; // Belvo's health of the bank: "healthy", "down"; empty: not said
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

} // namespace relink
