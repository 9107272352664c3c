#pragma once

#include <QString>

class QComboBox;
class QLabel;
class QWidget;

namespace relink {

// The environments a user can pick in the desktop app, with their translated names.
void fillEnvironmentCombo(QComboBox *combo);
void selectEnvironment(QComboBox *combo, const QString &name);
// Selects the environment in use without signalling; "demo" is offered only once demo mode ran.
void showEnvironmentChoice(QComboBox *combo, bool demo, const QString &environment);
QString environmentTitle(const QString &name);
// The environment badge and the window title: production in red, in words and in the title.
void showEnvironment(QLabel *badge, QWidget *window, const QString &name, bool production);

} // namespace relink
