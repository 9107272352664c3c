#include "simulatorlogging_p.h"

Q_LOGGING_CATEGORY(lcSimulator, "relink.simulator", QtWarningMsg)
