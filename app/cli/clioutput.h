#pragma once

#include "updateflow.h"

#include <QJsonObject>
#include <QString>

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
constexpr int Interrupted = 130;
} // namespace exitcode

int exitCodeFor(UpdateOutcome::Kind kind);

void out(const QString &text);
void err(const QString &text);
// An object as indented JSON on stdout.
void printJson(const QJsonObject &object);

QJsonObject challengeJson(const MfaChallenge &challenge);
// --json on failure: {http_status, errors: [{code, message, field, request_id}], retry_after,
// exit_code} and, when no answer from Belvo explains it, {failure: {kind, message}}.
QJsonObject failureJson(const UpdateOutcome &outcome);
// What ends a run before or without Belvo (bad usage, an interrupt, an unreadable history), in
// the same shape: {"failure": {"kind": kind, "message"}, "exit_code": exitCode, …}.
QJsonObject localFailureJson(const QString &kind, const QString &message, int exitCode);
// Prints it (JSON on stdout with --json) and the message on stderr; returns exitCode.
int printLocalFailure(const QString &kind, const QString &message, int exitCode, bool json);

// Prints the outcome (the link, the pending challenge, or the errors) and returns the exit code.
int printOutcome(const UpdateOutcome &outcome, bool json);
// The next step for a challenge left unanswered (never a token in the command line).
QString resumeHint(const MfaChallenge &challenge);

} // namespace relink::cli
