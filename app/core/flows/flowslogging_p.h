#pragma once

#include <QLoggingCategory>

// Log events, never values: no secret and no credential is ever passed to these.
Q_DECLARE_LOGGING_CATEGORY(lcUpdate)
Q_DECLARE_LOGGING_CATEGORY(lcHandoff)
Q_DECLARE_LOGGING_CATEGORY(lcListing)
Q_DECLARE_LOGGING_CATEGORY(lcWatch)
Q_DECLARE_LOGGING_CATEGORY(lcPreflight)
