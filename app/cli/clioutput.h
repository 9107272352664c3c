#pragma once

#include "updateflow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

// How relink-cli prints: stdout for what a script reads, stderr for people. The exit codes are
// a contract with users' scripts (README).
namespace relink::cli {

namespace exitcode {
constexpr int Ok = 0;
constexpr int Usage = 2;
constexpr int Auth = 3;
constexpr int Mfa = 4;
constexpr int NotFound = 5;
constexpr int ClientError = 6;
constexpr int ServerOrNetwork = 7;
constexpr int RateLimited = 8;
constexpr int Confirm = 9; // the pre-flight found something to confirm: nothing was sent
constexpr int Interrupted = 130;
} // namespace exitcode

int exitCodeFor(UpdateOutcome::Kind kind);

QJsonObject challengeJson(const MfaChallenge &challenge);
// --json on failure: {http_status, errors: [{code, message, field, request_id}], retry_after,
// exit_code} and, when no answer from Belvo explains it, {failure: {kind, message}}.
QJsonObject failureJson(const UpdateOutcome &outcome);
// What ends a run before or without Belvo (bad usage, an interrupt, an unreadable history), in
// the same shape: {"failure": {"kind": kind, "message"}, "exit_code": exitCode, …}.
QJsonObject localFailureJson(const QString &kind, const QString &message, int exitCode);
// The next step for a challenge left unanswered (never a token in the command line).
QString resumeHint(const MfaChallenge &challenge);

} // namespace relink::cli

namespace relink {

// Where relink-cli writes. By default stdout and stderr, flushed at every write so that a
// prompt shows before the tool waits; a test gives its own writer and reads both in process.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(relink::Cli)
public:
    enum class Channel { Out, Err };
    using Writer = std::function<void(Channel channel, const QByteArray &utf8)>;

    CliOutput(); // stdout and stderr
    explicit CliOutput(Writer writer);

    void out(const QString &text) const; // UTF-8, on Windows too (JSON is UTF-8)
    void err(const QString &text) const;
    void outBytes(const QByteArray &bytes) const; // already encoded (the links' JSON and CSV)
    // out(QString::fromUtf8(utf8)), without the round trip when nothing is to be made visible.
    void outUtf8(const QByteArray &utf8) const;
    // An object as indented JSON on stdout.
    void printJson(const QJsonObject &object) const;
    // Prints it (JSON on stdout with --json) and the message on stderr; returns exitCode.
    int printLocalFailure(const QString &kind, const QString &message, int exitCode,
                          bool json) const;
    // Prints the outcome (the link, the pending challenge, or the errors); returns the exit code.
    int printOutcome(const UpdateOutcome &outcome, bool json) const;

private:
    void printLink(const Link &link) const;
    void printErrors(const UpdateOutcome &outcome) const;

    Writer m_write;
};

} // namespace relink
