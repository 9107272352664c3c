#!/usr/bin/env bash
# Builds the .deb, validates its desktop entry and AppStream metadata, installs it with apt,
# checks both binaries and a headless start of the installed app, then removes it cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
desktop-file-validate resources/relink.desktop
appstreamcli validate --no-net resources/io.github.relink.Relink.metainfo.xml
rm -f build/relink_*.deb
(cd build && cpack -G DEB >/dev/null)
deb=$(ls build/relink_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Depends
export DEBIAN_FRONTEND=noninteractive
sudo_cmd=() # as in setup.sh: root installs directly, anyone else through sudo
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
# --reinstall: a package left by an interrupted run has the same version; test this build.
"${sudo_cmd[@]}" apt-get install -y -qq --reinstall "./$deb" >/dev/null
trap '"${sudo_cmd[@]}" apt-get remove -y -qq relink >/dev/null 2>&1 || true' EXIT
relink --version
relink-cli --version
QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
    timeout 60 relink --demo --check-start
echo "package: the installed app started and painted its window."
# The keychain module loads from its installed place: with no session bus here it answers
# "not available", which only the loaded module can say.
keys=$(env -u BELVO_SECRET_ID -u BELVO_SECRET_PASSWORD -u RELINK_MODULE_DIR \
    DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
    relink-cli get 11111111-1111-4111-8111-111111111111 --base-url http://127.0.0.1:9 2>&1 || true)
if ! grep -q "The system keychain is not available (" <<<"$keys" ||
    grep -q "keychain module could not be loaded" <<<"$keys"; then
    echo "package: the installed keychain module did not load: $keys" >&2
    exit 1
fi
echo "package: the installed keychain module loads."
# An installed Relink ignores RELINK_MODULE_DIR (only a build tree's programs honour it): even
# with a loadable copy of the module there, the installed one is loaded.
decoy="$PWD/build/package-module-decoy"
rm -rf "$decoy" && mkdir -p "$decoy" && cp build/modules/librelink-keychain.so "$decoy/"
loaded=$(env -u BELVO_SECRET_ID -u BELVO_SECRET_PASSWORD RELINK_MODULE_DIR="$decoy" \
    QT_LOGGING_RULES="relink.keychain.debug=true" DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
    relink-cli get 11111111-1111-4111-8111-111111111111 --base-url http://127.0.0.1:9 2>&1 || true)
rm -rf "$decoy"
if grep -qF "$decoy" <<<"$loaded" || ! grep -q "RELINK_MODULE_DIR ignored" <<<"$loaded"; then
    echo "package: the installed relink-cli honoured RELINK_MODULE_DIR: $loaded" >&2
    exit 1
fi
echo "package: the installed relink-cli ignores RELINK_MODULE_DIR."
test -f /usr/share/applications/relink.desktop
test -f /usr/share/icons/hicolor/scalable/apps/relink.svg
test -f /usr/share/metainfo/io.github.relink.Relink.metainfo.xml
"${sudo_cmd[@]}" apt-get remove -y -qq relink >/dev/null
if [ -e /usr/bin/relink ] || [ -e /usr/bin/relink-cli ] || [ -e /usr/lib/relink ]; then
    echo "package: files were left behind after removal" >&2
    exit 1
fi
echo "package: installed, checked and removed cleanly."
