#include "preflightfindings.h"

#include "displaytime.h"
#include "handoffdesk.h"
#include "historyvocabulary.h"
#include "settings.h"

#include <algorithm>

namespace relink {

namespace {

PreflightFinding finding(const QString &kind, bool confirm, const QString &message)
{
    return {kind, confirm ? PreflightFinding::Severity::Confirm : PreflightFinding::Severity::Note,
            message};
}

QString agentOrSomeone(const QString &agent)
{
    return agent.isEmpty() ? QCoreApplication::translate("relink::Preflight", "someone") : agent;
}

} // namespace

PreflightPolicy PreflightPolicy::fromSettings()
{
    PreflightPolicy p;
    p.confirmBankDown = Settings::value(Setting::PreflightConfirmBankDown).toBool();
    p.loginErrorsToConfirm = qMax(0, Settings::value(Setting::PreflightLoginErrors).toInt());
    p.confirmOpenHandoff = Settings::value(Setting::PreflightConfirmHandoff).toBool();
    p.confirmClaimed = Settings::value(Setting::PreflightConfirmClaimed).toBool();
    return p;
}

QString describeAttemptOutcome(const QString &outcome)
{
    const QString detail = outcome.section(QLatin1Char(':'), 1);
    if (outcome == QLatin1StringView("success"))
        return QCoreApplication::translate("relink::Preflight", "updated");
    if (outcome == QLatin1StringView("accepted"))
        return QCoreApplication::translate("relink::Preflight", "accepted by Belvo");
    if (outcome == QLatin1StringView("mfa"))
        return QCoreApplication::translate("relink::Preflight", "stopped at the bank's MFA");
    if (outcome == QLatin1StringView("handed_off"))
        return QCoreApplication::translate("relink::Preflight", "sent to the customer");
    if (outcome == QLatin1StringView("waiting"))
        return QCoreApplication::translate("relink::Preflight",
                                           "sent to the customer, not done in time");
    if (outcome == QLatin1StringView("cancelled"))
        return QCoreApplication::translate("relink::Preflight", "cancelled");
    if (outcome == QLatin1StringView("started"))
        return QCoreApplication::translate("relink::Preflight", "not finished");
    if (outcome.startsWith(QLatin1StringView("error:")))
        return QCoreApplication::translate("relink::Preflight", "Belvo's error %1").arg(detail);
    if (outcome.startsWith(QLatin1StringView("http:")))
        return QCoreApplication::translate("relink::Preflight", "HTTP %1").arg(detail);
    if (outcome.startsWith(QLatin1StringView("transport:")))
        return QCoreApplication::translate("relink::Preflight", "no answer from Belvo (%1)")
            .arg(detail);
    return outcome;
}

bool isLoginErrorOutcome(const QString &outcome)
{
    return outcome == QLatin1StringView("error:login_error") ||
           outcome == QLatin1StringView("error:invalid_credentials") ||
           outcome == QLatin1StringView("error:invalid_link");
}

void PreflightFacts::readHistory(const QList<HistoryEntry> &entries, const QString &environment,
                                 const QDateTime &now)
{
    historyRead = true;
    QList<HistoryEntry> mine;
    for (const HistoryEntry &e : entries) {
        if (e.environment == environment && e.linkId == linkId && e.startedAt.isValid())
            mine << e;
    }
    std::sort(mine.begin(), mine.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        return a.startedAt < b.startedAt;
    });
    loginErrors.clear();
    openHandoff.reset();
    lastAttempt.reset();
    const QDateTime dayAgo = now.addSecs(-24 * 3600);
    for (const HistoryEntry &e : mine) {
        const PreflightAttempt attempt{e.agent, e.startedAt, e.outcome};
        if (isLoginErrorOutcome(e.outcome) && e.startedAt >= dayAgo && e.startedAt <= now)
            loginErrors << attempt;
        const QDateTime until = e.startedAt.addSecs(HandoffDesk::kTokenLifetimeSeconds);
        if (isOpenHandoffOutcome(e.outcome) && until > now) {
            openHandoff = attempt;
            openHandoffUntil = until;
        }
    }
    if (!mine.isEmpty()) {
        const HistoryEntry &last = mine.constLast();
        lastAttempt = PreflightAttempt{last.agent, last.startedAt, last.outcome};
    }
}

