#pragma once

#include <QDateTime>
#include <QString>

namespace relink {

// What stands between the agent and Update, as the main window knows it.
struct NextStepState
{
    bool keys = false;      // the environment's API keys are there
    bool idOk = false;      // a valid link id is in
    bool formBuilt = false; // the credential fields are shown
    QString ticketProblem;  // why the ticket can't be recorded, or empty
    QString formProblem;    // what keeps the form from being sent, or empty
    int waitSeconds = 0;    // Belvo asked to wait (429) this much longer
    QString environmentTitle;
    QDateTime waitUntil;      // local time: when Update is available again (with waitSeconds)
    QString preflightProblem; // what the pre-flight keeps from Update (LinkPreflight::blocker)
};

// The line under the credential form: the first thing to do next, in words (translated), or
// empty when Update can be pressed.
QString nextStepHint(const NextStepState &state);

} // namespace relink
