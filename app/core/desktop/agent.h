#pragma once

#include <QString>

namespace relink {

// Who is at the desk: RELINK_AGENT, else the display name set in Settings (Setting::AgentName),
// else the operating system's login name. A name is what the team's colleagues read in their
// history and terminals: printable and at most 100 characters (agentNameProblem()); one that
// is not (set by hand in the settings file, or in RELINK_AGENT) is passed over.
QString currentAgent();
// Why `name` can't be an agent's name (translated: what, what to do), or empty: as a ticket,
// printable characters only (no control, format or invisible one) and at most 100.
QString agentNameProblem(const QString &name);
QString loginName();

} // namespace relink
