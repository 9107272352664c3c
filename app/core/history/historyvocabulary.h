#pragma once

#include "result.h"

#include <QString>

namespace relink {

// The history's vocabulary: the steps an attempt takes and the outcomes it ends with. The store
// keeps them as strings (users' scripts read them in relink-cli's JSON and CSV); they are
// spelled here, and nowhere else.

// A step: what was sent (PUT, PATCH, GET), what ended an MFA session (CANCEL, EXPIRED), or a
// hand-off's (TOKEN: a widget token minted; WATCH: its watch ended).
// Override: the agent went ahead past what the pre-flight asked to confirm (its outcome names
// the findings: "confirmed:login_errors,open_handoff").
enum class HistoryStep { Put, Patch, Get, Cancel, Expired, Token, Watch, Override };

// "PUT", "PATCH", "GET", "CANCEL", "EXPIRED", "TOKEN", "OVERRIDE"; WATCH with the link status last
// seen, when there was one: "WATCH valid".
QString historyStepLabel(HistoryStep step, const QString &linkStatus = {});
// A SQL condition true for the steps of a hand-off (TOKEN, WATCH …) of `column`.
QString historyHandoffStepCondition(const QString &column);

// An attempt's outcome. BelvoError, HttpError and Transport carry a detail (Belvo's error code,
// the HTTP status, the transport failure's name).
enum class HistoryOutcome {
    Started,    // "started": nothing answered yet
    Success,    // "success": the link came back (or the customer made it valid)
    Accepted,   // "accepted": a 2xx without the link; it is read back
    Mfa,        // "mfa": the bank asked for a token
    HandedOff,  // "handed_off": the customer has a link, nobody watched it to its end
    Waiting,    // "waiting": a hand-off's watch ran out before the link was valid
    Cancelled,  // "cancelled"
    BelvoError, // "error:<code>"
    HttpError,  // "http:<status>"
    Transport,  // "transport:<name>"
    Unknown,    // "unknown"
};

// As stored. Without a detail, the three kinds that take one give their prefix ("error:"), which
// the History window filters on.
QString historyOutcomeName(HistoryOutcome outcome, const QString &detail = {});
// What an answer makes of an attempt: success, accepted, mfa, handed_off (a widget token),
// error:<code>, http:<status>, cancelled or transport:<name>.
QString historyOutcomeOf(const Result &result);
// handed_off or waiting: a hand-off that may still end well.
bool isOpenHandoffOutcome(const QString &stored);

} // namespace relink
