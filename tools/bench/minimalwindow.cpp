// The baseline for start-up and memory: the smallest Qt Widgets main window, built with the
// same compiler and flags. Exits after its first paint; RELINK_BENCH_REPORT=1 prints its RSS.
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello")));
    struct FirstPaint : QObject
    {
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint)
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            return false;
        }
    } filter;
    window.installEventFilter(&filter);
    window.resize(760, 860);
    window.show();
    const int rc = QApplication::exec();
    if (qEnvironmentVariableIsSet("RELINK_BENCH_REPORT")) {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray &line : status.readAll().split('\n'))
                if (line.startsWith("VmRSS:"))
                    std::printf("rss_kib=%s\n",
                                line.mid(6).trimmed().split(' ').value(0).constData());
    }
    return rc;
}
