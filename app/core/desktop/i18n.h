#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace relink::i18n {

// The languages Relink speaks: "en" (the source), "es", "pt_BR".
QStringList availableLanguages();
// A language's own name ("Español"); the system default for an empty code.
QString languageName(const QString &code);
// Loads Relink's and Qt's translations for `code`, or for the system locale when it is empty.
// Returns the language in use.
QString install(QCoreApplication *app, const QString &code = {});

} // namespace relink::i18n
