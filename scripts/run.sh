#!/usr/bin/env bash
# Sets up, builds and starts the desktop app. With no API keys saved it starts in demo mode,
# against the built-in Belvo simulator. Extra arguments go to relink (e.g. --demo).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
export RELINK_MODULE_DIR="$PWD/build/modules" # the keychain module, as built (installed: lib/relink)
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display found; starting under Xvfb (nothing will be visible)." >&2
    exec xvfb-run -a ./build/app/gui/relink "$@"
fi
exec ./build/app/gui/relink "$@"
