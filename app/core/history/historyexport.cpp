// The history as CSV (for spreadsheets) and as JSON (for scripts), whole or a row at a time.
#include "historyexport.h"

#include "csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iterator>
#include <utility>

namespace relink {

namespace {

QJsonObject jsonOf(const HistoryEntry &e)
{
    return {{QStringLiteral("time"), e.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("environment"), e.environment},
            {QStringLiteral("link_id"), e.linkId},
            {QStringLiteral("institution"), e.institution},
            {QStringLiteral("fields"), QJsonArray::fromStringList(e.fields)},
            {QStringLiteral("steps"), QJsonArray::fromStringList(e.steps)},
            {QStringLiteral("outcome"), e.outcome},
            {QStringLiteral("http_status"), e.httpStatus},
            {QStringLiteral("request_ids"), QJsonArray::fromStringList(e.requestIds)},
            {QStringLiteral("link_status"), e.linkStatus},
            {QStringLiteral("agent"), e.agent},
            {QStringLiteral("ticket"), e.ticket}};
}

} // namespace

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

QByteArray HistoryJsonStream::add(const HistoryEntry &e)
{
    // The object alone, "{\n    \"agent\": …\n}\n", one level deeper: every line indented by
    // four more spaces, as an item of the array.
    QByteArray object = QJsonDocument(jsonOf(e)).toJson(QJsonDocument::Indented);
    object.chop(1); // its last newline
    object.replace('\n', QByteArrayLiteral("\n    "));
    QByteArray out =
        std::exchange(m_first, false) ? QByteArrayLiteral("    ") : QByteArrayLiteral(",\n    ");
    return out + object;
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
