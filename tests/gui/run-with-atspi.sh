#!/usr/bin/env bash
# Runs CMD… the way a screen reader user's desktop runs Relink: a private X display (Xvfb), a
# window manager (openbox: without one, X keyboard focus never reaches a window and xdotool's
# keys go nowhere), a private D-Bus session and, on it, the accessibility bus (AT-SPI) that Orca
# listens to. Qt is told to always talk to that bus. Exit code: CMD's; 77 ("not run", ctest's
# SKIP_RETURN_CODE) when something this needs is not installed (scripts/setup.sh installs it).
#
# The script runs twice: first outside (checks, then Xvfb and the D-Bus session), then, with
# --inside as its first argument, within them (window manager, accessibility bus, CMD).
set -u

poll() { # what-for pid command… : polls command for 20 s at most, while pid lives
    local what=$1 pid=$2 tries=0
    shift 2
    until "$@" >/dev/null 2>&1; do
        tries=$((tries + 1))
        if [ "$tries" -gt 200 ] || ! kill -0 "$pid" 2>/dev/null; then
            echo "run-with-atspi: $what did not come up:" >&2
            cat "$log"/* >&2
            return 1
        fi
        sleep 0.1
    done
}

# The launcher owns org.a11y.Bus on the session bus (asked of the bus itself: a call to
# org.a11y.Bus before that would start a second launcher through D-Bus activation) and answers
# GetAddress with the accessibility bus's address, which Qt and pyatspi connect to.
a11y_bus_up() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus | grep -q "boolean true" &&
        dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
            org.a11y.Bus.GetAddress | grep -q "unix:"
}

if [ "${1:-}" = "--inside" ]; then
    shift
    log=$(mktemp -d)
    openbox --sm-disable >"$log/openbox.log" 2>&1 &
    wm=$!
    /usr/libexec/at-spi-bus-launcher --launch-immediately >"$log/at-spi-bus-launcher.log" 2>&1 &
    launcher=$!
    cleanup() {
        kill "$wm" "$launcher" 2>/dev/null
        wait "$wm" "$launcher" 2>/dev/null
        rm -rf "$log"
    }
    trap cleanup EXIT
    trap 'exit 130' INT TERM
    poll "the accessibility bus" "$launcher" a11y_bus_up || exit 1
    # openbox manages the screen once it publishes EWMH's _NET_NUMBER_OF_DESKTOPS (xdotool
    # refuses to read it before); windowactivate needs that window manager.
    poll "the window manager" "$wm" xdotool get_num_desktops || exit 1
    export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
    "$@"
    exit $? # the EXIT trap keeps this status
fi

missing=()
for tool in xvfb-run xauth dbus-run-session dbus-send openbox xdotool; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ -x /usr/libexec/at-spi-bus-launcher ] || missing+=("at-spi2-core")
/usr/bin/python3 -c 'import pyatspi' >/dev/null 2>&1 || missing+=("python3-pyatspi")
if [ ${#missing[@]} -gt 0 ]; then
    echo "not run: missing ${missing[*]} (bash scripts/setup.sh installs them)"
    exit 77
fi
if [ $# -eq 0 ]; then
    echo "usage: $0 CMD [ARG…]" >&2
    exit 2
fi
# -noreset: Xvfb would otherwise reset (dropping every client) whenever its last client leaves,
# which the start-up polls (xdotool, connecting and leaving) can make it do while openbox connects.
exec xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" \
    dbus-run-session -- bash "$(readlink -f "$0")" --inside "$@"
