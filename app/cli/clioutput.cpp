#include "clioutput.h"

#include "visibletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

namespace relink::cli {

namespace {

// resumeHint() keeps the context of the command line's other strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
};

} // namespace

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

QString resumeHint(const MfaChallenge &c)
{
    return Text::tr("Finish with: relink-cli resume --link %1 --session %2, giving the token on "
                    "standard input or in a file with --token-file PATH.\n")
        .arg(c.link, c.session);
}

} // namespace relink::cli

namespace relink {

using namespace cli;

namespace {

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

// Text goes out up to its first NUL, if any, as it always has (fputs), and a test's writer gets
// the very bytes a terminal would.
QByteArray textBytes(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        bytes.truncate(nul);
    return bytes;
}

void writeStdio(CliOutput::Channel channel, const QByteArray &bytes)
{
    std::FILE *stream = channel == CliOutput::Channel::Out ? stdout : stderr;
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

CliOutput::CliOutput() : m_write(writeStdio) {}

CliOutput::CliOutput(Writer writer) : m_write(std::move(writer)) {}

// Whatever Belvo or the history said reaches a terminal with its control characters made
// visible (an escape sequence in an external id or an agent's name runs nowhere); line breaks
// and tabs stay. JSON goes out as outBytes(): it escapes control characters itself.
void CliOutput::out(const QString &text) const
{
    m_write(Channel::Out, textBytes(visibleText(text, LineBreaks::Keep)));
}

void CliOutput::err(const QString &text) const
{
    m_write(Channel::Err, textBytes(visibleText(text, LineBreaks::Keep)));
}

void CliOutput::outUtf8(const QByteArray &utf8) const
{
    if (isVisibleUtf8(utf8))
        m_write(Channel::Out, utf8);
    else
        out(QString::fromUtf8(utf8));
}

void CliOutput::outBytes(const QByteArray &bytes) const
{
    m_write(Channel::Out, bytes);
}

void CliOutput::printJson(const QJsonObject &o) const
{
    outBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

int CliOutput::printLocalFailure(const QString &kind, const QString &message, int exitCode,
                                 bool json) const
{
    if (json)
        printJson(localFailureJson(kind, message, exitCode));
    err(message + QLatin1Char('\n'));
    return exitCode;
}

void CliOutput::printLink(const Link &l) const
{
    out(tr("Link %1\n").arg(visibleText(l.id)));
    out(tr("  Status:        %1 (%2)\n")
            .arg(visibleText(orDash(l.status)), explainLinkStatus(l.status)));
    out(tr("  Institution:   %1\n").arg(visibleText(orDash(l.institution))));
    out(tr("  Access mode:   %1\n").arg(visibleText(orDash(l.accessMode))));
    out(tr("  Refresh rate:  %1\n").arg(visibleText(orDash(l.refreshRate))));
    out(tr("  Last accessed: %1\n").arg(localTime(l.lastAccessedAt)));
    out(tr("  Created by:    %1\n").arg(visibleText(orDash(l.createdBy))));
    if (!l.externalId.isEmpty())
        out(tr("  External id:   %1\n").arg(visibleText(l.externalId)));
}

void CliOutput::printErrors(const UpdateOutcome &o) const
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
            line += tr(" [field %1]").arg(e.field);
        line += QStringLiteral(" — ") + explainApiError(e, r.httpStatus);
        if (!e.requestId.isEmpty())
            line += tr(" (request_id %1)").arg(e.requestId);
        err(line + QLatin1Char('\n'));
    }
    if (o.retryAfterSeconds >= 0)
        err(tr("Belvo asks to wait %n second(s) before retrying.\n", nullptr, o.retryAfterSeconds));
    else if (o.kind == UpdateOutcome::Kind::RateLimited)
        err(tr("Belvo is limiting requests; wait a minute before retrying.\n"));
}

int CliOutput::printOutcome(const UpdateOutcome &o, bool json) const
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
            out(tr("Belvo accepted the update.\n"));
        return code;
    case UpdateOutcome::Kind::MfaPending:
        printJson(challengeJson(o.challenge));
        err(tr("MFA token needed: %1\n").arg(o.challenge.instructions) + resumeHint(o.challenge));
        return code;
    default:
        break;
    }
    if (json)
        printJson(failureJson(o)); // for scripts; the lines below are for people
    printErrors(o);
    return code;
}

} // namespace relink
