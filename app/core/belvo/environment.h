#pragma once

#include "parsed.h"

#include <QStringList>
#include <QUrl>

namespace relink {

// The named Belvo environments and their base URLs.
QStringList environmentNames();               // sandbox, development, production
QUrl environmentBaseUrl(const QString &name); // empty when the name is unknown

bool isLoopbackHost(const QString &host);

// A base URL Relink will talk to: https, or http only to a loopback host; no user info, query
// or fragment. Returns the normalised URL (no trailing slash) or a message saying what to fix.
Parsed<QUrl> validateBaseUrl(const QString &text);

// Resolves --env / --base-url (or the GUI's choice): a URL wins over a name.
Parsed<QUrl> resolveBaseUrl(const QString &environmentName, const QString &customUrl);

// The keychain entry under which the desktop app stores the keys for an environment
// ("sandbox", "production", … or "custom:<scheme://host[:port]/path>", the whole base URL).
// An environment's own entry only when baseUrl is empty or that environment's URL.
QString keychainKeyFor(const QString &environmentName, const QUrl &baseUrl);

// How the history names where an update went: "sandbox", "production", "demo", "custom:host".
QString environmentLabel(const QString &environmentName, const QUrl &baseUrl);

} // namespace relink
