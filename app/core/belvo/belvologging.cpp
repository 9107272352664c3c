#include "belvologging_p.h"

Q_LOGGING_CATEGORY(lcBelvo, "relink.belvo", QtWarningMsg)
