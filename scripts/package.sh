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
apt-get install -y -qq "./$deb" >/dev/null
relink --version
relink-cli --version
QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
    timeout 60 relink --demo --check-start
echo "package: the installed app started and painted its window."
test -f /usr/share/applications/relink.desktop
test -f /usr/share/icons/hicolor/scalable/apps/relink.svg
test -f /usr/share/metainfo/io.github.relink.Relink.metainfo.xml
apt-get remove -y -qq relink >/dev/null
if [ -e /usr/bin/relink ] || [ -e /usr/bin/relink-cli ]; then
    echo "package: files were left behind after removal" >&2
    exit 1
fi
echo "package: installed, checked and removed cleanly."
