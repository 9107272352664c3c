#!/usr/bin/env bash
# Fails when a .ts file is stale (the sources have strings it lacks or it keeps ones they lost)
# or when a translation is unfinished. Fix with: cmake --build build --target update_translations
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in translations/*.ts; do
    cp "$ts" "$tmp/"
    bash scripts/update-translations.sh "$tmp/$(basename "$ts")"
    if ! diff -q "$ts" "$tmp/$(basename "$ts")" >/dev/null; then
        echo "translations: $ts is stale; run: cmake --build build --target update_translations" >&2
        diff -u "$ts" "$tmp/$(basename "$ts")" | head -20 >&2
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "translations: $ts has $unfinished unfinished entries" >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations: complete and current."
exit $status
