#include "agent.h"

#include "settings.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace relink {

QString loginName()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    const QString user = qEnvironmentVariable("USERNAME"); // Windows
    return user.isEmpty() ? qEnvironmentVariable("USER") : user;
}

QString currentAgent()
{
    const QString fromEnv = qEnvironmentVariable("RELINK_AGENT").trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv.left(100);
    const QString chosen = Settings::value(Setting::AgentName).toString().trimmed();
    return chosen.isEmpty() ? loginName() : chosen.left(100);
}

} // namespace relink
