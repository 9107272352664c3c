#pragma once

#include "historyentry.h"

#include <QCoreApplication>

namespace relink {

// The History window's details pane: one attempt as plain text, every step on a line of its
// own with the HTTP status it got and Belvo's request ids, so a ticket can quote it as it is.
class HistoryDetails
{
    Q_DECLARE_TR_FUNCTIONS(relink::HistoryDetails)
public:
    static QString text(const HistoryEntry &entry);
    static QString stepLine(int number, const HistoryStepRecord &step);
};

} // namespace relink
