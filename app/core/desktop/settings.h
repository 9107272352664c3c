#pragma once

#include <QString>
#include <QVariant>

namespace relink {

// Every setting Relink keeps, named once (KeePassXC's ConfigKey is the model).
enum class Setting {
    Language,             // the interface language ("" : the system's)
    ExtraCaFile,          // a PEM file of extra CA certificates (read at start-up)
    Environment,          // sandbox, production or custom
    CustomUrl,            // the custom base URL
    TimeoutSeconds,       // how long to wait for Belvo's answer
    WindowGeometry,       // the main window's place and size
    HistoryUrl,           // where the history lives (HistoryLocation::parse)
    AgentName,            // who is recording ("" : the login name)
    HistoryRetentionDays, // attempts older than this are pruned at start-up
    LinksDockOpen,        // Links needing attention was open beside the form at the last close
    LinksDockArea,        // which side of the main window it sits on (a Qt::DockWidgetArea)
    LinksDockSize,        // its width (or height at the bottom) in pixels; 0: the default
    // The pre-flight before an update or a hand-off (PreflightPolicy): which findings ask to
    // confirm. Shared: relink-cli asks (or stops with exit 9) for the same ones.
    PreflightLoginErrors,     // login errors in 24 h from which to confirm (0: never)
    PreflightConfirmBankDown, // a bank Belvo reports down
    PreflightConfirmHandoff,  // a hand-off of this link still open
    PreflightConfirmClaimed,  // another agent on this link
};

// The settings file, and the one place that reads or writes it. Each setting has a key, a scope
// and a default in one table (settings.cpp). The file is the desktop app's (organization
// "Relink", application "relink"), which relink-cli reads too; a test program keeps its own.
// Never a key, a token or a credential: those are in the keychain or in memory only.
class Settings
{
public:
    enum class Scope {
        Desktop, // the desktop app's alone
        Shared,  // read by relink-cli as well (the history address, the agent's name)
    };

    // The stored value, else the default.
    static QVariant value(Setting setting);
    static bool contains(Setting setting);
    // An empty (or only blank) string removes the setting: its default applies again.
    static void setValue(Setting setting, const QVariant &value);
    static void remove(Setting setting);

    static QString key(Setting setting);
    static Scope scope(Setting setting);
    static QVariant defaultValue(Setting setting);
};

} // namespace relink
