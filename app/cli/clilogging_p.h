#pragma once

#include <QLoggingCategory>

// relink.cli: which command runs and how it ended. Log events, never values: no key, password,
// token, credential or argument is ever passed to it.
Q_DECLARE_LOGGING_CATEGORY(lcCli)
