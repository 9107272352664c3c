#include "visibletext.h"

namespace relink {

namespace {

bool isBidiControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString visibleText(const QString &text, LineBreaks breaks)
{
    const bool keep = breaks == LineBreaks::Keep;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (keep && (c == u'\n' || c == u'\t' ||
                     (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n'))) {
            out += QChar(c);
        } else if (c < 0x20) {
            out += QChar(char16_t(0x2400 + c)); // ␀ … ␟
        } else if (c == 0x7F) {
            out += QChar(char16_t(0x2421)); // ␡
        } else if ((c >= 0x80 && c <= 0x9F) || isBidiControl(c)) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += QChar(c);
        }
    }
    return out;
}

} // namespace relink
