// One Relink per session: the local socket (SingleInstance), the window's side of every launch
// (LaunchHandler), and the real `relink` started twice.
#include "launchhandler.h"
#include "singleinstance.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QFileOpenEvent>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <QtEndian>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace relink;

namespace {

const QString kId = QStringLiteral("3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c");

// No access for group and others.
bool closedToOthers(const QString &path)
{
    return !(QFile::permissions(path) & QFile::Permissions(0x0077));
}

QByteArray frame(quint32 length, const QByteArray &payload)
{
    uchar header[4];
    qToBigEndian(length, header);
    return QByteArray(reinterpret_cast<const char *>(header), 4) + payload;
}

// What `relink` prints (stderr: the relink.gui.launch.debug lines) as it runs.
class RunningRelink
{
public:
    RunningRelink(const QProcessEnvironment &env, const QStringList &args)
    {
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_process, &QProcess::readyRead,
                         [this] { m_output += m_process.readAll(); });
        m_process.start(QStringLiteral(RELINK_GUI_PATH), args);
    }
    ~RunningRelink()
    {
        m_process.kill();
        m_process.waitForFinished(10'000);
    }
    const QByteArray &output() const { return m_output; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
    QTemporaryDir m_runtime; // the user's runtime directory for these tests: 0700
    QTemporaryDir m_home;

    QString runtime() const { return m_runtime.path(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid() && m_home.isValid());
        QVERIFY(closedToOthers(runtime()));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime()));
    }

    void init()
    {
        // Each test its own name, so none can reach another's instance.
        qputenv("RELINK_INSTANCE_NAME", QTest::currentTestFunction());
    }

    void firstListensAndASecondStartHandsOver()
    {
        SingleInstance first;
        QVERIFY(first.serverName().startsWith(runtime() + '/'));
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::argumentReceived);
        const QString argument = QStringLiteral("relink://link/") + kId +
                                 QStringLiteral("?environment=sandbox&ticket=Caf%C3%A9-1");
        QVERIFY(SingleInstance::sendToRunning(argument, 5000));
        QCOMPARE(received.size(), 1); // received before the answer came back
        QCOMPARE(received.at(0).at(0).toString(), argument);

        // No argument: only "come to the front".
        QVERIFY(SingleInstance::sendToRunning(QString(), 5000));
        QCOMPARE(received.size(), 2);
        QCOMPARE(received.at(1).at(0).toString(), QString());

