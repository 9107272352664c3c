#!/usr/bin/env bash
# relink-cli must build on Windows too (cmake/Packaging.cmake promises its installers): every
# POSIX-only call lives behind app/cli/terminal.h, in terminal_posix.cpp. Two checks:
#  1. no POSIX-only header or call outside terminal_posix.cpp (names the file and line);
#  2. every relink-cli source but terminal_posix.cpp compiles for Windows (MinGW-w64,
#     -fsyntax-only against this machine's Qt headers: the code's own Windows API use, not a
#     Windows Qt build). Without the cross-compiler the check says "not run" (exit 77, a skip).
set -euo pipefail
cd "$(dirname "$0")/../../app/cli"
pattern='#include <(unistd|signal|sys/[a-z_]+|termios|fcntl|pwd|poll)\.h>|\b(socketpair|sigaction|isatty|fileno|setsid|getuid|poll)\s*\('
found=0
for f in *.cpp *.h; do
    [ "$f" = terminal_posix.cpp ] && continue
    [ "$f" = terminal_windows.cpp ] && continue
    if grep -nE "$pattern" "$f" | grep -vE '^[0-9]+:\s*//'; then # comments may name them
        echo "$f: POSIX-only code outside the terminal seam (terminal.h)"
        found=1
    fi
done
grep -q 'terminal_windows.cpp' CMakeLists.txt || { echo "CMakeLists.txt: no Windows terminal seam"; found=1; }
[ "$found" -eq 0 ] || exit 1
echo "relink-cli: POSIX calls only in terminal_posix.cpp"

cxx=$(command -v x86_64-w64-mingw32-g++-posix || command -v x86_64-w64-mingw32-g++ || true)
if [ -z "$cxx" ]; then
    echo "not run: no MinGW-w64 cross-compiler (scripts/setup.sh installs g++-mingw-w64-x86-64-posix)"
    exit 77
fi
qt=$(dirname "$(find /usr/include -maxdepth 3 -type d -name QtCore -path '*qt6*' | head -1)")
includes=(-I. -I../simulator)
for d in ../core/*/; do includes+=(-I"$d"); done
for f in *.cpp; do
    [ "$f" = terminal_posix.cpp ] && continue
    "$cxx" -std=c++17 -fsyntax-only -w -DRELINK_VERSION='"check"' "${includes[@]}" \
        -I"$qt" -I"$qt/QtCore" -I"$qt/QtNetwork" "$f" || { echo "$f: does not compile for Windows"; exit 1; }
done
echo "relink-cli: its sources compile for Windows (MinGW-w64, syntax only)"
