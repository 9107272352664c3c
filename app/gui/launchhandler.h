#pragma once

#include "launchrequest.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QMessageBox;
class QUrl;
class QWidget;

namespace relink {

// What the status bar says when a request opened its link (translated): where, from which
// ticket, and in demo mode that the ticket's environment was not used.
QString openedMessage(const LaunchRequest &request, bool demo);

// Where every way of opening Relink from a ticket meets: the command line's argument, a second
// instance's (SingleInstance), a relink:// link macOS delivers (QFileOpenEvent, or the
// QDesktopServices handler for the scheme). Each brings the window to the front, is validated
// (parseLaunchArgument) and becomes one `requested` signal, or a message saying why it was not
// opened. Until setReady() (the keys of the start are known) the latest request waits.
class LaunchHandler : public QObject
{
    Q_OBJECT
public:
    // `window` comes to the front for every launch and parents the messages.
    explicit LaunchHandler(QWidget *window, QObject *parent = nullptr);
    ~LaunchHandler() override;

    // A raw argument: empty only brings the window to the front.
    void open(const QString &argument);
    void setReady();

    // The message shown for the last refused argument (tests), while it is open.
    QMessageBox *refusal() const;

public slots:
    // QDesktopServices::setUrlHandler("relink", …) calls it by name.
    void openUrl(const QUrl &url);

signals:
    void requested(const relink::LaunchRequest &request);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void toFront();

    QWidget *m_window;
    bool m_ready = false;
    std::optional<LaunchRequest> m_pending;
    QPointer<QMessageBox> m_refusal;
};

} // namespace relink
