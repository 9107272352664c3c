#pragma once

#include "parsed.h"

#include <QString>

namespace relink {

// What starting Relink from a ticket asks for: a link to fill in and check. Never a base URL,
// a key or a credential value; nothing is sent until the agent presses Update.
struct LaunchRequest
{
    QString linkId;      // a valid link id, in lower case
    QString environment; // "sandbox" or "production"; empty: keep the current one
    QString ticket;      // the ticket's reference, for the history record; may be empty
};

// Limits on what a launch argument may carry (see parseLaunchArgument).
constexpr qsizetype kMaxLaunchArgumentLength = 2048; // UTF-16 code units, the whole argument
constexpr int kMaxTicketLength = 100;                // characters (code points)

// Reads the one argument `relink` is started with (also what a second `relink` hands to the
// running window, and what macOS delivers when a relink:// link is opened):
//  - a link id: 3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c;
//  - an http(s) dashboard or API URL that contains it (findLinkId finds the id; nothing else
//    is taken from such a URL: not its host, not its query);
//  - relink://link/LINK_ID?environment=sandbox|production&ticket=REF, both keys optional, each
//    at most once, percent-encoded as in any URL ('+' is a plus sign, not a space).
// A relink:// link that carries anything else (another key such as base_url, password or
// secret_id, another host than "link", more path segments, a user, port or fragment, another
// environment) is refused whole: nothing of it is used. A ticket is at most 100 printable
// characters (letters, digits, punctuation, symbols, spaces: no control, format or private-use
// character); spaces around it are dropped and an empty one is no ticket. Anything over 2048
// characters is refused. The error is a translated message saying what was wrong and what to
// do; it never repeats a value from the argument.
Parsed<LaunchRequest> parseLaunchArgument(const QString &argument);

// Why `ticket` (already trimmed) can't be a ticket reference: longer than 100 characters, or a
// control or invisible character in it; empty when it can.
QString ticketProblem(const QString &ticket);
// A short text a colleague reads (a ticket, an agent's name): at most 100 characters (code
// points), each a letter, mark, digit, punctuation, symbol or space — no control, format
// (bidirectional overrides, zero-width), surrogate, private-use or unassigned character, nor a
// line separator.
enum class ShortTextProblem { None, TooLong, Unprintable };
ShortTextProblem shortTextProblem(const QString &text);

} // namespace relink
