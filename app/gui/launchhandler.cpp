#include "launchhandler.h"

#include "environmentchoice.h"
#include "singleinstance.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFileOpenEvent>
#include <QMessageBox>
#include <QUrl>
#include <QWidget>

#include <utility>

namespace relink {

namespace {
const QString kScheme = QStringLiteral("relink");
}

QString openedMessage(const LaunchRequest &r, bool demo)
{
    QString text;
    if (demo && !r.environment.isEmpty())
        text =
            LaunchHandler::tr("Link %1 opened in demo mode, not in %2 as the ticket says: choose "
                              "%2 in the Environment list to check it there.")
                .arg(r.linkId, environmentTitle(r.environment));
    else if (!r.environment.isEmpty())
        text = LaunchHandler::tr("Link %1 opened in %2.")
                   .arg(r.linkId, environmentTitle(r.environment));
    else
        text = LaunchHandler::tr("Link %1 opened.").arg(r.linkId);
    if (!r.ticket.isEmpty())
        text += QLatin1Char(' ') + LaunchHandler::tr("Ticket: %1.").arg(r.ticket);
    return text;
}

LaunchHandler::LaunchHandler(QWidget *window, QObject *parent) : QObject(parent), m_window(window)
{
    qApp->installEventFilter(this);
    QDesktopServices::setUrlHandler(kScheme, this, "openUrl");
}

LaunchHandler::~LaunchHandler()
{
    QDesktopServices::unsetUrlHandler(kScheme);
}

void LaunchHandler::open(const QString &argument)
{
    toFront();
    if (argument.isEmpty())
        return;
    Parsed<LaunchRequest> parsed = parseLaunchArgument(argument);
    if (!parsed) {
        qCDebug(lcLaunch, "A launch argument was refused.");
        if (!m_refusal) {
            m_refusal = new QMessageBox(QMessageBox::Warning, tr("Link not opened"), QString(),
                                        QMessageBox::Ok, m_window);
            m_refusal->setObjectName(QStringLiteral("launchRefusal"));
            m_refusal->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_refusal->setText(parsed.error);
        m_refusal->open(); // not modal to the app: the window stays usable
        m_refusal->raise();
        return;
    }
    // Link ids are not secrets; the ticket is not logged.
    qCDebug(lcLaunch, "Opening link %s (environment: %s, %s).", qPrintable(parsed.value->linkId),
            parsed.value->environment.isEmpty() ? "unchanged"
                                                : qPrintable(parsed.value->environment),
            parsed.value->ticket.isEmpty() ? "no ticket" : "with a ticket");
    if (!m_ready) {
        m_pending = std::move(parsed.value);
        return;
    }
    emit requested(*parsed.value);
}

QMessageBox *LaunchHandler::refusal() const
{
    return m_refusal;
}

void LaunchHandler::setReady()
{
    m_ready = true;
    if (m_pending)
        emit requested(*std::exchange(m_pending, std::nullopt));
}

void LaunchHandler::openUrl(const QUrl &url)
{
    open(url.toString(QUrl::FullyEncoded));
}

bool LaunchHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen && watched == qApp) {
        const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
        if (url.scheme() == kScheme) {
            openUrl(url);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void LaunchHandler::toFront()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace relink
