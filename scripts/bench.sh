#!/usr/bin/env bash
# Benchmarks, not tests: prints figures side by side with their goals; nothing here passes or
# fails. Run: bash scripts/bench.sh   (about two minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
bash scripts/build.sh >/dev/null
B=build
export RELINK_MODULE_DIR="$PWD/$B/modules"
export QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
export XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d)
export RELINK_HISTORY_DB="$XDG_DATA_HOME/history.sqlite" # the CLI records, as it would for real
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"' EXIT

now_ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
time_ms() { # runs "$@" N times, prints the median wall time in ms
    local n=$1; shift
    for _ in $(seq "$n"); do
        local t0; t0=$(now_ns)
        "$@" >/dev/null 2>&1
        echo $(( ($(now_ns) - t0) / 1000 ))
    done | median | awk '{printf "%.1f", $1/1000}'
}
# Launch to first painted frame, as the process itself sees it at that moment (teardown after
# it is not start-up): the launcher's clock goes in RELINK_BENCH_T0 and the window reports.
first_paint_ms() { # runs "$@" N times, prints the median launch-to-first-frame time in ms
    local n=$1; shift
    for _ in $(seq "$n"); do
        RELINK_BENCH_T0=$(now_ns) "$@" 2>/dev/null | sed -n 's/^first_paint_ms=//p'
    done | median
}
rss_of() { RELINK_BENCH_REPORT=1 "$@" 2>/dev/null | sed -n 's/^rss_kib=//p'; }

echo "bench: start-up (11 runs each, launch to first painted frame)…"
"$B/tools/relink-minimal-window" >/dev/null 2>&1 || true # warm the page cache for both
"$B/app/gui/relink" --demo --check-start >/dev/null 2>&1 || true
start_relink=$(first_paint_ms 11 "$B/app/gui/relink" --demo --check-start)
start_min=$(first_paint_ms 11 "$B/tools/relink-minimal-window")
rss_relink=$(for _ in 1 2 3; do rss_of "$B/app/gui/relink" --demo --check-start; done | median)
rss_min=$(for _ in 1 2 3; do rss_of "$B/tools/relink-minimal-window"; done | median)

echo "bench: memory over 100 updates and responsiveness with a 4 MiB answer…"
start_simulator() { # VAR PADDING_KIB: sets VAR to its URL; it runs until the script ends
    local out; out=$(mktemp)
    "$B/tools/relink-simulator" 0 "$2" >"$out" 2>/dev/null </dev/null &
    pids+=($!)
    until [ -s "$out" ]; do sleep 0.05; done
    printf -v "$1" '%s' "$(head -1 "$out")"
    rm -f "$out"
}
start_simulator sim_url 0
start_simulator big_url 4096
gui=$("$B/tools/relink-gui-bench" "$sim_url" "$big_url" 2>/dev/null)
get() { echo "$gui" | sed -n "s/^$1=//p"; }

echo "bench: round trip (20 runs each, the same PUT)…"
link=11111111-1111-4111-8111-111111111111
export BELVO_SECRET_ID=demo-secret-id BELVO_SECRET_PASSWORD=demo-secret-password
cli_put() { echo '{"password":"pass_valid"}' | "$B/app/cli/relink-cli" update "$link" --fields - --base-url "$sim_url"; }
curl_put() { curl -sf -X PUT -u "$BELVO_SECRET_ID:$BELVO_SECRET_PASSWORD" -H 'Content-Type: application/json' \
    -d '{"password":"pass_valid"}' "$sim_url/api/links/$link/"; }
cli_put >/dev/null && curl_put >/dev/null
rt_cli=$(time_ms 21 cli_put)
rt_curl=$(time_ms 21 curl_put)

echo "bench: package size…"
rm -f "$B"/relink_*.deb
(cd "$B" && cpack -G DEB >/dev/null 2>&1)
deb=$(ls "$B"/relink_*.deb)
deb_kib=$(( $(stat -c %s "$deb") / 1024 ))
installed_kib=$(dpkg-deb --field "$deb" Installed-Size)

growth=$(( $(get rss_after_100_kib) - $(get rss_after_10_kib) ))
printf '\nRelink benchmarks — %s, %s, %s cores\n\n' "$(date -u +%Y-%m-%d)" \
    "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)" "$(nproc)"
printf '| measure | Relink | baseline | ratio | goal |\n|---|---|---|---|---|\n'
printf '| start-up, launch to first painted frame (median of 11) | %s ms | %s ms (minimal window) | %s× | ≤ 1.2× |\n' \
    "$start_relink" "$start_min" "$(ratio "$start_relink" "$start_min")"
printf '| RSS after start | %s KiB | %s KiB (minimal window) | %s× | ≤ 1.3× |\n' \
    "$rss_relink" "$rss_min" "$(ratio "$rss_relink" "$rss_min")"
printf '| RSS after 100 updates (GUI) | %s KiB | %s KiB (after 10) | +%s KiB | growth ≈ 0 |\n' \
    "$(get rss_after_100_kib)" "$(get rss_after_10_kib)" "$growth"
printf '| round trip, update (median of 21) | %s ms (relink-cli) | %s ms (curl) | %s× | ≤ 1.5× |\n' \
    "$rt_cli" "$rt_curl" "$(ratio "$rt_cli" "$rt_curl")"
printf '| longest GUI stall, 4 MiB answer | %s ms | — | — | < 16 ms |\n' "$(get max_stall_ms)"
printf '| .deb size / installed size | %s KiB / %s KiB | — | — | .deb ≤ 2 MB |\n' "$deb_kib" "$installed_kib"
