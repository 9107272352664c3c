#include "historylogging_p.h"

Q_LOGGING_CATEGORY(lcHistory, "relink.history", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOutbox, "relink.history.outbox", QtWarningMsg)
