#!/usr/bin/env bash
# Runs a test with a real Secret Service: a private D-Bus session, a throwaway HOME and an
# unlocked gnome-keyring. DISPLAY is unset so a locked keyring can never hang on a prompt.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
# Not exec: the EXIT trap above must still remove the throwaway HOME.
dbus-run-session -- bash -c '
    printf %s relink-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' relink-keyring "$@"
