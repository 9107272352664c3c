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

bool isVisibleUtf8(QByteArrayView utf8)
{
    const auto *b = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype n = utf8.size();
    const auto at = [b, n](qsizetype i) {
        return i < n ? b[i] : 0;
    };
    bool ascii = true;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = b[i];
        if (c < 0x20) {
            if (c != '\n' && c != '\t' && !(c == '\r' && at(i + 1) == '\n'))
                return false;
        } else if (c == 0x7F) {
            return false;
        } else if (c >= 0x80) {
            ascii = false;
            // Lead bytes only (a continuation byte is 0x80–0xBF): C1 controls (C2 80–9F), and
            // the bidi controls U+061C (D8 9C), U+200E/F, U+202A–202E and U+2066–2069 (E2 …).
            const unsigned char next = at(i + 1), third = at(i + 2);
            if ((c == 0xC2 && next <= 0x9F) || (c == 0xD8 && next == 0x9C) ||
                (c == 0xE2 && next == 0x80 &&
                 (third == 0x8E || third == 0x8F || (third >= 0xAA && third <= 0xAE))) ||
                (c == 0xE2 && next == 0x81 && third >= 0xA6 && third <= 0xA9))
                return false;
        }
    }
    return ascii || utf8.isValidUtf8();
}

} // namespace relink
