// TEMPORARY(openLink stub) — delete this file when MainWindow::openLink(const LaunchRequest &)
// lands from the lead's branch (and the two lines marked TEMPORARY(openLink stub) in main.cpp).
// Until then main.cpp falls back to this: it only fills in the link id field. The real
// openLink also switches the environment, keeps the ticket for the history and checks the link.
#include "launchrequest.h"
#include "mainwindow.h"

#include <QLineEdit>

namespace relink {

void openLinkStub(MainWindow &window, const LaunchRequest &request)
{
    if (auto *edit = window.findChild<QLineEdit *>(QStringLiteral("linkIdEdit")))
        edit->setText(request.linkId);
}

} // namespace relink
