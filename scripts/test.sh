#!/usr/bin/env bash
# Sets up, builds and runs every test. GUI tests run headless; keychain tests run in their own
# D-Bus session with a throwaway gnome-keyring (see tests/run-with-keyring.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cd build
ctest --output-on-failure --timeout 600 "$@"
