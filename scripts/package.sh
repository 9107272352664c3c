#!/usr/bin/env bash
# Builds the .deb and the .rpm, validates the desktop entry and AppStream metadata, checks the
# packages with lintian and rpmlint, installs the .deb with apt, checks both binaries, the man
# pages, a headless start of the installed app and that relink:// links open it, then removes it
# cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
desktop-file-validate resources/relink.desktop
appstreamcli validate --no-net resources/io.github.relink.Relink.metainfo.xml
# The release notes (resources/debian/changelog) and the metainfo's <releases> name the same versions
# and dates.
notes=$(sed -nE 's/^relink \(([^)]+)\).*/\1/p; s/^ -- .*  (.*)$/\1/p' resources/debian/changelog |
    paste - - | while IFS=$'\t' read -r v d; do echo "$v $(date -u -d "$d" +%F)"; done)
meta=$(grep -o '<release version="[^"]*" date="[^"]*"' \
    resources/io.github.relink.Relink.metainfo.xml | sed -E 's/.*version="([^"]*)" date="([^"]*)"/\1 \2/')
if [ "$notes" != "$meta" ]; then
    echo "package: resources/debian/changelog ($notes) and the metainfo's <releases> ($meta) differ" >&2
    exit 1
fi
# The man pages render without a warning.
for page in build/man/relink.1.gz build/man/relink-cli.1.gz; do
    warnings=$(MANWIDTH=80 man -l --warnings "$page" 2>&1 >/dev/null)
    if [ -n "$warnings" ]; then
        echo "package: $page: $warnings" >&2
        exit 1
    fi
done
rm -f build/relink_*.deb build/relink-*.rpm
(cd build && cpack -G DEB >/dev/null && cpack -G RPM >/dev/null)
deb=$(ls build/relink_*.deb)
rpm=$(ls build/relink-*.rpm)
echo "package: $deb ($(du -h "$deb" | cut -f1)), $rpm ($(du -h "$rpm" | cut -f1))"
if [ "$(stat -c %s "$deb")" -gt 2000000 ]; then
    echo "package: $deb is over 2 MB" >&2
    exit 1
fi
dpkg-deb --field "$deb" Depends
# lintian: no error and no warning (overrides, each justified, in resources/debian/relink.lintian-overrides).
lintian --fail-on error,warning "$deb"
echo "package: lintian is clean."
rpm -qpR "$rpm"
# The RPM carries the same files as the .deb (the lintian overrides aside, and the build-id
# links rpmbuild adds, as on Fedora).
deb_files=$(dpkg-deb --fsys-tarfile "$deb" | tar -t | grep -v '/$' | sed 's|^\./|/|' |
    grep -v '^/usr/share/lintian/' | sort)
rpm_files=$(rpm -qp --qf '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpm" | grep -v '^d' |
    cut -d' ' -f2- | grep -v '^/usr/share/lintian/\|^/usr/lib/\.build-id/' | sort)
if [ "$deb_files" != "$rpm_files" ]; then
    echo "package: the .deb and the .rpm carry different files:" >&2
    diff <(echo "$deb_files") <(echo "$rpm_files") >&2 || true
    exit 1
fi
rpm_list=$(rpm -qpl "$rpm")
grep -qx /usr/share/man/man1/relink-cli.1.gz <<<"$rpm_list"
grep -qx /usr/share/man/man1/relink.1.gz <<<"$rpm_list"
grep -qx /usr/share/doc/relink/changelog.gz <<<"$rpm_list"
# rpmlint: no error (settings and the one filter, justified, in resources/debian/rpmlint.toml; its
# warnings, e.g. the proprietary license, are printed for the record).
rpmlint -c resources/debian/rpmlint.toml "$rpm"
echo "package: rpmlint finds no error; the .rpm carries the same files as the .deb."
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
warnings=$(MANWIDTH=80 man --warnings relink-cli 2>&1 >/dev/null)
page=$(MANWIDTH=80 man relink-cli)
grep -q "EXIT STATUS" <<<"$page"
[ -z "$warnings" ] || {
    echo "package: man relink-cli: $warnings" >&2
    exit 1
}
test -f /usr/share/man/man1/relink.1.gz
test -f /usr/share/doc/relink/copyright
echo "package: man relink-cli renders headless, without a warning."
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
    QT_LOGGING_RULES="relink.desktop.keychain.debug=true" DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
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
# relink:// links open Relink: the desktop entry declares the scheme, and desktop-file-utils'
# dpkg trigger (update-desktop-database) put it in the system's MIME cache. Asked as a desktop
# with no choices of its own would ask (no desktop session, empty user folders).
scheme_handler() {
    local clean
    clean=$(mktemp -d)
    env -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION -u KDE_FULL_SESSION -u GNOME_DESKTOP_SESSION_ID \
        XDG_CONFIG_HOME="$clean/config" XDG_DATA_HOME="$clean/data" \
        xdg-mime query default x-scheme-handler/relink 2>/dev/null || true
    rm -rf "$clean"
}
grep -qx 'Exec=relink %u' /usr/share/applications/relink.desktop
handler=$(scheme_handler)
if [ "$handler" != relink.desktop ]; then
    echo "package: xdg-mime says relink:// links open with '$handler', not relink.desktop" >&2
    exit 1
fi
echo "package: relink:// links open relink.desktop (xdg-mime)."
"${sudo_cmd[@]}" apt-get remove -y -qq relink >/dev/null
if [ -e /usr/bin/relink ] || [ -e /usr/bin/relink-cli ] || [ -e /usr/lib/relink ] ||
    [ -e /usr/share/man/man1/relink-cli.1.gz ] || [ -e /usr/share/doc/relink ]; then
    echo "package: files were left behind after removal" >&2
    exit 1
fi
handler=$(scheme_handler)
if [ -n "$handler" ]; then
    echo "package: after removal xdg-mime still says relink:// links open with '$handler'" >&2
    exit 1
fi
echo "package: installed, checked and removed cleanly."