        // A second instance does not take over the name, and another scope is another name.
        SingleInstance second;
        QVERIFY(!second.listen());
        QVERIFY(SingleInstance::sendToRunning(kId, 5000));
        QCOMPARE(received.size(), 3);
        QVERIFY(!SingleInstance::sendToRunning(kId, 5000, QStringLiteral("demo")));
        QCOMPARE(received.size(), 3);
    }

    void nothingListening()
    {
        QVERIFY(!QFile::exists(SingleInstance::serverNameFor()));
        QVERIFY(!SingleInstance::sendToRunning(kId, 5000));
    }

    void theSocketIsOwnerOnly()
    {
        SingleInstance first;
        QVERIFY(first.listen());
        struct stat st = {};
        QCOMPARE(::lstat(QFile::encodeName(first.serverName()).constData(), &st), 0);
        QVERIFY(S_ISSOCK(st.st_mode));
        QCOMPARE(st.st_uid, ::geteuid());
        QCOMPARE(st.st_mode & 0077, 0u); // nobody else may even connect
    }

    void aSocketOthersMayUseIsNeverSentTo()
    {
        QLocalServer open;
        open.setSocketOptions(QLocalServer::WorldAccessOption);
        QVERIFY(open.listen(SingleInstance::serverNameFor()));
        QSignalSpy connections(&open, &QLocalServer::newConnection);
        QTest::ignoreMessage(QtWarningMsg,
                             "The local socket is not owner-only; nothing is sent to it.");
        QVERIFY(!SingleInstance::sendToRunning(kId, 5000));
        QCoreApplication::processEvents();
        QCOMPARE(connections.size(), 0);
        QVERIFY(!open.hasPendingConnections());
    }

    void aLooseRuntimeDirectoryIsNeverUsed()
    {
        QTemporaryDir loose;
        QVERIFY(QFile::setPermissions(loose.path(), QFile::Permissions(0x7755)));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(loose.path()));
        const QString name = SingleInstance::serverNameFor();
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime()));
        // Qt tightens such a directory itself; if it were left open, no socket would go there.
        if (!name.isEmpty())
            QVERIFY(closedToOthers(QFileInfo(name).absolutePath()));
    }

    void aSocketLeftByACrashIsReplaced()
    {
        const QString path = SingleInstance::serverNameFor();
        // What a crashed instance leaves: a bound socket file nobody accepts on.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(path);
        std::copy(encoded.begin(), encoded.end(), address.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        ::close(fd);
        QCOMPARE(::chmod(encoded.constData(), 0700), 0); // as Relink made it
        QVERIFY(QFile::exists(path));
        QVERIFY(!SingleInstance::sendToRunning(kId, 5000)); // nobody answers there

        SingleInstance first;
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::argumentReceived);
        QVERIFY(SingleInstance::sendToRunning(kId, 5000));
        QCOMPARE(received.size(), 1);
    }

    void anOversizedMessageIsDropped()
    {
        SingleInstance first;
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::argumentReceived);
        QLocalSocket sender;
        QSignalSpy dropped(&sender, &QLocalSocket::disconnected);
        sender.connectToServer(first.serverName());
        QVERIFY(sender.waitForConnected(5000));
        sender.write(frame(SingleInstance::kMaxMessageBytes + 1, QByteArray(64, 'a')));
        QVERIFY(dropped.wait(3000));          // at once: well before a silent sender's 5 s
        QCOMPARE(sender.bytesAvailable(), 0); // no answer
        QCOMPARE(received.size(), 0);
        // The instance still takes a proper message.
        QVERIFY(SingleInstance::sendToRunning(kId, 5000));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toString(), kId);
    }

    void aLongArgumentIsCutAndThenRefused()
    {
        SingleInstance first;
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::argumentReceived);
        const QString argument = QStringLiteral("relink://link/") + kId +
                                 QStringLiteral("?ticket=") + QString(6000, QChar(0x20AC));
        QVERIFY(SingleInstance::sendToRunning(argument, 5000));
        QCOMPARE(received.size(), 1);
        const QString got = received.at(0).at(0).toString();
        QVERIFY(got.toUtf8().size() <= SingleInstance::kMaxMessageBytes);
        QVERIFY(argument.startsWith(got)); // cut between whole characters
        QVERIFY(got.size() > kMaxLaunchArgumentLength);
        QVERIFY(parseLaunchArgument(got).error.startsWith(
            QStringLiteral("The link Relink was started with is longer than 2048 characters")));
    }

    void theWindowRefusesALinkWithSecretsAndSaysWhy()
    {
        QWidget window;
        LaunchHandler launch(&window);
        launch.setReady();
        QSignalSpy requested(&launch, &LaunchHandler::requested);
        launch.open(QStringLiteral("relink://link/") + kId + QStringLiteral("?password=hunter2"));
        QVERIFY(window.isVisible());
        QCOMPARE(requested.size(), 0);
        QMessageBox *box = window.findChild<QMessageBox *>(QStringLiteral("launchRefusal"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->windowTitle(), QStringLiteral("Link not opened"));
        QCOMPARE(box->text(),
                 QStringLiteral("This relink:// link was not opened: it carries “password”. "
                                "Relink takes only a link id, an environment and a ticket "
                                "from a link; never a base URL, an API key or a credential. "
                                "Nothing from it was used. Ask for the ticket's link to be "
                                "fixed, or paste the link id into Relink."));
        QCOMPARE(launch.refusal(), box);
    }

    void theWindowGetsALinkOnceTheKeysAreKnown()
    {
        QWidget window;
        LaunchHandler launch(&window);
        QSignalSpy requested(&launch, &LaunchHandler::requested);
        launch.open(QStringLiteral("relink://link/") + kId +
                    QStringLiteral("?environment=production&ticket=SUP-7"));
        QVERIFY(window.isVisible());
        QCOMPARE(requested.size(), 0);
        launch.setReady();
        QCOMPARE(requested.size(), 1);
        const auto request = requested.at(0).at(0).value<LaunchRequest>();
        QCOMPARE(request.linkId, kId);
        QCOMPARE(request.environment, QStringLiteral("production"));
        QCOMPARE(request.ticket, QStringLiteral("SUP-7"));
        launch.open(QStringLiteral("https://dashboard.belvo.com/links/") + kId);
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.at(1).at(0).value<LaunchRequest>().environment, QString());
    }

    void macOSDeliversLinksAsEvents()
    {
        QWidget window;
        LaunchHandler launch(&window);
        launch.setReady();
        QSignalSpy requested(&launch, &LaunchHandler::requested);
        QFileOpenEvent event(
            QUrl(QStringLiteral("relink://link/") + kId + QStringLiteral("?ticket=A%26B")));
        QCoreApplication::sendEvent(qApp, &event);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<LaunchRequest>().ticket, QStringLiteral("A&B"));
        // A file is not a link: left to others.
        QFileOpenEvent file(QStringLiteral("/tmp/") + kId);
        QCoreApplication::sendEvent(qApp, &file);
        QCOMPARE(requested.size(), 1);
        // The scheme's handler (macOS calls it when Relink is running).
        QVERIFY(QDesktopServices::openUrl(QUrl(QStringLiteral("relink://link/") + kId)));
        QTRY_COMPARE(requested.size(), 2);
        QCOMPARE(requested.at(1).at(0).value<LaunchRequest>().linkId, kId);
    }

    // The real app, twice: the second hands its link over and exits 0. --check-start is never
    // handed over, and a crashed first instance's socket does not stop the next one.
    void theRealAppStartedTwice()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RELINK_INSTANCE_NAME"),
                   QStringLiteral("e2e-%1").arg(QCoreApplication::applicationPid()));
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("relink.gui.launch.debug=true"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/relink-test-bus"));

        RunningRelink first(env, {QStringLiteral("--demo")});
        QTRY_VERIFY_WITH_TIMEOUT(first.output().contains("Listening for other starts of Relink."),
                                 30'000);

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(
            QStringLiteral(RELINK_GUI_PATH),
            {QStringLiteral("--demo"), QStringLiteral("relink://link/") + kId +
                                           QStringLiteral("?environment=sandbox&ticket=SUP-4711")});
        QVERIFY(second.waitForFinished(30'000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        const QByteArray opened =
            QByteArray("Opening link ") + kId.toUtf8() + " (environment: sandbox, with a ticket).";
        QTRY_VERIFY_WITH_TIMEOUT(first.output().contains(opened), 10'000);
        QVERIFY(!first.output().contains("SUP-4711")); // the ticket is not logged

        // A start-up benchmark's run paints a window of its own, and hands nothing over.
        QProcess bench;
        QProcessEnvironment benchEnv = env;
        benchEnv.insert(QStringLiteral("RELINK_BENCH_T0"),
                        QString::number(QDateTime::currentMSecsSinceEpoch() * 1'000'000));
        bench.setProcessEnvironment(benchEnv);
        bench.start(QStringLiteral(RELINK_GUI_PATH),
                    {QStringLiteral("--demo"), QStringLiteral("--check-start"), kId});
        QVERIFY(bench.waitForFinished(30'000));
        QCOMPARE(bench.exitCode(), 0);
        QVERIFY(bench.readAllStandardOutput().contains("first_paint_ms="));
        QCOMPARE(first.output().count("handed over its argument"), 1);

        // The first one dies without cleaning up; the next start takes its place.
        first.process().kill();
        QVERIFY(first.process().waitForFinished(10'000));
        RunningRelink next(env, {QStringLiteral("--demo"), kId});
        QTRY_VERIFY_WITH_TIMEOUT(next.output().contains("Listening for other starts of Relink."),
                                 30'000);
        QVERIFY(next.output().contains("Removed a socket left by an earlier Relink."));
        const QByteArray openedAtStart =
            QByteArray("Opening link ") + kId.toUtf8() + " (environment: unchanged, no ticket).";
        QTRY_VERIFY_WITH_TIMEOUT(next.output().contains(openedAtStart), 10'000);
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_gui_singleinstance.moc"
