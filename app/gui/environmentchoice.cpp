#include "environmentchoice.h"

#include <QComboBox>
#include <QCoreApplication>

namespace relink {

QString environmentTitle(const QString &name)
{
    if (name == QLatin1StringView("sandbox"))
        return QCoreApplication::translate("relink::environment", "Sandbox");
    if (name == QLatin1StringView("development"))
        return QCoreApplication::translate("relink::environment", "Development");
    if (name == QLatin1StringView("production"))
        return QCoreApplication::translate("relink::environment", "Production");
    if (name == QLatin1StringView("demo"))
        return QCoreApplication::translate("relink::environment", "Demo (built-in simulator)");
    return QCoreApplication::translate("relink::environment", "Custom URL");
}

void fillEnvironmentCombo(QComboBox *combo)
{
    combo->clear();
    for (const char *name : {"sandbox", "production", "custom"})
        combo->addItem(environmentTitle(QString::fromLatin1(name)), QString::fromLatin1(name));
}

void selectEnvironment(QComboBox *combo, const QString &name)
{
    const int index = combo->findData(name);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace relink
