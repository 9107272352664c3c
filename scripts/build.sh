#!/usr/bin/env bash
# Configures and builds Relink into build/ (ccache when present).
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ ! -f build/CMakeCache.txt ]; then
    cmake -S . -B build -G Ninja "${launcher[@]}" "$@"
fi
cmake --build build
