#!/usr/bin/env bash
# Refreshes translations/*.ts from every translatable string in the sources (lupdate).
#   bash scripts/update-translations.sh [TS_FILE…]   (default: the committed .ts files)
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=$(command -v lupdate)
mapfile -t sources < <(git ls-files 'app/core/*/*.cpp' 'app/core/*/*.h' 'app/gui/*.cpp' 'app/gui/*.h' \
    'app/cli/*.cpp' 'app/cli/*.h' 'ui/*.ui')
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(translations/relink_es.ts translations/relink_pt_BR.ts)
"$lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "${targets[@]}"
