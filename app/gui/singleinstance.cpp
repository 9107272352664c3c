#include "singleinstance.h"

#include "launchrequest.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>
#include <QtEndian>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcLaunch, "relink.gui.launch", QtWarningMsg)

namespace relink {

namespace {

constexpr char kAck = '\x06';
constexpr int kHeaderBytes = 4;
// A sender that connects and says nothing is dropped after this long.
constexpr int kReadTimeoutMs = 5000;
// A cut argument is still over parseLaunchArgument's limit (a UTF-16 unit is at most 3 bytes of
// UTF-8, and a cut loses at most 3 bytes), so it is refused, never opened shortened.
static_assert(SingleInstance::kMaxMessageBytes - 3 > 3 * kMaxLaunchArgumentLength);

// Letters, digits, '-', '_' and '.' of `text`, at most 40 of them: a safe part of a name.
QString namePart(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.'))
            out += c;
    }
    return out.left(40);
}

QString baseName(const QString &scope)
{
    QString name = QStringLiteral("relink");
    QString display = namePart(qEnvironmentVariable("WAYLAND_DISPLAY"));
    if (display.isEmpty()) // ":0", ":0.0" → "x0"
        display = namePart(QStringLiteral("x") +
                           qEnvironmentVariable("DISPLAY").section(QLatin1Char('.'), 0, 0));
    if (display.size() > 1)
        name += QLatin1Char('-') + display;
    for (const QString &part :
         {namePart(scope), namePart(qEnvironmentVariable("RELINK_INSTANCE_NAME"))}) {
        if (!part.isEmpty())
            name += QLatin1Char('-') + part;
    }
    return name;
}

#ifndef Q_OS_WIN
// Owned by this user and closed to group and others.
bool isPrivate(const QFileInfo &info)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return info.exists() && info.ownerId() == ::geteuid() && !(info.permissions() & others);
}
#endif

// Another instance answers on `name` (a crashed one leaves a socket nobody accepts on).
bool isAnswering(const QString &name)
{
    QLocalSocket probe;
    probe.connectToServer(name);
    const bool answering = probe.waitForConnected(1000);
    probe.abort();
    return answering;
}

} // namespace

SingleInstance::SingleInstance(const QString &scope, QObject *parent)
    : QObject(parent), m_name(serverNameFor(scope)), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(8);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
}

SingleInstance::~SingleInstance() = default; // QLocalServer removes its socket when it closes

QString SingleInstance::serverNameFor(const QString &scope)
{
#ifdef Q_OS_WIN
    // A pipe's name is machine-wide: the user's name scopes it, UserAccessOption guards it.
    return baseName(scope) + QLatin1Char('-') + namePart(qEnvironmentVariable("USERNAME"));
#else
#ifdef Q_OS_MACOS
    // macOS has no XDG runtime directory; $TMPDIR is the user's own (/var/folders/…/T, 0700).
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
#else
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
#endif
    if (dir.isEmpty() || !isPrivate(QFileInfo(dir))) {
        qCWarning(lcLaunch, "The runtime directory is missing or open to other users: each "
                            "start of Relink opens a window of its own.");
        return {};
    }
    const QString path = QDir(dir).filePath(baseName(scope) + QStringLiteral(".socket"));
    if (QFile::encodeName(path).size() > 100) { // sun_path holds 108 bytes
        qCWarning(lcLaunch, "The runtime directory's path is too long for a local socket: each "
                            "start of Relink opens a window of its own.");
        return {};
    }
    return path;
#endif
}

