#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan, UBSan) and runs each for SECONDS (default 12; CI
# uses that). For a long run: bash scripts/fuzz.sh 3600
# Seeds come from the simulator's answers; new inputs found are kept in build-fuzz/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-12}
bash scripts/build.sh >/dev/null
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f build-fuzz/CMakeCache.txt ]; then
    cmake -S tests/fuzz -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" >/dev/null
fi
cmake --build build-fuzz
./build/tools/relink-fuzz-seeds build-fuzz/seeds
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
mkdir -p build-fuzz/artifacts
for target in link errors mfa institution fields widgettoken launch linkspage history; do
    mkdir -p "build-fuzz/corpus/$target"
    echo "fuzz: $target for ${seconds}s"
    status=0
    ./build-fuzz/fuzz_$target -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="build-fuzz/artifacts/$target-" \
        "build-fuzz/corpus/$target" "build-fuzz/seeds/$target" >"build-fuzz/$target.log" 2>&1 ||
        status=$?
    grep -E '^stat::(number_of_executed_units|new_units_added)' "build-fuzz/$target.log" || true
    if [ "$status" -ne 0 ]; then
        tail -40 "build-fuzz/$target.log" >&2
        echo "fuzz: $target failed (exit $status); the input is in build-fuzz/artifacts/" >&2
        exit 1
    fi
done
echo "fuzz: no crashes, no sanitizer reports."
