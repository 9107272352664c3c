// The history as CSV (for spreadsheets) and as JSON (for scripts), whole or a row at a time.
#include "historyexport.h"

#include "csv.h"

#include <QStringList>

#include <iterator>
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
            out += '\\';
            switch (u) {
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
                out += hexDigit(u >> 4);
                out += hexDigit(u & 0xf);
            }
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

} // namespace

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
