// The history as CSV (for spreadsheets) and as JSON (for scripts), whole or a row at a time.
#include "historyexport.h"

#include "csv.h"

#include <QStringList>

#include <cstring>
#include <iterator>
#include <type_traits>
#include <utility>

namespace relink {

QString historyCsvHeader()
{
    return QStringLiteral("time_utc,environment,link_id,institution,fields,steps,outcome,"
                          "http_status,request_ids,link_status,agent,ticket\r\n");
}

QString historyCsvLine(const HistoryEntry &e)
{
    const QString cells[] = {e.startedAt.toUTC().toString(Qt::ISODate),
                             e.environment,
                             e.linkId,
                             e.institution,
                             e.fields.join(QLatin1Char(' ')),
                             e.steps.join(QStringLiteral("; ")),
                             e.outcome,
                             QString::number(e.httpStatus),
                             e.requestIds.join(QLatin1Char(' ')),
                             e.linkStatus,
                             e.agent,
                             e.ticket};
    QString line;
    for (size_t i = 0; i < std::size(cells); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += csvField(cells[i]);
    }
    return line + QStringLiteral("\r\n");
}

QString historyCsv(const QList<HistoryEntry> &entries)
{
    QString csv = historyCsvHeader();
    for (const HistoryEntry &e : entries)
        csv += historyCsvLine(e);
    return csv;
}

namespace {

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// An ASCII character JSON escapes (quote, backslash, a control character), as QJsonDocument
// escapes it: \b \f \n \r \t, else \u00xx.
// Appends `n` bytes: a resize within the capacity and a copy (QByteArray::append goes through
// insert(), a good part of the export's own time at a million rows).
void put(QByteArray &out, const char *s, qsizetype n)
{
    const qsizetype at = out.size();
    out.resize(at + n);
    std::memcpy(out.data() + at, s, size_t(n));
}

template<qsizetype N> void put(QByteArray &out, const char (&literal)[N])
{
    put(out, literal, N - 1);
}

void appendEscaped(QByteArray &out, uint c)
{
    out += '\\';
    switch (c) {
    case '"':
        out += '"';
        break;
    case '\\':
        out += '\\';
        break;
    case 0x8:
        out += 'b';
        break;
    case 0xc:
        out += 'f';
        break;
    case 0xa:
        out += 'n';
        break;
    case 0xd:
        out += 'r';
        break;
    case 0x9:
        out += 't';
        break;
    default:
        out += "u00";
        out += hexDigit(c >> 4);
        out += hexDigit(c & 0xf);
    }
}

// A JSON string as QJsonDocument writes it: quote, backslash and the control characters
// escaped (\b \f \n \r \t, else \u00xx), everything else in UTF-8; a lone surrogate as \uxxxx.
void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                out += char(u);
                continue;
            }
            appendEscaped(out, u);
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += hexDigit((u >> shift) & 0xf);
        } else {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        }
    }
    out += '"';
}

// appendString() for text that is all ASCII.
void appendAscii(QByteArray &out, QByteArrayView text)
{
    out += '"';
    const char *p = text.data();
    const char *const end = p + text.size();
    while (p != end) {
        const char *run = p; // the characters written as they are, in one append
        while (p != end && uchar(*p) >= 0x20 && *p != '"' && *p != '\\')
            ++p;
        put(out, run, p - run);
        if (p == end)
            break;
        appendEscaped(out, uchar(*p++));
    }
    out += '"';
}

using Row = HistoryExportRow;

// The cell's parts split at `separator`, empty ones left out (as HistoryDialect::entry() splits).
template<typename Part> void forEachPart(const Row &row, Row::Column c, char separator, Part part)
{
    if (row.isWide[c]) {
        for (const QString &p : row.wide[c].split(QLatin1Char(separator), Qt::SkipEmptyParts))
            part(p);
        return;
    }
    const QByteArrayView text = row.ascii[c];
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype to = text.indexOf(separator, from);
        if (to < 0)
            to = text.size();
        if (to > from)
            part(text.sliced(from, to - from));
        from = to + 1;
    }
}

void appendJson(QByteArray &out, const QString &text)
{
    appendString(out, text);
}

void appendJson(QByteArray &out, QByteArrayView text)
{
    appendAscii(out, text);
}

// csvField() for text that is all ASCII, in UTF-8.
void appendCsv(QByteArray &out, QByteArrayView text)
{
    const bool formula = !text.isEmpty() && QByteArrayView("=+-@\t\r").contains(text.front());
    bool quoted = false;
    for (const char c : text) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quoted = true;
            break;
        }
    }
    if (quoted)
        out += '"';
    if (formula)
        out += '\'';
    for (const char c : text) {
        out += c;
        if (c == '"')
            out += '"';
    }
    if (quoted)
        out += '"';
}

void appendCsv(QByteArray &out, const QString &text)
{
    out += csvField(text).toUtf8();
}

} // namespace

