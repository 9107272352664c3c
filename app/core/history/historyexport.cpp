// The history as CSV (for spreadsheets) and as JSON (for scripts).
#include "historyexport.h"

#include "csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relink {

QString historyCsv(const QList<HistoryEntry> &entries)
{
    QString csv = QStringLiteral("time_utc,environment,link_id,institution,fields,steps,outcome,"
                                 "http_status,request_ids,link_status,agent,ticket\r\n");
    for (const HistoryEntry &e : entries) {
        const QStringList cells = {e.startedAt.toUTC().toString(Qt::ISODate),
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
        QStringList escaped;
        for (const QString &c : cells)
            escaped << csvField(c);
        csv += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

QByteArray historyJson(const QList<HistoryEntry> &entries)
{
    QJsonArray array;
    for (const HistoryEntry &e : entries) {
        array.append(
            QJsonObject{{QStringLiteral("time"), e.startedAt.toUTC().toString(Qt::ISODateWithMs)},
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
                        {QStringLiteral("ticket"), e.ticket}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace relink
