#include "clioutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

namespace relink::cli {

namespace {

// The messages keep the context of the command line's other strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
};

QString localTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return QStringLiteral("-");
    return QLocale().toString(dt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

void printLink(const Link &l)
{
    out(Text::tr("Link %1\n").arg(l.id));
    out(Text::tr("  Status:        %1 (%2)\n").arg(orDash(l.status), explainLinkStatus(l.status)));
    out(Text::tr("  Institution:   %1\n").arg(orDash(l.institution)));
    out(Text::tr("  Access mode:   %1\n").arg(orDash(l.accessMode)));
    out(Text::tr("  Refresh rate:  %1\n").arg(orDash(l.refreshRate)));
    out(Text::tr("  Last accessed: %1\n").arg(localTime(l.lastAccessedAt)));
    out(Text::tr("  Created by:    %1\n").arg(orDash(l.createdBy)));
    if (!l.externalId.isEmpty())
        out(Text::tr("  External id:   %1\n").arg(l.externalId));
}

void printErrors(const UpdateOutcome &o)
{
    const Result &r = o.result;
    if (r.kind != Result::Kind::ApiErrors) {
        err(QStringLiteral("error: %1\n").arg(o.message));
        return;
    }
    for (const ApiError &e : r.errors) {
        QString line = QStringLiteral("error: ");
        if (!e.code.isEmpty())
            line += e.code + QStringLiteral(": ");
        line += e.message;
        if (!e.field.isEmpty())
            line += Text::tr(" [field %1]").arg(e.field);
        line += QStringLiteral(" — ") + explainApiError(e, r.httpStatus);
        if (!e.requestId.isEmpty())
            line += Text::tr(" (request_id %1)").arg(e.requestId);
        err(line + QLatin1Char('\n'));
    }
    if (o.retryAfterSeconds >= 0)
        err(Text::tr("Belvo asks to wait %n second(s) before retrying.\n", nullptr,
                     o.retryAfterSeconds));
    else if (o.kind == UpdateOutcome::Kind::RateLimited)
        err(Text::tr("Belvo is limiting requests; wait a minute before retrying.\n"));
}

} // namespace

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout); // JSON is UTF-8, on Windows too
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

void printJson(const QJsonObject &o)
{
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

int exitCodeFor(UpdateOutcome::Kind kind)
{
    using K = UpdateOutcome::Kind;
    switch (kind) {
    case K::Updated:
    case K::Accepted:
        return exitcode::Ok;
    case K::MfaPending:
    case K::SessionExpired:
        return exitcode::Mfa;
    case K::RateLimited:
        return exitcode::RateLimited;
    case K::AuthFailed:
        return exitcode::Auth;
    case K::NotFound:
        return exitcode::NotFound;
    case K::Rejected:
        return exitcode::ClientError;
    case K::Failed:
        return exitcode::ServerOrNetwork;
    case K::Refused:
        return exitcode::Usage;
    case K::Cancelled:
        return exitcode::Interrupted;
    }
    return exitcode::ServerOrNetwork;
}

QJsonObject challengeJson(const MfaChallenge &c)
{
    QJsonObject o{{QStringLiteral("session"), c.session},
                  {QStringLiteral("link"), c.link},
                  {QStringLiteral("instructions"), c.instructions},
                  {QStringLiteral("type"), c.typeName},
                  {QStringLiteral("value"), c.value},
                  {QStringLiteral("expects_user_input"), c.expectsUserInput},
                  {QStringLiteral("request_id"), c.requestId}};
    o.insert(QStringLiteral("expiry"),
             c.expirySeconds >= 0 ? QJsonValue(c.expirySeconds) : QJsonValue());
    return o;
}

QJsonObject failureJson(const UpdateOutcome &o)
{
    const Result &r = o.result;
    QJsonArray errors;
    for (const ApiError &e : r.errors)
        errors.append(QJsonObject{
            {QStringLiteral("code"), e.code},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("field"), e.field.isEmpty() ? QJsonValue() : QJsonValue(e.field)},
            {QStringLiteral("request_id"), e.requestId}});
    QJsonObject json{{QStringLiteral("http_status"), r.httpStatus},
                     {QStringLiteral("errors"), errors},
                     {QStringLiteral("retry_after"),
                      o.retryAfterSeconds >= 0 ? QJsonValue(o.retryAfterSeconds) : QJsonValue()},
                     {QStringLiteral("exit_code"), exitCodeFor(o.kind)},
                     {QStringLiteral("message"), o.message}};
    if (r.kind == Result::Kind::Failure)
        json.insert(QStringLiteral("failure"),
                    QJsonObject{{QStringLiteral("kind"), failureName(r.failure)},
                                {QStringLiteral("message"), r.message}});
    return json;
}

QJsonObject localFailureJson(const QString &kind, const QString &message, int exitCode)
{
    return {{QStringLiteral("http_status"), 0},
            {QStringLiteral("errors"), QJsonArray()},
            {QStringLiteral("retry_after"), QJsonValue()},
            {QStringLiteral("exit_code"), exitCode},
            {QStringLiteral("message"), message},
            {QStringLiteral("failure"),
             QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("message"), message}}}};
}

int printLocalFailure(const QString &kind, const QString &message, int exitCode, bool json)
{
    if (json)
        printJson(localFailureJson(kind, message, exitCode));
    err(message + QLatin1Char('\n'));
    return exitCode;
}

QString resumeHint(const MfaChallenge &c)
{
    return Text::tr("Finish with: relink-cli resume --link %1 --session %2, giving the token on "
                    "standard input or in a file with --token-file PATH.\n")
        .arg(c.link, c.session);
}

int printOutcome(const UpdateOutcome &o, bool json)
{
    const int code = exitCodeFor(o.kind);
    switch (o.kind) {
    case UpdateOutcome::Kind::Updated:
        if (o.result.kind != Result::Kind::Link) { // a connection test, an institution
            out(o.message + QLatin1Char('\n'));
        } else if (json) {
            printJson(o.result.link.raw);
        } else {
            printLink(o.result.link);
        }
        return code;
    case UpdateOutcome::Kind::Accepted:
        err(QStringLiteral("warning: %1\n").arg(o.message));
        if (json)
            printJson(QJsonObject{{QStringLiteral("accepted"), true},
                                  {QStringLiteral("http_status"), o.result.httpStatus},
                                  {QStringLiteral("message"), o.message},
                                  {QStringLiteral("exit_code"), code}});
        else
            out(Text::tr("Belvo accepted the update.\n"));
        return code;
    case UpdateOutcome::Kind::MfaPending:
        printJson(challengeJson(o.challenge));
        err(Text::tr("MFA token needed: %1\n").arg(o.challenge.instructions) +
            resumeHint(o.challenge));
        return code;
    default:
        break;
    }
    if (json)
        printJson(failureJson(o)); // for scripts; the lines below are for people
    printErrors(o);
    return code;
}

} // namespace relink::cli
