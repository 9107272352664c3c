#include "desktoplogging_p.h"

Q_LOGGING_CATEGORY(lcKeychain, "relink.desktop.keychain", QtWarningMsg)
