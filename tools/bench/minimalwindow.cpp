// The baseline for start-up and memory: the smallest Qt Widgets main window, built with the
// same compiler and flags. Exits after its first frame; reports like relink --check-start.
#include "processinfo.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <utility>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello")));
    struct FirstPaint : QObject
    {
        bool seen = false;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint && !std::exchange(seen, true))
                QTimer::singleShot(0, qApp, [] {
                    relink::reportStartFigures();
                    QCoreApplication::quit();
                });
            return false;
        }
    } filter;
    window.installEventFilter(&filter);
    window.resize(760, 860);
    window.show();
    return QApplication::exec();
}
