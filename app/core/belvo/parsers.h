#pragma once

#include "apierror.h"
#include "belvolink.h"
#include "institution.h"
#include "mfachallenge.h"
#include "parsed.h"
#include "widgettoken.h"

#include <QByteArray>
#include <QJsonValue>

class QDateTime;

// Pure functions: bytes in, typed values out. No I/O, no state; tests and fuzzers call them
// directly. None of them throws or crashes on any input.
namespace relink::parse {

// A link object (2xx answers of GET/PUT /api/links/{id}/ and PATCH /api/links/).
Parsed<Link> link(const QByteArray &body);
Parsed<Link> linkFromJson(const QJsonObject &object);

// Belvo's error answers: an array of {code, message, field, request_id}, a single object
// ({"detail": …} included), or anything else (HTML from a proxy, plain text, nothing).
// Never empty: a body that says nothing useful becomes one error describing the answer.
QList<ApiError> apiErrors(const QByteArray &body, int httpStatus);

// True when the body is a JSON array whose objects look like Belvo errors (have a "code").
bool isErrorList(const QByteArray &body);

// The body of a 428 token_required answer: the array shape and the legacy bare object.
Parsed<MfaChallenge> mfaChallenge(const QByteArray &body);

// GET /api/institutions/?name=…: a paginated {"results": […]}, a bare array or one object.
// Picks the institution called `name` when several come back.
Parsed<Institution> institution(const QByteArray &body, const QString &name);

// POST /api/token/: {"access", "refresh", "expires_in"?}. Only the access token is kept. Its
// lifetime: `expires_in` when the answer has one; else the access token's (a JWT's) exp - iat
// when both are there; else 600 seconds (Belvo's documented 10 minutes). At most one day.
Parsed<WidgetToken> widgetToken(const QByteArray &body);

// "numeric", "QR code", "qr_code", "inputless" … (Belvo's documents disagree on spelling).
TokenType tokenType(const QString &typeName);

// expiry as a number or a numeric string; -1 when absent, non-positive or not a number;
// capped at one day.
int expirySeconds(const QJsonValue &value);

// Retry-After as delay-seconds or an HTTP date; -1 when absent or unreadable.
int retryAfterSeconds(const QByteArray &headerValue, const QDateTime &now);

} // namespace relink::parse
