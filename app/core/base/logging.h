#pragma once

#include <QLoggingCategory>

// One category per subsystem; turn one on with e.g. QT_LOGGING_RULES="relink.net.debug=true".
// Log events, never values: no secret and no credential is ever passed to these.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcSimulator)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcHistory)
