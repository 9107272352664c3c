#include "firstpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace relink {

namespace {

class FirstPaintWatch : public QObject
{
public:
    FirstPaintWatch(QWidget *widget, std::function<void()> then)
        : QObject(widget), m_then(std::move(then))
    {
        setObjectName(QStringLiteral("firstPaintWatch"));
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                std::exchange(m_then, nullptr)();
                deleteLater();
            });
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

} // namespace

void afterFirstPaint(QWidget *widget, std::function<void()> then)
{
    new FirstPaintWatch(widget, std::move(then));
}

} // namespace relink
