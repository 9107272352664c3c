#include "agent.h"

#include "launchrequest.h"
#include "settings.h"
#include "visibletext.h"

#include <QCoreApplication>

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

QString agentNameProblem(const QString &name)
{
    switch (shortTextProblem(name)) {
    case ShortTextProblem::TooLong:
        return QCoreApplication::translate("relink::agent",
                                           "The agent's name is longer than %1 characters.")
            .arg(kMaxTicketLength);
    case ShortTextProblem::Unprintable:
        return QCoreApplication::translate(
            "relink::agent", "The agent's name holds a control or invisible character.");
    case ShortTextProblem::None:
        break;
    }
    return {};
}

QString currentAgent()
{
    const QString fromEnv = qEnvironmentVariable("RELINK_AGENT").trimmed();
    if (!fromEnv.isEmpty() && agentNameProblem(fromEnv).isEmpty())
        return fromEnv;
    const QString chosen = Settings::value(Setting::AgentName).toString().trimmed();
    if (!chosen.isEmpty() && agentNameProblem(chosen).isEmpty())
        return chosen;
    const QString login = loginName();
    return agentNameProblem(login).isEmpty() ? login : visibleText(login).left(kMaxTicketLength);
}

} // namespace relink
