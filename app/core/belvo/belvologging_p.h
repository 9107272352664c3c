#pragma once

#include <QLoggingCategory>

// Log events, never values: no secret and no credential is ever passed to these.
Q_DECLARE_LOGGING_CATEGORY(lcBelvo)
