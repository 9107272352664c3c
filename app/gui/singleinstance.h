#pragma once

#include <QLoggingCategory>
#include <QObject>

class QLocalServer;
class QLocalSocket;

// Starting Relink from a ticket: the one instance, the links it is handed (never a ticket).
Q_DECLARE_LOGGING_CATEGORY(lcLaunch)

namespace relink {

// One Relink per user session: the first instance listens on a local socket, and a second
// `relink …` hands its argument over (SingleInstance::sendToRunning) and exits.
//
// The socket lives in the user's runtime directory (QStandardPaths::RuntimeLocation, i.e.
// $XDG_RUNTIME_DIR; $TMPDIR on macOS), which must be the user's own and closed to everyone else
// (0700); the socket itself is made owner-only (QLocalServer::UserAccessOption) and checked,
// and a second start sends only to an owner-only socket there. Its name is scoped by
// the display ($WAYLAND_DISPLAY, else $DISPLAY), by `scope` ("demo" for --demo, so a demo window
// never receives a real link) and by $RELINK_INSTANCE_NAME (tests). On Windows it is a named
// pipe scoped by the user name, open to that user only. Without a private runtime directory
// there is no single instance: each start is its own window.
//
// A message is the raw argument, UTF-8, after its length (4 bytes, big-endian): at most
// kMaxMessageBytes. The receiver answers one byte once it has it, and re-parses and validates the
// argument (parseLaunchArgument); nothing else crosses. An empty argument: "come to the front".
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxMessageBytes = 8192;

    explicit SingleInstance(const QString &scope = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Starts listening, as the first instance. A socket left by an instance that crashed is
    // removed first. False when another instance is listening, when there is no private runtime
    // directory, or when the socket cannot be made or is not owner-only (then nothing listens).
    bool listen();
    bool isListening() const;
    // Where it listens (or would): a socket's path, a pipe's name; empty without a private place.
    QString serverName() const { return m_name; }

    static QString serverNameFor(const QString &scope = {});
    // Hands `argument` to the instance listening for `scope`; true once it confirmed receipt.
    // Runs the event loop meanwhile (at most timeoutMs). An argument over kMaxMessageBytes is cut
    // to fit; parseLaunchArgument refuses anything that long (it stays over its own limit).
    static bool sendToRunning(const QString &argument, int timeoutMs, const QString &scope = {});

signals:
    // A second instance's argument, as it was given (validate it before use).
    void argumentReceived(const QString &argument);

private:
    void acceptConnections();
    void readMessage(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server;
};

} // namespace relink