QList<PreflightFinding> preflightFindings(const PreflightFacts &facts,
                                          const PreflightPolicy &policy)
{
    QList<PreflightFinding> out;
    const QString bank =
        facts.institutionDisplayName.isEmpty() ? facts.institution : facts.institutionDisplayName;
    if (facts.institutionStatus == QLatin1StringView("down"))
        out << finding(QStringLiteral("institution_down"), policy.confirmBankDown,
                       QCoreApplication::translate(
                           "relink::Preflight",
                           "Belvo reports %1 down (checked at %2): the update will most likely "
                           "fail. Try later.")
                           .arg(bank, displayClock(facts.institutionCheckedAt)));

    const int errors = static_cast<int>(facts.loginErrors.size());
    if (errors > 0) {
        QStringList who;
        for (const PreflightAttempt &a : facts.loginErrors) {
            if (!who.contains(agentOrSomeone(a.agent)))
                who << agentOrSomeone(a.agent);
        }
        const bool confirm =
            policy.loginErrorsToConfirm > 0 && errors >= policy.loginErrorsToConfirm;
        out << finding(QStringLiteral("login_errors"), confirm,
                       QCoreApplication::translate(
                           "relink::Preflight",
                           "%n wrong password(s) for this link since %1 (%2). Banks often lock "
                           "online banking after 3: confirm the password with the customer first.",
                           nullptr, errors)
                           .arg(displayClock(facts.loginErrors.constFirst().at),
                                who.join(QStringLiteral(", "))));
    }

    if (facts.claimedBy.isValid()) {
        const LinkClaim &c = facts.claimedBy;
        const QString who =
            c.ticket.isEmpty()
                ? QCoreApplication::translate("relink::Preflight", "%1 is on this link (since %2).")
                      .arg(c.agent, displayClock(c.since))
                : QCoreApplication::translate("relink::Preflight",
                                              "%1 is on this link (since %2, ticket %3).")
                      .arg(c.agent, displayClock(c.since), c.ticket);
        out << finding(QStringLiteral("claimed"), policy.confirmClaimed,
                       who + QLatin1Char(' ') +
                           QCoreApplication::translate(
                               "relink::Preflight",
                               "Ask them before going ahead: two updates of one link at once "
                               "fail (too_many_sessions), and the customer may be asked twice."));
    }

    if (facts.openHandoff)
        out << finding(QStringLiteral("open_handoff"), policy.confirmOpenHandoff,
                       QCoreApplication::translate(
                           "relink::Preflight",
                           "Sent to the customer by %1 at %2, open until %3: updating now can "
                           "clash with the customer's own update.")
                           .arg(agentOrSomeone(facts.openHandoff->agent),
                                displayClock(facts.openHandoff->at),
                                displayClock(facts.openHandoffUntil)));

    if (facts.link && facts.link->status == QLatin1StringView("valid"))
        out << finding(QStringLiteral("already_valid"), false,
                       QCoreApplication::translate(
                           "relink::Preflight",
                           "Link %1 is valid already: updating replaces working credentials.")
                           .arg(facts.linkId));

    if (facts.lastAttempt)
        out << finding(
            QStringLiteral("last_attempt"), false,
            QCoreApplication::translate("relink::Preflight", "Last attempt: %1, by %2 at %3.")
                .arg(describeAttemptOutcome(facts.lastAttempt->outcome),
                     agentOrSomeone(facts.lastAttempt->agent), displayTime(facts.lastAttempt->at)));

    if (!facts.link && !facts.linkProblem.isEmpty())
        out << finding(
            QStringLiteral("not_checked"), false,
            QCoreApplication::translate("relink::Preflight", "The link could not be checked: %1")
                .arg(facts.linkProblem));
    if (!facts.institutionProblem.isEmpty())
        out << finding(QStringLiteral("not_checked"), false,
                       QCoreApplication::translate("relink::Preflight",
                                                   "The bank's health could not be checked: %1")
                           .arg(facts.institutionProblem));
    if (facts.historyRead && !facts.claimProblem.isEmpty())
        out << finding(QStringLiteral("not_checked"), false,
                       QCoreApplication::translate("relink::Preflight",
                                                   "Who else is on this link could not be "
                                                   "checked: %1")
                           .arg(facts.claimProblem));
    if (!facts.historyRead)
        out << finding(QStringLiteral("not_checked"), false,
                       QCoreApplication::translate(
                           "relink::Preflight",
                           "The history could not be read, so earlier login errors and hand-offs "
                           "were not checked: %1")
                           .arg(facts.historyProblem));

    std::stable_sort(out.begin(), out.end(),
                     [](const PreflightFinding &a, const PreflightFinding &b) {
                         return a.severity == PreflightFinding::Severity::Confirm &&
                                b.severity != PreflightFinding::Severity::Confirm;
                     });
    return out;
}

bool needsConfirmation(const QList<PreflightFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const PreflightFinding &f) {
        return f.severity == PreflightFinding::Severity::Confirm;
    });
}

QString severityName(PreflightFinding::Severity severity)
{
    return severity == PreflightFinding::Severity::Confirm ? QStringLiteral("confirm")
                                                           : QStringLiteral("note");
}

} // namespace relink
