#include "settings.h"

#include <QCoreApplication>
#include <QSettings>

#include <array>

namespace relink {

namespace {

struct Entry
{
    Setting setting;
    const char *key;
    Settings::Scope scope;
    QVariant defaultValue;
};

using S = Setting;
using Scope = Settings::Scope;

// The table: one row per Setting, in its order.
const std::array<Entry, 16> &table()
{
    static const std::array<Entry, 16> entries = {{
        {S::Language, "language", Scope::Desktop, QString()},
        {S::ExtraCaFile, "extraCaFile", Scope::Desktop, QString()},
        {S::Environment, "environment", Scope::Desktop, QStringLiteral("sandbox")},
        {S::CustomUrl, "customUrl", Scope::Desktop, QString()},
        {S::TimeoutSeconds, "timeoutSeconds", Scope::Desktop, 120},
        {S::WindowGeometry, "geometry", Scope::Desktop, QByteArray()},
        {S::HistoryUrl, "historyUrl", Scope::Shared, QString()},
        {S::AgentName, "agentName", Scope::Shared, QString()},
        {S::HistoryRetentionDays, "historyRetentionDays", Scope::Desktop, 90},
        {S::LinksDockOpen, "linksDock/open", Scope::Desktop, false},
        {S::LinksDockArea, "linksDock/area", Scope::Desktop, 1}, // Qt::LeftDockWidgetArea
        {S::LinksDockSize, "linksDock/size", Scope::Desktop, 0},
        {S::PreflightLoginErrors, "preflight/loginErrors", Scope::Shared, 2},
        {S::PreflightConfirmBankDown, "preflight/confirmBankDown", Scope::Shared, true},
        {S::PreflightConfirmHandoff, "preflight/confirmHandoff", Scope::Shared, true},
        {S::PreflightConfirmClaimed, "preflight/confirmClaimed", Scope::Shared, true},
    }};
    return entries;
}

const Entry &entry(Setting setting)
{
    const Entry &e = table().at(static_cast<std::size_t>(setting));
    Q_ASSERT(e.setting == setting);
    return e;
}

// The one QSettings of Relink. relink-cli reads the desktop app's file; any other program (a
// test) keeps its own.
template<typename F> auto withFile(F use)
{
    const QString app = QCoreApplication::applicationName();
    QSettings file(QCoreApplication::organizationName(),
                   app == QLatin1StringView("relink-cli") ? QStringLiteral("relink") : app);
    return use(file);
}

} // namespace

QVariant Settings::value(Setting setting)
{
    const Entry &e = entry(setting);
    return withFile(
        [&](QSettings &f) { return f.value(QLatin1StringView(e.key), e.defaultValue); });
}

bool Settings::contains(Setting setting)
{
    return withFile(
        [&](QSettings &f) { return f.contains(QLatin1StringView(entry(setting).key)); });
}

void Settings::setValue(Setting setting, const QVariant &value)
{
    const QLatin1StringView k(entry(setting).key);
    withFile([&](QSettings &f) {
        if (value.userType() == QMetaType::QString && value.toString().trimmed().isEmpty())
            f.remove(k);
        else
            f.setValue(k, value);
        return 0;
    });
}

void Settings::remove(Setting setting)
{
    withFile([&](QSettings &f) {
        f.remove(QLatin1StringView(entry(setting).key));
        return 0;
    });
}

QString Settings::key(Setting setting)
{
    return QLatin1StringView(entry(setting).key);
}

Settings::Scope Settings::scope(Setting setting)
{
    return entry(setting).scope;
}

QVariant Settings::defaultValue(Setting setting)
{
    return entry(setting).defaultValue;
}

} // namespace relink
