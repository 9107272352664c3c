#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace relink::i18n {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt_BR")};
}

QString languageName(const QString &code)
{
    if (code.isEmpty())
        return QCoreApplication::translate("relink::i18n", "System language");
    if (code == QLatin1StringView("en"))
        return QStringLiteral("English");
    if (code == QLatin1StringView("es"))
        return QStringLiteral("Español");
    if (code == QLatin1StringView("pt_BR"))
        return QStringLiteral("Português (Brasil)");
    return code;
}

QString install(QCoreApplication *app, const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    auto *relink = new QTranslator(app);
    if (relink->load(locale, QStringLiteral("relink"), QStringLiteral("_"),
                     QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(relink);
    } else {
        delete relink;
        return QStringLiteral("en");
    }
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name();
}

} // namespace relink::i18n
