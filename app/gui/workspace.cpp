#include "workspace.h"

#include "belvosimulator.h"
#include "cacertificates.h"
#include "environment.h"
#include "historyservice.h"
#include "settings.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>

namespace relink {

namespace {
constexpr int kDemoDelayMs = 450; // long enough to see the busy state, short enough to not annoy
}

Workspace::Workspace(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_history(new HistoryService(this))
{
}

HistoryService *Workspace::ensureHistory()
{
    if (!m_history->hasLocation())
        m_history->useConfigured();
    return m_history;
}

QString Workspace::environmentLabel() const
{
    if (m_demo)
        return QStringLiteral("demo");
    const Parsed<QUrl> url = baseUrl();
    return relink::environmentLabel(m_environment, url ? *url.value : QUrl());
}

Workspace::~Workspace() = default;

void Workspace::loadPreferences()
{
    setCustomUrl(Settings::value(Setting::CustomUrl).toString());
    setTimeoutSeconds(Settings::value(Setting::TimeoutSeconds).toInt());
    setEnvironment(Settings::value(Setting::Environment).toString());
}

void Workspace::savePreferences() const
{
    Settings::setValue(Setting::Environment, m_environment);
    Settings::setValue(Setting::CustomUrl, m_customUrl);
    Settings::setValue(Setting::TimeoutSeconds, m_timeoutSeconds);
}

void Workspace::setEnvironment(const QString &name)
{
    if (name == m_environment)
        return;
    m_environment = name;
    invalidateClient();
}

void Workspace::setCustomUrl(const QString &url)
{
    if (url == m_customUrl)
        return;
    m_customUrl = url;
    invalidateClient();
}

void Workspace::setTimeoutSeconds(int seconds)
{
    m_timeoutSeconds = qBound(1, seconds, 600);
    invalidateClient();
}

void Workspace::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCa = certificates;
    m_extraCaFile.clear();
    // A connection kept open (or refused) under the old trust would otherwise be reused: the
    // network access manager caches connections by host, whatever the TLS configuration.
    m_nam->clearConnectionCache();
    invalidateClient();
}

QString Workspace::loadExtraCaFile(const QString &path)
{
    if (path.isEmpty()) {
        setExtraCaCertificates({});
        return {};
    }
    const Parsed<QList<QSslCertificate>> read = readCaCertificates(path);
    if (!read)
        return read.error;
    setExtraCaCertificates(*read.value);
    m_extraCaFile = path;
    return {};
}

bool Workspace::startDemo()
{
    if (m_demo)
        return true;
    m_demo = new BelvoSimulator(this);
    if (!m_demo->listen()) {
        delete m_demo;
        m_demo = nullptr;
        return false;
    }
    m_demo->setResponseDelayMs(kDemoDelayMs);
    invalidateClient();
    return true;
}

void Workspace::stopDemo()
{
    if (!m_demo)
        return;
    m_demo->deleteLater();
    m_demo = nullptr;
    invalidateClient();
}

bool Workspace::isProduction() const
{
    return !m_demo && m_environment == QLatin1StringView("production");
}

QString Workspace::keyEntryFor(const QString &environment, const QString &customUrl)
{
    if (environment == QLatin1StringView("custom")) {
        const Parsed<QUrl> url = validateBaseUrl(customUrl);
        return keychainKeyFor({}, url ? *url.value : QUrl());
    }
    return keychainKeyFor(environment, {});
}

QString Workspace::keyEntry() const
{
    return keyEntryFor(m_environment, m_customUrl);
}

Parsed<QUrl> Workspace::baseUrl() const
{
    if (m_demo)
        return Parsed<QUrl>::ok(m_demo->baseUrl());
    if (m_environment == QLatin1StringView("custom"))
        return validateBaseUrl(m_customUrl);
    return resolveBaseUrl(m_environment, {});
}

bool Workspace::hasKeys() const
{
    return m_demo || m_keys.value(keyEntry()).isComplete();
}

void Workspace::setSessionKeys(const QString &entry, const ApiKeys &keys)
{
    ++m_keyGeneration[entry]; // a keychain read still on its way is older than these
    m_keys.insert(entry, keys);
    m_sources.insert(entry, KeySource::SessionOnly);
    invalidateClient();
}

namespace {
// `done`, run only while `receiver` exists: the keychain's answer can outlive a closed dialog.
Workspace::KeysDone guardedBy(QObject *receiver, Workspace::KeysDone done)
{
    Q_ASSERT(!done || receiver);
    if (!done)
        return {};
    return [receiver = QPointer<QObject>(receiver),
            done = std::move(done)](const KeychainOutcome &out) {
        if (receiver)
            done(out);
    };
}
} // namespace

void Workspace::loadKeys(const QString &entry, QObject *receiver, KeysDone done)
{
    const int generation = m_keyGeneration.value(entry);
    keystore::read(entry, this,
                   [this, entry, generation,
                    done = guardedBy(receiver, std::move(done))](const KeychainOutcome &out) {
                       // Keys set, saved or forgotten since the read began are newer: they stay.
                       if (out.status == KeychainOutcome::Status::Ok &&
                           m_keyGeneration.value(entry) == generation) {
                           m_keys.insert(entry, out.keys);
                           m_sources.insert(entry, KeySource::Keychain);
                           invalidateClient();
                       }
                       if (done)
                           done(out);
                   });
}

void Workspace::saveKeys(const QString &entry, const ApiKeys &keys, QObject *receiver,
                         KeysDone done)
{
    const int generation = ++m_keyGeneration[entry];
    keystore::write(entry, keys, this,
                    [this, entry, keys, generation,
                     done = guardedBy(receiver, std::move(done))](const KeychainOutcome &out) {
                        if (out.status == KeychainOutcome::Status::Ok &&
                            m_keyGeneration.value(entry) == generation) {
                            m_keys.insert(entry, keys);
                            m_sources.insert(entry, KeySource::Keychain);
                            invalidateClient();
                        }
                        if (done)
                            done(out);
                    });
}

void Workspace::forgetKeys(const QString &entry, QObject *receiver, KeysDone done)
{
    ++m_keyGeneration[entry];
    m_keys.remove(entry);
    m_sources.remove(entry);
    invalidateClient();
    keystore::remove(entry, this,
                     [done = guardedBy(receiver, std::move(done))](const KeychainOutcome &out) {
                         if (done)
                             done(out);
                     });
}

ClientConfig Workspace::configFor(const QUrl &baseUrl, const ApiKeys &keys) const
{
    ClientConfig config;
    config.baseUrl = baseUrl;
    config.secretId = keys.secretId;
    config.secretPassword = keys.secretPassword;
    config.timeoutMs = m_timeoutSeconds * 1000;
    config.extraCaCertificates = m_extraCa;
    return config;
}

BelvoClient *Workspace::client()
{
    if (!m_client) {
        const Parsed<QUrl> url = baseUrl();
        ApiKeys keys = m_keys.value(keyEntry());
        if (m_demo)
            keys = {BelvoSimulator::kDemoSecretId, BelvoSimulator::kDemoSecretPassword};
        // An invalid URL still yields a client: its operations refuse with the reason.
        m_client = new BelvoClient(m_nam, configFor(url ? *url.value : QUrl(), keys), this);
    }
    return m_client;
}

BelvoClient *Workspace::clientFor(const QString &environment, const QString &customUrl,
                                  const ApiKeys &keys, QObject *parent)
{
    const Parsed<QUrl> url = environment == QLatin1StringView("custom")
                                 ? validateBaseUrl(customUrl)
                                 : resolveBaseUrl(environment, {});
    return new BelvoClient(m_nam, configFor(url ? *url.value : QUrl(), keys), parent);
}

void Workspace::invalidateClient()
{
    // Operations already running keep their own copy of the configuration and finish normally;
    // the old client is deleted once they are done (they are its children).
    if (m_client) {
        BelvoClient *old = m_client;
        m_client = nullptr;
        old->setParent(nullptr);
        const auto running = old->findChildren<Operation *>();
        if (running.isEmpty()) {
            old->deleteLater();
        } else {
            for (Operation *op : running)
                op->setParent(this);
            old->deleteLater();
        }
    }
    emit changed();
}

void Workspace::choose(const QString &name)
{
    if (name == QLatin1StringView("demo")) {
        startDemo();
        return;
    }
    stopDemo();
    setEnvironment(name);
    if (keySource(keyEntry()) == KeySource::None)
        loadKeys(keyEntry());
}

} // namespace relink
