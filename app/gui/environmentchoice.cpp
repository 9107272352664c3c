#include "environmentchoice.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QSignalBlocker>

namespace relink {

void showEnvironmentChoice(QComboBox *combo, bool demo, const QString &environment)
{
    const QSignalBlocker block(combo);
    const QString demoName = QStringLiteral("demo");
    if (demo && combo->findData(demoName) < 0)
        combo->insertItem(0, environmentTitle(demoName), demoName);
    selectEnvironment(combo, demo ? demoName : environment);
}

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

void showEnvironment(QLabel *badge, QWidget *window, const QString &name, bool production)
{
    const bool demo = name == QLatin1StringView("demo");
    QString text = environmentTitle(name);
    QString style = QStringLiteral("background: #e8eefc; color: #1a3a8a;");
    if (production) {
        text =
            QCoreApplication::translate("relink::MainWindow", "PRODUCTION: real customers' banks");
        style = QStringLiteral("background: #b3261e; color: white; font-weight: bold;");
    } else if (demo) {
        style = QStringLiteral("background: #fff3c4; color: #3d2f00;");
    }
    badge->setVisible(!demo); // the demo banner says it louder
    badge->setText(text);
    badge->setStyleSheet(
        QStringLiteral("QLabel { %1 border-radius: 4px; padding: 2px 8px; }").arg(style));
    // Ends with the application's display name, so the platform does not add it a second time.
    window->setWindowTitle(
        QCoreApplication::translate("relink::MainWindow", "%1 — Relink")
            .arg(production ? QCoreApplication::translate("relink::MainWindow", "PRODUCTION")
                            : environmentTitle(name)));
}

} // namespace relink
