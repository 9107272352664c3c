#include "environmentchoice.h"

#include "accessibility.h"

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
    // The words say it (not the colour alone); their colour is chosen for contrast with the
    // badge, so they stay readable in a dark or high-contrast palette.
    QColor background(0xe8, 0xee, 0xfc);
    QColor preferred(0x1a, 0x3a, 0x8a);
    bool bold = false;
    if (production) {
        text =
            QCoreApplication::translate("relink::MainWindow", "PRODUCTION: real customers' banks");
        background = QColor(0xb3, 0x26, 0x1e);
        preferred = Qt::white;
        bold = true;
    } else if (demo) {
        background = QColor(0xff, 0xf3, 0xc4);
        preferred = QColor(0x3d, 0x2f, 0x00);
    }
    badge->setVisible(!demo); // the demo banner says it louder
    badge->setText(text);
    badge->setStyleSheet(badgeStyle(background, preferred, bold));
    // Ends with the application's display name, so the platform does not add it a second time.
    window->setWindowTitle(
        QCoreApplication::translate("relink::MainWindow", "%1 — Relink")
            .arg(production ? QCoreApplication::translate("relink::MainWindow", "PRODUCTION")
                            : environmentTitle(name)));
    window->setAccessibleName(window->windowTitle());
}

} // namespace relink
