#pragma once

#include <QString>

namespace relink {

// A Belvo link id is a UUID. Anything else is refused before a request is built, so nothing a
// user types can change the request path.
bool isValidLinkId(const QString &id);

// Finds a link id in pasted text: a bare id with spaces or quotes around it, or a dashboard or
// API URL that contains one. Returns the id in lower case, or an empty string.
QString extractLinkId(const QString &text);

} // namespace relink
