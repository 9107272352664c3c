#pragma once

#include <QString>

namespace relink {

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

} // namespace relink
