#pragma once

#include <QString>

namespace relink {

// One CSV cell (RFC 4180): quoted, its quotes doubled, when it holds a comma, a quote or a line
// break. A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
// return) gets a leading apostrophe. Rows end with CRLF.
QString csvField(const QString &s);

} // namespace relink
