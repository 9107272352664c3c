#pragma once

#include <QByteArrayView>
#include <QString>

namespace relink {

// Text from Belvo or the history, made safe to write to a terminal: every control character is
// replaced by a visible stand-in, so that nothing a server or a colleague typed can move the
// cursor, retitle the window, hide text or reorder it. C0 controls become their Unicode control
// pictures (ESC → ␛, a line break → ␊), DEL becomes ␡, C1 controls and bidirectional
// overrides, embeddings, isolates and marks become �.
enum class LineBreaks { Replace, Keep };
// With LineBreaks::Keep, "\n", "\r\n" and "\t" stay (a multi-line message, CSV rows).
QString visibleText(const QString &text, LineBreaks breaks = LineBreaks::Replace);
// True when `utf8` is valid UTF-8 that visibleText(…, LineBreaks::Keep) leaves as it is: it can
// go to the terminal as it is, without a round trip through UTF-16 (#26: a million CSV rows).
bool isVisibleUtf8(QByteArrayView utf8);

} // namespace relink
