#pragma once

#include "parsed.h"

#include <QString>

namespace relink {

// A Belvo link id is a UUID. Anything else is refused before a request is built, so nothing a
// user types can change the request path.
bool isValidLinkId(const QString &id);

// Finds the link id in pasted text: a bare id with spaces or quotes around it, a dashboard or
// API URL, a JSON object or a log line. The id, in lower case, is the one after links/ in a
// path, else the value of a link or link_id key, else of an id key, else the only UUID in the
// text; the same UUID repeated is still one. When several different UUIDs are equally likely,
// nothing is guessed: no id, and a message saying to paste just the one. Text without a UUID
// (or empty) gives neither an id nor a message.
Parsed<QString> findLinkId(const QString &text);

// What the link id field says under it about `text` as typed (translated): paste the id, a
// valid id, not an id yet, or why several ids can't be told apart.
QString linkIdHint(const QString &text);

// findLinkId's id, or an empty string (no id, or several).
QString extractLinkId(const QString &text);

} // namespace relink
