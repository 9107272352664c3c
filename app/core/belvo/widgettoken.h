#pragma once

#include <QString>

namespace relink {

// A hosted-widget access token (POST /api/token/). Only the access token is kept: the refresh
// token Belvo sends with it is never kept, shown or stored.
struct WidgetToken
{
    QString access;             // secret: never logged or recorded
    int expiresInSeconds = 600; // Belvo's documented lifetime when the answer says nothing else
};

} // namespace relink
