#!/usr/bin/env bash
# relink-cli must build on Windows too (cmake/Packaging.cmake promises its installers): every
# POSIX-only call lives behind app/cli/terminal.h, in terminal_posix.cpp. Fails naming the
# file and line that reaches past that seam.
set -euo pipefail
cd "$(dirname "$0")/../app/cli"
pattern='#include <(unistd|signal|sys/[a-z_]+|termios|fcntl|pwd)\.h>|\b(socketpair|sigaction|isatty|fileno|setsid|getuid)\s*\('
found=0
for f in *.cpp *.h; do
    [ "$f" = terminal_posix.cpp ] && continue
    [ "$f" = terminal_windows.cpp ] && continue
    if grep -nE "$pattern" "$f"; then
        echo "$f: POSIX-only code outside the terminal seam (terminal.h)"
        found=1
    fi
done
grep -q 'terminal_windows.cpp' CMakeLists.txt || { echo "CMakeLists.txt: no Windows terminal seam"; found=1; }
[ "$found" -eq 0 ] && echo "relink-cli: POSIX calls only in terminal_posix.cpp"
exit "$found"