void historyCsvLine(const Row &row, QByteArray *out)
{
    QByteArray &o = *out;
    // The time without its milliseconds (Qt::ISODate): 2026-12-07T17:06:32Z.
    const QByteArrayView time = row.ascii[Row::Time];
    if (time.size() == 24)
        o.append(time.first(19)).append('Z');
    else
        o.append(time);
    const auto cell = [&](Row::Column c) {
        o += ',';
        if (row.isWide[c])
            appendCsv(o, row.wide[c]);
        else
            appendCsv(o, row.ascii[c]);
    };
    // A list joined with `glue`: one cell.
    const auto list = [&](Row::Column c, char separator, const char *glue) {
        o += ',';
        if (!row.isWide[c] && row.ascii[c].indexOf(separator) < 0) {
            appendCsv(o, row.ascii[c]); // one part, or none: as it is
            return;
        }
        QStringList parts;
        forEachPart(row, c, separator, [&](const auto &part) {
            if constexpr (std::is_same_v<std::decay_t<decltype(part)>, QString>)
                parts << part;
            else
                parts << QString::fromLatin1(part);
        });
        appendCsv(o, parts.join(QLatin1StringView(glue)));
    };
    cell(Row::Environment);
    cell(Row::LinkId);
    cell(Row::Institution);
    list(Row::Fields, ',', " ");
    list(Row::Steps, ';', "; ");
    cell(Row::Outcome);
    o += ',';
    appendCsv(o, QByteArrayView(QByteArray::number(row.httpStatus))); // -1 is a formula too
    list(Row::RequestIds, ',', " ");
    cell(Row::LinkStatus);
    cell(Row::Agent);
    cell(Row::Ticket);
    o += "\r\n";
}

void HistoryJsonStream::add(const Row &row, QByteArray *out)
{
    QByteArray &o = *out;
    if (std::exchange(m_first, false))
        put(o, "    {\n");
    else
        put(o, ",\n    {\n");
    auto key = [&o](const char *name) {
        put(o, "        \"");
        put(o, name, qsizetype(std::strlen(name)));
        put(o, "\": ");
    };
    auto string = [&](const char *name, Row::Column c) {
        key(name);
        if (row.isWide[c])
            appendString(o, row.wide[c]);
        else
            appendAscii(o, row.ascii[c]);
        put(o, ",\n");
    };
    auto list = [&](const char *name, Row::Column c, char separator) {
        key(name);
        put(o, "[\n");
        bool first = true;
        forEachPart(row, c, separator, [&](const auto &part) {
            if (std::exchange(first, false))
                put(o, "            ");
            else
                put(o, ",\n            ");
            appendJson(o, part);
        });
        if (first)
            put(o, "        ],\n");
        else
            put(o, "\n        ],\n");
    };
    string("agent", Row::Agent);
    string("environment", Row::Environment);
    list("fields", Row::Fields, ',');
    key("http_status");
    o += QByteArray::number(row.httpStatus);
    put(o, ",\n");
    string("institution", Row::Institution);
    string("link_id", Row::LinkId);
    string("link_status", Row::LinkStatus);
    string("outcome", Row::Outcome);
    list("request_ids", Row::RequestIds, ',');
    list("steps", Row::Steps, ';');
    string("ticket", Row::Ticket);
    key("time");
    appendAscii(o, row.ascii[Row::Time]);
    put(o, "\n    }");
}

QByteArray HistoryJsonStream::add(const HistoryEntry &e)
{
    // The attempt's object as an item of QJsonDocument's indented array: its keys in
    // QJsonObject's order (sorted), at 8 spaces; a list's items at 12.
    QByteArray out;
    out.reserve(640);
    out += std::exchange(m_first, false) ? "    {\n" : ",\n    {\n";
    auto key = [&out](const char *name) {
        out += "        \"";
        out += name;
        out += "\": ";
    };
    auto string = [&](const char *name, const QString &value) {
        key(name);
        appendString(out, value);
        out += ",\n";
    };
    auto list = [&](const char *name, const QStringList &values) {
        key(name);
        out += "[\n";
        for (qsizetype i = 0; i < values.size(); ++i) {
            out += "            ";
            appendString(out, values.at(i));
            out += i + 1 < values.size() ? ",\n" : "\n";
        }
        out += "        ],\n";
    };
    string("agent", e.agent);
    string("environment", e.environment);
    list("fields", e.fields);
    key("http_status");
    out += QByteArray::number(e.httpStatus);
    out += ",\n";
    string("institution", e.institution);
    string("link_id", e.linkId);
    string("link_status", e.linkStatus);
    string("outcome", e.outcome);
    list("request_ids", e.requestIds);
    list("steps", e.steps);
    string("ticket", e.ticket);
    key("time");
    appendString(out, e.startedAt.toUTC().toString(Qt::ISODateWithMs));
    out += "\n    }";
    return out;
}

QByteArray HistoryJsonStream::finish() const
{
    return m_first ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n");
}

QByteArray historyJson(const QList<HistoryEntry> &entries)
{
    HistoryJsonStream stream;
    QByteArray json = HistoryJsonStream::open();
    for (const HistoryEntry &e : entries)
        json += stream.add(e);
    return json + stream.finish();
}

} // namespace relink
