#pragma once

#include "belvoclient.h"
#include "keystore.h"

#include <QHash>
#include <QObject>
#include <QSslCertificate>

class QNetworkAccessManager;

namespace relink {

class BelvoSimulator;
class HistoryService;

// Where the desktop app is pointed and with which keys: the environment, the API keys (held in
// memory, loaded from and saved to the keychain) and demo mode. No widgets here.
class Workspace : public QObject
{
    Q_OBJECT
public:
    enum class KeySource { None, Keychain, SessionOnly };

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // "sandbox", "production", "development" or "custom"; demo mode overrides all of them.
    QString environment() const { return m_environment; }
    void setEnvironment(const QString &name);
    QString customUrl() const { return m_customUrl; }
    void setCustomUrl(const QString &url);
    int timeoutSeconds() const { return m_timeoutSeconds; }
    void setTimeoutSeconds(int seconds);
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    // Environment, custom URL and timeout, in Settings (never a key: those are in the keychain).
    void loadPreferences();
    void savePreferences() const;
    // Trusts the CA certificates in a PEM file as well as the system's (networks that inspect
    // TLS); an empty path: the system's alone again. Returns why the file cannot be used (and
    // then nothing changes), or an empty string.
    QString loadExtraCaFile(const QString &path);
    QString extraCaFile() const { return m_extraCaFile; }
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCa; }

    bool isDemo() const { return m_demo != nullptr; }
    // Starts the built-in simulator and points everything at it.
    bool startDemo();
    void stopDemo();
    // The environment the agent chose by name ("demo", "sandbox", "production", "custom"):
    // demo mode on or off, and the chosen environment's keys loaded when none are in use.
    void choose(const QString &name);
    BelvoSimulator *simulator() const { return m_demo; }
    // The update history as it is (tests and the canary point it at a place of their own).
    HistoryService *history() const { return m_history; }
    // The update history, pointed at the configured place (HistoryLocation::configured()) on
    // first use; it opens on its own thread, and says what goes wrong in problem().
    HistoryService *ensureHistory();
    // A label for the history: "sandbox", "production", "demo", "custom:host".
    QString environmentLabel() const;

    bool isProduction() const;
    // The base URL in use, or an explanation of why there is none.
    Parsed<QUrl> baseUrl() const;
    // The keychain entry of the current environment.
    QString keyEntry() const;
    static QString keyEntryFor(const QString &environment, const QString &customUrl);

    ApiKeys keys(const QString &entry) const { return m_keys.value(entry); }
    KeySource keySource(const QString &entry) const { return m_sources.value(entry); }
    bool hasKeys() const;
    // Keys for this session only (memory, never written anywhere).
    void setSessionKeys(const QString &entry, const ApiKeys &keys);
    // The keychain answers later, sometimes much later (an unlock prompt): `done` gets the
    // outcome only while `receiver` (what `done` works on) still exists; what the workspace
    // itself does with the answer (keys in memory) happens either way.
    using KeysDone = std::function<void(const KeychainOutcome &)>;
    // Reads the entry from the keychain into memory.
    void loadKeys(const QString &entry, QObject *receiver = nullptr, KeysDone done = {});
    // Saves to the keychain; on success the keys are also used now.
    void saveKeys(const QString &entry, const ApiKeys &keys, QObject *receiver, KeysDone done);
    // Stops using the keys now and removes them from the keychain.
    void forgetKeys(const QString &entry, QObject *receiver, KeysDone done);

    // A client for the current environment and keys (rebuilt when they change).
    BelvoClient *client();
    // A client for explicit settings (Settings' "Test connection").
    BelvoClient *clientFor(const QString &environment, const QString &customUrl,
                           const ApiKeys &keys, QObject *parent);

signals:
    void changed();

private:
    ClientConfig configFor(const QUrl &baseUrl, const ApiKeys &keys) const;
    void invalidateClient();

    QNetworkAccessManager *m_nam;
    HistoryService *m_history;
    BelvoClient *m_client = nullptr;
    BelvoSimulator *m_demo = nullptr;
    QString m_environment = QStringLiteral("sandbox");
    QString m_customUrl;
    int m_timeoutSeconds = 120;
    QList<QSslCertificate> m_extraCa;
    QString m_extraCaFile;
    QHash<QString, ApiKeys> m_keys;
    QHash<QString, KeySource> m_sources;
    QHash<QString, int> m_keyGeneration; // bumped by every change: late keychain answers lose
};

} // namespace relink
