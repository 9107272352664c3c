// What is recorded, as events with their own keys; their outbox form.
#include "historyevent.h"

#include "agent.h"
#include "historylocation.h"
#include "historystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace relink {

namespace {

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString kKinds[] = {QStringLiteral("begin"), QStringLiteral("step"),
                          QStringLiteral("watch_end")};

} // namespace

HistoryEvent HistoryEvent::begin(const AttemptInfo &info)
{
    HistoryEvent e;
    e.kind = Kind::Begin;
    e.attempt = e.key = newKey();
    e.at = QDateTime::currentDateTimeUtc();
    e.info = info;
    if (e.info.agent.isEmpty())
        e.info.agent = currentAgent();
    e.outcome = historyOutcomeName(HistoryOutcome::Started);
    return e;
}

HistoryEvent HistoryEvent::step(const QString &attempt, HistoryStep step, const Result &result,
                                bool keepOutcome)
{
    HistoryEvent e;
    e.kind = Kind::Step;
    e.attempt = attempt;
    e.key = newKey();
    e.at = QDateTime::currentDateTimeUtc();
    e.method = historyStepLabel(step);
    e.httpStatus = result.httpStatus;
    e.outcome = historyOutcomeOf(result);
    e.requestIds = result.requestIds();
    if (result.kind == Result::Kind::Link)
        e.linkStatus = result.link.status;
    e.keepOutcome = keepOutcome;
    return e;
}

HistoryEvent HistoryEvent::overrideStep(const QString &attempt, const QStringList &kinds)
{
    HistoryEvent e;
    e.kind = Kind::Step;
    e.attempt = attempt;
    e.key = newKey();
    e.at = QDateTime::currentDateTimeUtc();
    // "OVERRIDE institution_down,login_errors": what was confirmed reads in the steps' list.
    e.method =
        historyStepLabel(HistoryStep::Override) + QLatin1Char(' ') + kinds.join(QLatin1Char(','));
    e.httpStatus = -1; // nothing was sent for it
    e.outcome = QStringLiteral("confirmed:") + kinds.join(QLatin1Char(','));
    e.keepOutcome = true;
    return e;
}

HistoryEvent HistoryEvent::watchEnd(const QString &attempt, const QString &outcome,
                                    const QString &linkStatus, const Result &last)
{
    HistoryEvent e;
    e.kind = Kind::WatchEnd;
    e.attempt = attempt;
    e.key = newKey();
    e.at = QDateTime::currentDateTimeUtc();
    e.method = historyStepLabel(HistoryStep::Watch, linkStatus);
    e.httpStatus = last.httpStatus > 0 ? last.httpStatus : 0;
    e.outcome = outcome;
    e.requestIds = last.requestIds();
    e.linkStatus = linkStatus;
    return e;
}

QByteArray HistoryEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kKinds[static_cast<int>(kind)]},
                  {QStringLiteral("attempt"), attempt},
                  {QStringLiteral("key"), key},
                  {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    if (kind == Kind::Begin) {
        o.insert(QStringLiteral("environment"), info.environment);
        o.insert(QStringLiteral("link_id"), info.linkId);
        o.insert(QStringLiteral("institution"), info.institution);
        o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(info.fields));
        o.insert(QStringLiteral("agent"), info.agent);
        o.insert(QStringLiteral("ticket"), info.ticket);
    } else {
        o.insert(QStringLiteral("method"), method);
        o.insert(QStringLiteral("http_status"), httpStatus);
        o.insert(QStringLiteral("outcome"), outcome);
        o.insert(QStringLiteral("request_ids"), QJsonArray::fromStringList(requestIds));
        o.insert(QStringLiteral("link_status"), linkStatus);
        o.insert(QStringLiteral("keep_outcome"), keepOutcome);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<HistoryEvent> HistoryEvent::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const auto text = [&o](const char *key) {
        return o.value(QLatin1StringView(key)).toString();
    };
    const auto list = [&o](const char *key) {
        QStringList out;
        for (const QJsonValue &v : o.value(QLatin1StringView(key)).toArray())
            out << v.toString();
        return out;
    };
    HistoryEvent e;
    const int kind = static_cast<int>(
        std::find(std::begin(kKinds), std::end(kKinds), text("kind")) - std::begin(kKinds));
    if (kind >= 3)
        return std::nullopt;
    e.kind = static_cast<Kind>(kind);
    e.attempt = text("attempt");
    e.key = text("key");
    e.at = QDateTime::fromString(text("at"), Qt::ISODateWithMs);
    if (e.attempt.isEmpty() || e.key.isEmpty() || !e.at.isValid())
        return std::nullopt;
    if (e.kind == Kind::Begin) {
        e.info = {text("environment"), text("link_id"), text("institution"),
                  list("fields"),      text("agent"),   text("ticket")};
        e.outcome = historyOutcomeName(HistoryOutcome::Started);
    } else {
        e.method = text("method");
        e.httpStatus = o.value(QLatin1StringView("http_status")).toInt();
        e.outcome = text("outcome");
        e.requestIds = list("request_ids");
        e.linkStatus = text("link_status");
        e.keepOutcome = o.value(QLatin1StringView("keep_outcome")).toBool();
    }
    return e;
}

} // namespace relink
