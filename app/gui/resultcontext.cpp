#include "resultcontext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace relink {

TicketSummary ticketSummaryFor(const Result &result, const QString &headline,
                               const ResultContext &context, const Link &lastLink)
{
    TicketSummary s = ticketSummaryOf(result);
    if (s.linkId.isEmpty())
        s.linkId = context.linkId;
    if (!s.linkId.isEmpty() && lastLink.id == s.linkId) {
        if (s.externalId.isEmpty())
            s.externalId = lastLink.externalId;
        if (s.bank.isEmpty())
            s.bank = lastLink.institution;
        if (s.linkStatus.isEmpty() && !lastLink.status.isEmpty())
            s.linkStatus = QCoreApplication::translate("relink::ResultPanel", "%1 (as last read)")
                               .arg(lastLink.status);
    }
    s.environment = context.environment;
    s.ticket = context.ticket;
    s.outcome = headline;
    return s;
}

bool namesAnotherLink(const QString &message, const QString &linkId)
{
    static const QRegularExpression uuid(QStringLiteral(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    for (auto it = uuid.globalMatch(message); it.hasNext();) {
        if (it.next().captured().compare(linkId, Qt::CaseInsensitive) != 0)
            return true;
    }
    return false;
}

QString httpStatusText(int status)
{
    static const QList<std::pair<int, const char *>> phrases{{200, "OK"},
                                                             {201, "Created"},
                                                             {202, "Accepted"},
                                                             {204, "No Content"},
                                                             {400, "Bad Request"},
                                                             {401, "Unauthorized"},
                                                             {403, "Forbidden"},
                                                             {404, "Not Found"},
                                                             {408, "Request Timeout"},
                                                             {428, "Precondition Required"},
                                                             {429, "Too Many Requests"},
                                                             {500, "Internal Server Error"},
                                                             {502, "Bad Gateway"},
                                                             {503, "Service Unavailable"},
                                                             {504, "Gateway Timeout"}};
    for (const auto &[code, phrase] : phrases) {
        if (code == status)
            return QStringLiteral("%1 %2").arg(status).arg(QLatin1StringView(phrase));
    }
    return QString::number(status);
}

} // namespace relink
