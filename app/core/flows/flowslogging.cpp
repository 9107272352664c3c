#include "flowslogging_p.h"

Q_LOGGING_CATEGORY(lcUpdate, "relink.flows.update", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHandoff, "relink.flows.handoff", QtWarningMsg)
Q_LOGGING_CATEGORY(lcListing, "relink.flows.listing", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWatch, "relink.flows.watch", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPreflight, "relink.flows.preflight", QtWarningMsg)
