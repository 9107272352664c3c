#include "ticketsummary.h"

#include "historyvocabulary.h"

#include <QCoreApplication>

#include <cstdlib>

namespace relink {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(relink::TicketSummary)
};

QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}

// 2026-12-07T01:02:03-03:00, and +00:00 rather than Z: the offset always in numbers.
QString isoWithOffset(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const int offset = time.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return time.toOffsetFromUtc(offset).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("%1%2:%3")
               .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TicketSummary ticketSummaryOf(const Result &result)
{
    TicketSummary s;
    s.httpStatus = result.httpStatus;
    if (result.httpStatus == 0 && result.failure != Failure::None)
        s.failureName = failureName(result.failure);
    s.outcomeCode = historyOutcomeOf(result);
    for (const ApiError &e : result.errors) {
        QString line = e.code.isEmpty() ? QStringLiteral("http:%1").arg(result.httpStatus) : e.code;
        if (!e.field.isEmpty())
            line += Text::tr(" (field %1)").arg(e.field);
        if (!e.message.isEmpty())
            line += QStringLiteral(": ") + e.message;
        s.errors << line;
    }
    s.requestIds = result.requestIds();
    if (result.kind == Result::Kind::Link) {
        s.linkId = result.link.id;
        s.externalId = result.link.externalId;
        s.bank = result.link.institution;
        s.linkStatus = result.link.status;
    }
    return s;
}

QString ticketSummaryText(const TicketSummary &s)
{
    QStringList lines;
    auto line = [&lines](const QString &label, const QString &value) {
        lines << label + QStringLiteral(": ") + orDash(value);
    };
    line(Text::tr("Link id"), s.linkId);
    line(Text::tr("External id"), s.externalId);
    line(Text::tr("Bank"), s.bank);
    line(Text::tr("Environment"), s.environment);
    QString outcome = s.outcome;
    if (!s.outcomeCode.isEmpty())
        outcome = outcome.isEmpty() ? s.outcomeCode
                                    : QStringLiteral("%1 (%2)").arg(outcome, s.outcomeCode);
    line(Text::tr("Outcome"), outcome);
    line(Text::tr("Link status"), s.linkStatus);
    QString http;
    if (s.httpStatus > 0)
        http = QString::number(s.httpStatus);
    else if (!s.failureName.isEmpty())
        http = Text::tr("no answer (%1)").arg(s.failureName);
    line(Text::tr("HTTP status"), http);
    if (s.errors.isEmpty()) {
        line(Text::tr("Errors"), Text::tr("none"));
    } else {
        lines << Text::tr("Errors") + QLatin1Char(':');
        for (const QString &e : s.errors)
            lines << QStringLiteral("  - ") + e;
    }
    line(Text::tr("Request ids"),
         s.requestIds.isEmpty() ? Text::tr("none") : s.requestIds.join(QStringLiteral(", ")));
    line(Text::tr("Time"), isoWithOffset(s.time));
    line(Text::tr("Agent"), s.agent);
    line(Text::tr("Ticket"), s.ticket);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace relink
