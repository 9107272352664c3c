#!/usr/bin/env bash
# Renders every window and dialog (demo mode) into screenshots/: English at 100 % and 200 %,
# Spanish and Brazilian Portuguese at 100 %; and the result, MFA and settings with a
# high-contrast palette (black window, white text, yellow highlight) into screenshots/hc-100.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
bash scripts/build.sh >/dev/null
export RELINK_MODULE_DIR="$PWD/build/modules"
shoot() { # folder scale language [high-contrast]
    rm -rf "screenshots/$1"
    XDG_DATA_HOME=$(mktemp -d) # a history of its own, where Relink keeps it by default
    export XDG_DATA_HOME
    unset RELINK_HISTORY_DB RELINK_HISTORY_URL
    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=$2 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
        ./build/tools/relink-screenshots "screenshots/$1" "$3" ${4:+"$4"} 2>&1 | grep -E '^(saved|FAILED)'
}
shoot en-100 1 en
shoot en-200 2 en
shoot es-100 1 es
shoot pt_BR-100 1 pt_BR
shoot hc-100 1 en high-contrast
