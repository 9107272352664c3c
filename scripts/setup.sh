#!/usr/bin/env bash
# Installs every Debian 12 package Relink needs to build, run and test. Idempotent: when all
# are present it only checks and returns in a second.
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build ccache clang-format pkg-config
    # fuzzing (libFuzzer) and test certificates
    clang libclang-rt-14-dev openssl ca-certificates
    # relink-cli's Windows seam, compiled for Windows in the tests (tests/cli/check-cli-portability.sh)
    g++-mingw-w64-x86-64-posix
    # packaging checks
    # (xdg-utils: package.sh asks xdg-mime which app opens relink:// links)
    dpkg-dev desktop-file-utils xdg-utils appstream lintian rpm rpmlint
    # benchmarks (scripts/bench.sh): instruction counts, next to the wall clock; the history's
    # exports against sqlite3 and psql, with GNU time's peak memory
    valgrind curl sqlite3 time
    # SQLite's and libpq's C APIs: the history's exports read their rows with them (Qt's drivers
    # use the same libraries)
    libsqlite3-dev libpq-dev
    # man pages, generated at build time from --help, and their check
    help2man man-db groff-base
    # Qt 6.4 and friends
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-translations-l10n libqt6sql6-sqlite libgl-dev
    qtkeychain-qt6-dev libsecret-1-0 libqrencode-dev
    # the simulator's tests against Belvo's OpenAPI specification (tests/simulator/simulator_*.py)
    python3-jsonschema python3-yaml
    # the shared team history (PostgreSQL through Qt's QPSQL driver) and its tests, which start
    # a throwaway server (scripts/pg-cluster.sh)
    postgresql-15 libqt6sql6-psql
    # headless runs, the keychain in tests, screenshots
    xvfb xauth dbus dbus-x11 gnome-keyring fonts-dejavu-core
    # the screen-reader test (tests/gui/a11y_flows.py through the AT-SPI bus, tests/gui/run-with-atspi.sh)
    python3-pyatspi openbox at-spi2-core xdotool
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages are present."
    exit 0
fi

echo "setup: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
