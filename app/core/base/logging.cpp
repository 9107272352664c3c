#include "logging.h"

Q_LOGGING_CATEGORY(lcNet, "relink.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "relink.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSimulator, "relink.simulator", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "relink.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHistory, "relink.history", QtWarningMsg)
