#include "nextstep.h"

#include <QCoreApplication>
#include <QLocale>

namespace relink {

// In the main window's words (its context keeps their translations).
QString nextStepHint(const NextStepState &s)
{
    // A long wait says until when, in clock time.
    const int minutes = (s.waitSeconds + 59) / 60;
    if (s.waitSeconds > 60 && s.waitUntil.isValid())
        return QCoreApplication::translate(
                   "relink::MainWindow",
                   "Belvo is limiting requests: Update is available again at %1, in %n "
                   "minute(s).",
                   nullptr, minutes)
            .arg(QLocale().toString(s.waitUntil.time(), QLocale::ShortFormat));
    if (s.waitSeconds > 0)
        return QCoreApplication::translate(
            "relink::MainWindow",
            "Belvo is limiting requests: Update is available again in %n second(s).", nullptr,
            s.waitSeconds);
    if (!s.keys)
        return QCoreApplication::translate("relink::MainWindow",
                                           "Add the API keys for %1 in File › Settings.")
            .arg(s.environmentTitle);
    if (!s.idOk && !s.formBuilt)
        return QCoreApplication::translate(
            "relink::MainWindow",
            "Enter the link id above, and the credential fields appear here.");
    if (!s.idOk)
        return QCoreApplication::translate("relink::MainWindow", "Enter the link id first.");
    if (!s.ticketProblem.isEmpty())
        return QCoreApplication::translate("relink::MainWindow",
                                           "%1 Correct the ticket, or empty its field.")
            .arg(s.ticketProblem);
    return s.formProblem.isEmpty() ? s.preflightProblem : s.formProblem;
}

} // namespace relink
