#pragma once

#include <QString>

namespace relink {

// Who is at the desk: RELINK_AGENT, else the display name set in Settings (Setting::AgentName),
// else the operating system's login name. At most 100 characters.
QString currentAgent();
QString loginName();

} // namespace relink
