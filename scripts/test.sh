#!/usr/bin/env bash
# Sets up, builds and runs every test. GUI tests run headless; keychain tests run in their own
# D-Bus session with a throwaway gnome-keyring (see tests/support/run-with-keyring.sh); the team
# history's tests get a throwaway PostgreSQL server (scripts/pg-cluster.sh, stopped on exit).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# No PostgreSQL test server outlives the run, whatever way it ends (ctest's own fixture stops it
# too, but not when the run is interrupted).
trap 'bash "$root/scripts/pg-cluster.sh" stop "$root/build/tests/pg" || true' EXIT
bash scripts/setup.sh
bash scripts/build.sh
cd build
ctest --output-on-failure --timeout 600 "$@"
