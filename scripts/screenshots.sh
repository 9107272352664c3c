#!/usr/bin/env bash
# Renders every window and dialog (demo mode) at 100 % and 200 % scaling into screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
bash scripts/build.sh >/dev/null
for scale in 1 2; do
    out="screenshots/$((scale * 100))"
    rm -rf "$out"
    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=$scale DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
        ./build/tools/relink-screenshots "$out" 2>&1 | grep -E '^(saved|FAILED)'
done
