#pragma once

#include <QString>

class QComboBox;

namespace relink {

// The environments a user can pick in the desktop app, with their translated names.
void fillEnvironmentCombo(QComboBox *combo);
void selectEnvironment(QComboBox *combo, const QString &name);
QString environmentTitle(const QString &name);

} // namespace relink
