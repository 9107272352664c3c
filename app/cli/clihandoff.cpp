#include "cli.h"

#include "clioutput.h"
#include "handoffflow.h"
#include "historyservice.h"
#include "linkid.h"
#include "linkwatch.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonObject>
#include <QLocale>
#include <QTime>

#include <utility>

// relink-cli handoff and wait: a link for the customer to fix their bank link in Belvo's hosted
// widget, and waiting (politely) until the link is valid again. The core does the work
// (BelvoClient, LinkWatch, the history's words for a hand-off); this file prints it.

namespace relink {

using namespace cli;

namespace {

constexpr int kDefaultWaitSeconds = 600;
constexpr int kMaxWaitSeconds = 24 * 60 * 60;

QString clockTime(const QDateTime &at)
{
    return QLocale().toString(at.time(), QStringLiteral("HH:mm:ss"));
}

} // namespace

QString Cli::handoffUsageProblem(const QString &command, const QString &linkId) const
{
    if (!isValidLinkId(linkId))
        return tr("\"%1\" is not a link id (a UUID such as "
                  "3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c). Nothing was sent.")
            .arg(linkId.left(80));
    if (m_parser->isSet(QStringLiteral("demo")))
        return tr("%1 needs a simulator that keeps running, and --demo starts one for this run "
                  "only. Start relink-simulator and give its address with --base-url. Nothing "
                  "was sent.")
            .arg(command);
    return {};
}

void Cli::warnHistory(const QString &message) const
{
    err(tr("warning: %1\n").arg(message));
}

int Cli::runHandoff(const QString &linkId)
{
    const QCommandLineParser &p = *m_parser;
    if (const QString problem = handoffUsageProblem(QStringLiteral("handoff"), linkId);
        !problem.isEmpty())
        return refuse(problem);
    const QString locale = p.isSet(QStringLiteral("locale"))
                               ? p.value(QStringLiteral("locale")).trimmed().toLower()
                               : QStringLiteral("es");
    if (!widgetLocales().contains(locale))
        return refuse(tr("--locale takes en, es or pt. Nothing was sent."));
    if (!setUpHistory() || !setUpClient())
        return exitcode::Usage;
    const QString id = linkId.toLower();
    if (const QString problem = m_client->handoffProblem(id); !problem.isEmpty())
        return refuse(problem);
    if (terminal::interruptRequested())
        return printLocalFailure(QStringLiteral("cancelled"), tr("Interrupted. Nothing was sent."),
                                 exitcode::Interrupted, json());

    // Recorded before anything is sent: a link that may reach a customer always has its row.
    const QString attempt =
        m_history->begin({m_environmentLabel, id, QString(), QStringList(), QString(), m_ticket});

    Operation *op = m_client->createWidgetToken(id);
    m_running = op;
    Result result;
    QEventLoop loop;
    connect(op, &Operation::finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    m_running = nullptr;
    const WidgetToken token = std::exchange(result.widgetToken, {}); // never near the history
    m_history->step(attempt, HistoryStep::Token, result);
    if (result.kind != Result::Kind::WidgetToken)
        return printOutcome(UpdateOutcome::from(result), json());

    const QString url = QString::fromLatin1(
        hostedWidgetUrl(widgetBaseFor(m_client->config().baseUrl), token.access, locale)
            .toEncoded());
    const int seconds = token.expiresInSeconds;
    if (json())
        printJson({{QStringLiteral("url"), url},
                   {QStringLiteral("expires_in"), seconds},
                   {QStringLiteral("link"), id}});
    else
        out(url + QLatin1Char('\n'));
    const QString until = clockTime(QDateTime::currentDateTime().addSecs(seconds));
    err((seconds % 60 == 0 ? tr("The link is valid for %n minute(s), until %1, and works once.",
                                nullptr, seconds / 60)
                           : tr("The link is valid for %n second(s), until %1, and works once.",
                                nullptr, seconds))
            .arg(until) +
        QLatin1Char(' ') +
        tr("Send it to the customer, then wait for the link with: relink-cli wait %1\n").arg(id));
    return exitcode::Ok;
}

int Cli::runWait(const QString &linkId)
{
    const QCommandLineParser &p = *m_parser;
    if (const QString problem = handoffUsageProblem(QStringLiteral("wait"), linkId);
        !problem.isEmpty())
        return refuse(problem);
    if (p.isSet(QStringLiteral("until")) &&
        p.value(QStringLiteral("until")).trimmed().toLower() != QLatin1StringView("valid"))
        return refuse(tr("--until takes only valid: the status to wait for. Nothing was sent."));
    int seconds = kDefaultWaitSeconds;
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        seconds = p.value(QStringLiteral("timeout")).trimmed().toInt(&ok);
        if (!ok || seconds < 1 || seconds > kMaxWaitSeconds)
            return refuse(tr("--timeout takes the seconds to wait for the link, from 1 to %1. "
                             "Nothing was sent.")
                              .arg(kMaxWaitSeconds));
    }
    if (!setUpHistory() || !setUpClient(false))
        return exitcode::Usage;
    const QString id = linkId.toLower();
    if (const QString problem = m_client->handoffProblem(id); !problem.isEmpty())
        return refuse(problem);
    if (terminal::interruptRequested())
        return printLocalFailure(QStringLiteral("cancelled"), tr("Interrupted. Nothing was sent."),
                                 exitcode::Interrupted, json());

    auto *watch = new LinkWatch(m_client, this);
    m_watch = watch;
    err(tr("Waiting up to %n second(s) for link %1 to be valid; it is checked every %2 seconds. "
           "Ctrl+C stops.\n",
           nullptr, seconds)
            .arg(id)
            .arg(LinkWatch::kMinimumIntervalMs / 1000));
    LinkWatch::Outcome outcome;
    bool done = false;
    QEventLoop loop;
    QString shown; // the status last printed
    connect(watch, &LinkWatch::checked, &loop, [&shown](const Result &r, const QDateTime &at) {
        if (r.kind == Result::Kind::Link && r.link.status != shown) {
            shown = r.link.status;
            err(tr("%1  status: %2\n").arg(clockTime(at), shown));
        } else if (r.kind != Result::Kind::Link && !LinkWatch::isFinal(r)) {
            err(tr("%1  warning: %2 Still waiting.\n")
                    .arg(clockTime(at), UpdateOutcome::from(r).message));
        }
    });
    connect(watch, &LinkWatch::finished, &loop, [&](const LinkWatch::Outcome &o) {
        outcome = o;
        done = true;
        loop.quit();
    });
    watch->start(id, QDeadlineTimer(qint64(seconds) * 1000));
    if (!done)
        loop.exec();

    // The end goes to the newest hand-off of this link still waiting to be watched, if any.
    const QString environment = m_environmentLabel;
    QString attempt = m_history->latestHandoffAndWait(environment, id);
    if (attempt.isEmpty())
        attempt = m_history->begin(
            {m_environmentLabel, id, QString(), QStringList(), QString(), m_ticket});
    recordHandoffEnd(m_history, attempt, HandoffOutcome::fromWatch(outcome));

    switch (outcome.kind) {
    case LinkWatch::Outcome::Kind::Valid:
    case LinkWatch::Outcome::Kind::Failed:
        return printOutcome(UpdateOutcome::from(outcome.result), json());
    case LinkWatch::Outcome::Kind::Cancelled:
        err(QStringLiteral("\n"));
        return printLocalFailure(QStringLiteral("cancelled"),
                                 tr("Interrupted. %1").arg(outcome.message), exitcode::Interrupted,
                                 json());
    case LinkWatch::Outcome::Kind::Deadline:
        break;
    }
    const QString message = QStringLiteral("relink-cli: ") + outcome.message;
    if (json()) {
        QJsonObject o =
            localFailureJson(QStringLiteral("timeout"), message, exitcode::ServerOrNetwork);
        o.insert(QStringLiteral("link_status"),
                 outcome.lastStatus.isEmpty() ? QJsonValue() : QJsonValue(outcome.lastStatus));
        printJson(o);
    }
    err(message + QLatin1Char('\n'));
    return exitcode::ServerOrNetwork;
}

} // namespace relink