bool SingleInstance::listen()
{
    if (m_name.isEmpty() || m_server->isListening())
        return m_server->isListening();
    if (isAnswering(m_name)) {
        qCDebug(lcLaunch, "Another Relink is listening already.");
        return false;
    }
    // What is there now is a leftover: listen() would fail on it. (Two instances starting at the
    // same moment after a crash could both get here; the later one wins the name, and the other
    // is a window of its own.)
    if (QFileInfo::exists(m_name) && QLocalServer::removeServer(m_name))
        qCDebug(lcLaunch, "Removed a socket left by an earlier Relink.");
    if (!m_server->listen(m_name)) {
        qCWarning(lcLaunch,
                  "Cannot listen for other starts of Relink (%s): each start opens a "
                  "window of its own.",
                  qPrintable(m_server->errorString()));
        return false;
    }
#ifndef Q_OS_WIN
    if (!isPrivate(QFileInfo(m_server->fullServerName()))) {
        qCWarning(lcLaunch, "The local socket is not owner-only; it is closed again.");
        m_server->close();
        return false;
    }
#endif
    qCDebug(lcLaunch, "Listening for other starts of Relink.");
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        socket->setReadBufferSize(kHeaderBytes + kMaxMessageBytes);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        QTimer::singleShot(kReadTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        readMessage(socket);
    }
}

void SingleInstance::readMessage(QLocalSocket *socket)
{
    if (socket->bytesAvailable() < kHeaderBytes)
        return;
    uchar header[kHeaderBytes];
    socket->peek(reinterpret_cast<char *>(header), kHeaderBytes);
    const quint32 length = qFromBigEndian<quint32>(header);
    if (length > quint32(kMaxMessageBytes)) {
        qCWarning(lcLaunch,
                  "Dropped a message of %u bytes from another start of Relink (the "
                  "limit is %d).",
                  length, kMaxMessageBytes);
        socket->abort();
        socket->deleteLater();
        return;
    }
    if (socket->bytesAvailable() < kHeaderBytes + qint64(length))
        return;
    socket->skip(kHeaderBytes);
    const QString argument = QString::fromUtf8(socket->read(length));
    socket->write(&kAck, 1);
    socket->flush();
    socket->disconnectFromServer();
    qCDebug(lcLaunch, "Another start of Relink handed over its argument (%u bytes).", length);
    emit argumentReceived(argument);
}

bool SingleInstance::sendToRunning(const QString &argument, int timeoutMs, const QString &scope)
{
    const QString name = serverNameFor(scope);
    if (name.isEmpty())
        return false;
#ifndef Q_OS_WIN
    if (!QFileInfo::exists(name))
        return false; // nobody listens
    if (!isPrivate(QFileInfo(name))) {
        qCWarning(lcLaunch, "The local socket is not owner-only; nothing is sent to it.");
        return false;
    }
#endif
    QByteArray payload = argument.toUtf8();
    if (payload.size() > kMaxMessageBytes) {
        payload.truncate(kMaxMessageBytes);
        while (!payload.isEmpty() && (uchar(payload.back()) & 0xC0) == 0x80)
            payload.chop(1); // continuation bytes of a cut character
        if (!payload.isEmpty() && uchar(payload.back()) >= 0xC0)
            payload.chop(1); // its lead byte
    }
    uchar header[kHeaderBytes];
    qToBigEndian<quint32>(quint32(payload.size()), header);
    const QByteArray message =
        QByteArray(reinterpret_cast<const char *>(header), kHeaderBytes) + payload;

    QLocalSocket socket;
    QEventLoop loop;
    bool acknowledged = false;
    connect(&socket, &QLocalSocket::connected, &loop,
            [&socket, &message] { socket.write(message); });
    connect(&socket, &QLocalSocket::readyRead, &loop, [&] {
        acknowledged = socket.read(1) == QByteArray(1, kAck);
        loop.quit();
    });
    connect(&socket, &QLocalSocket::errorOccurred, &loop, &QEventLoop::quit);
    connect(&socket, &QLocalSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToServer(name);
    if (socket.state() != QLocalSocket::UnconnectedState)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!acknowledged && socket.bytesAvailable() > 0) // the answer came with the hang-up
        acknowledged = socket.read(1) == QByteArray(1, kAck);
    socket.abort();
    if (acknowledged)
        qCDebug(lcLaunch, "Handed the argument to the running Relink.");
    return acknowledged;
}

} // namespace relink
