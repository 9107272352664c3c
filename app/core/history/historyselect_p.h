#pragma once

#include "historyentry.h"

#include <QString>
#include <QVariantList>

namespace relink {

// The SELECT of the attempts matching `filter`, in `order` (ties broken by id), for a team's
// PostgreSQL or a SQLite file; its values to bind, in order, are appended to `binds`.
// `steps`: how much of each attempt's steps (HistorySteps); `timeAsUtcText`: see
// HistoryDialect::selectEntries().
QString historySelect(bool team, const HistoryFilter &filter, const HistoryOrder &order,
                      QVariantList *binds, HistorySteps steps = HistorySteps::Records,
                      bool timeAsUtcText = false);

} // namespace relink
