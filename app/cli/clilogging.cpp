#include "clilogging_p.h"

// Warnings only by default: what relink-cli prints is a contract, and a debug line on stderr
// would be in it. QT_LOGGING_RULES=relink.cli=true turns the rest on.
Q_LOGGING_CATEGORY(lcCli, "relink.cli", QtWarningMsg)
