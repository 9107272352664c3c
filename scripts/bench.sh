#!/usr/bin/env bash
# Benchmarks, not tests: prints figures side by side with their goals; nothing here passes or
# fails. Run: bash scripts/bench.sh   (under a minute on 2 cores, once built)
#   bash scripts/bench.sh --against REV   also builds REV (a git revision) in build-bench-base/
#   and measures its start-up and round trip alternately with this tree's, in the same run.
#   bash scripts/bench.sh --only links    only the listing of 10,000 links (seconds, not a minute)
#   bash scripts/bench.sh --only history  only the history at a million records, SQLite against a
#   team's PostgreSQL (a throwaway server of its own; about ten minutes)
#   bash scripts/bench.sh --only handoffs  only 50 open hand-offs watched beside the open queue
#   for 30 s: the requests sent in any 30 s (Belvo allows 80) and the longest GUI stall
#   bash scripts/bench.sh --only preflight  only relink-cli check against curl making the same
#   two GETs (seconds)
set -euo pipefail
cd "$(dirname "$0")/.."
against="" only=""
if [ "${1:-}" = "--against" ]; then
    against=${2:?"--against needs a git revision"}
elif [ "${1:-}" = "--only" ]; then
    only=${2:?"--only needs a section: links or history"}
    [ "$only" = links ] || [ "$only" = history ] || [ "$only" = handoffs ] ||
        [ "$only" = preflight ] ||
        { echo "bench: --only knows four sections: links, history, handoffs, preflight" >&2; exit 2; }
fi
bash scripts/setup.sh >/dev/null
bash scripts/build.sh >/dev/null
B=build
export RELINK_MODULE_DIR="$PWD/$B/modules"
export QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
export XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d)
export RELINK_HISTORY_DB="$XDG_DATA_HOME/history.sqlite" # the CLI records, as it would for real
pids=() pg_state="" base_src=""
cleanup() {
    kill "${pids[@]}" 2>/dev/null || true
    if [ -n "$pg_state" ]; then
        bash scripts/pg-cluster.sh stop "$pg_state" >/dev/null 2>&1 || true
        rm -rf "$pg_state"
    fi
    rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
    [ -z "$base_src" ] || git worktree remove --force "$base_src" 2>/dev/null || true
}
trap cleanup EXIT

now_ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
elapsed_us() { local t0; t0=$(now_ns); "$@" >/dev/null 2>&1 || true; echo $(( ($(now_ns) - t0) / 1000 )); }
start_simulator() { # VAR PADDING_KIB [OPTION…]: sets VAR to its URL; it runs until the script ends
    local out; out=$(mktemp)
    "$B/tools/relink-simulator" "${@:3}" 0 "$2" >"$out" 2>/dev/null </dev/null &
    pids+=($!)
    for _ in $(seq 200); do [ -s "$out" ] && break; sleep 0.05; done # up to 10 s
    [ -s "$out" ] || { echo "bench: the simulator did not start" >&2; exit 1; }
    printf -v "$1" '%s' "$(head -1 "$out")"
    rm -f "$out"
}
export BELVO_SECRET_ID=demo-secret-id BELVO_SECRET_PASSWORD=demo-secret-password
# The links needing attention, 10,000 of them (plus the demo account's 78): relink-cli links --json
# against curl fetching the same pages (the same page_size, Belvo's largest) one after another,
# following next. Sets links_cli, links_curl (median ms) and links_pages.
links_bench() {
    local url first; start_simulator links_url 0 --links 10000
    first="$links_url/api/links/?status__in=invalid,token_required&page_size=1000"
    local page; page=$(mktemp)
    cli_links() { "$B/app/cli/relink-cli" links --json --base-url "$links_url"; }
    curl_links() {
        url=$first
        while [ -n "$url" ]; do
            curl -sf -u "$BELVO_SECRET_ID:$BELVO_SECRET_PASSWORD" -o "$page" "$url" || return 1
            cat "$page"
            url=$(head -c 400 "$page" | grep -o '"next":"[^"]*"' | cut -d'"' -f4 || true)
        done
    }
    [ "$(cli_links 2>/dev/null | grep -c '^        "id": ')" = 10078 ] ||
        { echo "bench: relink-cli links did not list the 10,078 links" >&2; exit 1; }
    links_pages=$(curl_links | grep -o '"next":' | wc -l)
    local lt; lt=$(mktemp)
    for _ in $(seq 11); do # alternating, like start-up
        echo "cli $(elapsed_us cli_links)" >>"$lt"
        echo "curl $(elapsed_us curl_links)" >>"$lt"
    done
    links_cli=$(sed -n 's/^cli //p' "$lt" | median | awk '{printf "%.1f", $1/1000}')
    links_curl=$(sed -n 's/^curl //p' "$lt" | median | awk '{printf "%.1f", $1/1000}')
    rm -f "$lt" "$page"
    # The links window over the same 10,078 (pages of 200, scrolled to the end): 5 runs.
    local gl; gl=$(mktemp)
    for _ in $(seq 5); do
        "$B/tools/relink-links-bench" "$links_url" 2>/dev/null >>"$gl" ||
            { echo "bench: relink-links-bench failed" >&2; exit 1; }
    done
    lw() { sed -n "s/^$1=//p" "$gl" | median; }
    lw_first=$(lw first_rows_ms) lw_stall_load=$(lw max_stall_loading_ms)
    lw_stall_scroll=$(lw max_stall_scrolling_ms) lw_rows=$(lw rows)
    lw_rss_main=$(lw rss_main_kib) lw_rss_all=$(lw rss_all_kib)
    rm -f "$gl"
}
links_row() {
    printf '| list 10,078 links needing attention, %s pages of 1000 (median of 11) | %s ms (relink-cli links --json) | %s ms (curl, following next) | %s× | ≤ 1.5× |\n' \
        "$links_pages" "$links_cli" "$links_curl" "$(ratio "$links_cli" "$links_curl")"
    printf '| links window: File › Links needing attention to the first rows painted (median of 5) | %s ms | — | — | — |\n' "$lw_first"
    printf '| links window: longest GUI stall while the first page arrives / while scrolling to the end of %s rows | %s ms / %s ms | — | — | < 16 ms |\n' \
        "$lw_rows" "$lw_stall_load" "$lw_stall_scroll"
    printf '| links window: RSS with all %s links loaded | %s KiB | %s KiB (the main window alone) | +%s KiB | ≤ +15 MiB |\n' \
        "$lw_rows" "$lw_rss_all" "$lw_rss_main" "$(( ${lw_rss_all%.*} - ${lw_rss_main%.*} ))"
}
if [ "$only" = links ]; then
    echo "bench: listing 10,000 links needing attention (11 runs each, alternating)…"
    links_bench
    printf '\n| measure | Relink | baseline | ratio | goal |\n|---|---|---|---|---|\n'
    links_row
    exit 0
fi
# The pre-flight alone: relink-cli check (the link, its bank's health, this link's history and
# who is on it; a history file of its own) against curl making the same two GETs one after the
# other, alternating, 21 runs each. Sets check_cli, check_curl (median ms).
check_bench() {
    local url ct link=11111111-1111-4111-8111-111111111111
    start_simulator url 0
    cli_check() { "$B/app/cli/relink-cli" check "$link" --base-url "$url"; } # exit 0 or 9
    curl_check() {
        curl -sf -u "$BELVO_SECRET_ID:$BELVO_SECRET_PASSWORD" "$url/api/links/$link/" &&
            curl -sf -u "$BELVO_SECRET_ID:$BELVO_SECRET_PASSWORD" \
                "$url/api/institutions/?name=erebor_mx_retail"
    }
    cli_check >/dev/null 2>&1 || true
    curl_check >/dev/null
    ct=$(mktemp)
    for _ in $(seq 21); do
        echo "cli $(elapsed_us cli_check)" >>"$ct"
        echo "curl $(elapsed_us curl_check)" >>"$ct"
    done
    check_cli=$(sed -n 's/^cli //p' "$ct" | median | awk '{printf "%.1f", $1/1000}')
    check_curl=$(sed -n 's/^curl //p' "$ct" | median | awk '{printf "%.1f", $1/1000}')
    rm -f "$ct"
}
check_row() {
    printf '| relink-cli check: the link, its bank'"'"'s health, its history and who is on it (median of 21) | %s ms | %s ms (curl, the same two GETs) | %s× | ≤ 1.5× |\n' \
        "$check_cli" "$check_curl" "$(ratio "$check_cli" "$check_curl")"
}
if [ "$only" = preflight ]; then
    echo "bench: relink-cli check against curl (21 runs each, alternating)…"
    check_bench
    printf '\n| measure | Relink | baseline | ratio | goal |\n|---|---|---|---|---|\n'
    check_row
    exit 0
fi
# 50 open hand-offs (recorded in the history, watched again as after a restart) beside the
# queue of 10,000 links (open at the last close), scrolled to its end as pages arrive: the
# window opening until the desk is there, then 30 s (tools/bench/handoffbench.cpp). Sets
# ho_watched, ho_requests, ho_max30, ho_open_stall, ho_stall, ho_rows.
handoff_bench() {
    local url out; start_simulator url 0 --links 10000
    out=$("$B/tools/relink-handoff-bench" "$url" "$XDG_DATA_HOME/handoffs.sqlite" 30 2>/dev/null) ||
        { echo "bench: relink-handoff-bench failed" >&2; exit 1; }
    ho() { sed -n "s/^$1=//p" <<<"$out"; }
    ho_watched=$(ho watched) ho_requests=$(ho requests) ho_max30=$(ho max_requests_30s)
    ho_open_stall=$(ho open_stall_ms) ho_stall=$(ho max_stall_ms) ho_rows=$(ho queue_rows)
}
handoff_row() {
    printf '| %s open hand-offs watched + the queue (%s rows loaded), 30 s: requests in any 30 s (of %s) / longest GUI stall | %s / %s ms | — | — | ≤ 80 / < 16 ms |\n' \
        "$ho_watched" "$ho_rows" "$ho_requests" "$ho_max30" "$ho_stall"
    printf '| the same, opening (start-up): from the window shown to the 50 waiting rows and the first page of the queue: longest GUI stall | %s ms | — | — | — |\n' \
        "$ho_open_stall"
}
if [ "$only" = handoffs ]; then
    echo "bench: 50 open hand-offs beside the queue for 30 s…"
    handoff_bench
    printf '\n| measure | Relink | baseline | ratio | goal |\n|---|---|---|---|---|\n'
    handoff_row
    exit 0
fi
# The history at a desk's scale (#26): a million attempts over a year, on SQLite (a file) and on a
# team's PostgreSQL (a throwaway server of its own, scripts/pg-cluster.sh; stopped on exit), both
# seeded alike through HistoryImport's multi-row INSERTs (tools/bench/historybench.cpp). At a
# million: the History window's first rows, its filters, then the retention down to the last 37
# days (about 100,000: each batch's longest lock). Over what is left: relink-cli history --json
# and --csv against sqlite3 and psql, and what recording to the team adds to relink-cli update.
history_bench() {
    local hb="$B/tools/relink-history-bench" hd="$XDG_DATA_HOME/history-bench"
    mkdir -p "$hd"
    pg_state=$(mktemp -d)
    bash scripts/pg-cluster.sh start "$pg_state" >/dev/null ||
        { echo "bench: the PostgreSQL server did not start (scripts/setup.sh installs it)" >&2; exit 1; }
    local pg_url; pg_url=$(sed -n 's/^RELINK_TEST_PG_URL=//p' "$pg_state/env")
    export PGPASSFILE="$pg_state/pgpass"
    local sqlite="$hd/history.sqlite" outbox="$hd/outbox.sqlite" # the team's local outbox
    on_sqlite() { RELINK_HISTORY_DB="$sqlite" "$@"; }
    on_pg() { RELINK_HISTORY_DB="$outbox" RELINK_HISTORY_URL="$pg_url" "$@"; }
    hist_seed_sqlite=$("$hb" seed "$sqlite" 1000000 365 2>/dev/null | sed -n 's/^seed_ms=//p')
    hist_seed_pg=$("$hb" seed "$pg_url" 1000000 365 2>/dev/null | sed -n 's/^seed_ms=//p')
    [ -n "$hist_seed_sqlite" ] && [ -n "$hist_seed_pg" ] || { echo "bench: seeding the history failed" >&2; exit 1; }
    local f; f=$(mktemp)
    hpick() { sed -n "s/^$1 $2=//p" "$f" | median; }
    # The History window at a million: from its construction to its first rows (5 runs each).
    for _ in $(seq 5); do
        on_sqlite "$hb" window "$sqlite" 2>/dev/null | sed 's/^/sqlite /' >>"$f"
        on_pg "$hb" window "$pg_url" 2>/dev/null | sed 's/^/pg /' >>"$f"
    done
    hist_win_sqlite=$(hpick sqlite first_rows_ms) hist_win_pg=$(hpick pg first_rows_ms)
    hist_paint_sqlite=$(hpick sqlite first_paint_ms) hist_paint_pg=$(hpick pg first_paint_ms)
    hist_warm_sqlite=$(hpick sqlite warm_rows_ms) hist_warm_pg=$(hpick pg warm_rows_ms)
    [ -n "$hist_win_sqlite" ] && [ -n "$hist_win_pg" ] || { echo "bench: relink-history-bench window failed" >&2; exit 1; }
    # Its filters at a million, the store open (median of 5 inside).
    { "$hb" filters "$sqlite" | sed 's/^/sqlite /' && "$hb" filters "$pg_url" | sed 's/^/pg /'; } >>"$f" 2>/dev/null ||
        { echo "bench: relink-history-bench filters failed" >&2; exit 1; }
    local w
    for w in window link agent ticket day; do
        printf -v "hist_filter_${w}_sqlite" '%s' "$(hpick sqlite "filter_${w}_ms")"
        printf -v "hist_filter_${w}_pg" '%s' "$(hpick pg "filter_${w}_ms")"
    done
    # Retention: a million down to the last 37 days, in batches.
    { "$hb" prune "$sqlite" 37 | sed 's/^/sqlite /' && "$hb" prune "$pg_url" 37 | sed 's/^/pg /'; } >>"$f" 2>/dev/null ||
        { echo "bench: relink-history-bench prune failed" >&2; exit 1; }
    hist_pruned_sqlite=$(hpick sqlite pruned) hist_pruned_pg=$(hpick pg pruned)
    hist_batches_sqlite=$(hpick sqlite batches) hist_batches_pg=$(hpick pg batches)
    hist_lock_sqlite=$(hpick sqlite longest_batch_ms) hist_lock_pg=$(hpick pg longest_batch_ms)
    hist_prune_sqlite=$(hpick sqlite prune_ms) hist_prune_pg=$(hpick pg prune_ms)
    # The 900,000 deleted rows vacuumed now, as autovacuum does after a team's retention: no
    # vacuum of them runs in the background under the figures below.
    psql -X -q -d "$pg_url" -c "VACUUM (ANALYZE) attempts, steps" >/dev/null ||
        { echo "bench: VACUUM after the retention failed" >&2; exit 1; }
    # Each store's cut-off is its own run's "37 days ago", minutes apart: a few attempts may differ.
    hist_left=$((1000000 - hist_pruned_sqlite)) hist_left_pg=$((1000000 - hist_pruned_pg))
    : >"$f"
    history_json() { "$B/app/cli/relink-cli" history --json; }
    local h
    [ "$(on_sqlite history_json 2>/dev/null | grep -c '^        "link_id": ')" = "$hist_left" ] &&
        [ "$(on_pg history_json 2>/dev/null | grep -c '^        "link_id": ')" = "$hist_left_pg" ] ||
        { echo "bench: relink-cli history --json did not list the $hist_left / $hist_left_pg records" >&2; exit 1; }
    for _ in $(seq 5); do # alternating, like start-up
        echo "sqlite $(on_sqlite elapsed_us history_json)" >>"$f"
        echo "pg $(on_pg elapsed_us history_json)" >>"$f"
    done
    hpick_ms() { sed -n "s/^$1 //p" "$f" | median | awk '{printf "%.1f", $1/1000}'; }
    hist_json_sqlite=$(hpick_ms sqlite) hist_json_pg=$(hpick_ms pg)
    : >"$f"
    # Against the databases' own tools on the same rows and steps, in the same order (#26):
    # sqlite3 -json on the file, psql writing the same query as CSV (\copy … TO STDOUT); time
    # (median of 5, alternating) and peak RSS (GNU time's maximum resident set).
    local cols="a.started_at, a.environment, a.link_id, a.institution, a.fields, a.outcome,
        a.http_status, a.request_ids, a.link_status, a.agent, a.ticket"
    local steps_sqlite="(SELECT group_concat(label, ';') FROM (SELECT s.method ||
        coalesce(' ' || s.http_status, '') AS label FROM steps s WHERE s.attempt_id = a.id
        ORDER BY s.id))"
    local steps_pg="(SELECT string_agg(s.method || coalesce(' ' || s.http_status, ''), ';'
        ORDER BY s.id) FROM steps s WHERE s.attempt_id = a.id)"
    local order="ORDER BY a.started_at DESC, a.id DESC"
    sqlite_json() { sqlite3 -json "$sqlite" "SELECT $cols, $steps_sqlite AS steps FROM attempts a $order"; }
    psql_csv() {
        psql -X -q -d "$pg_url" -c "\\copy (SELECT $cols, $steps_pg AS steps FROM attempts a $order) TO STDOUT WITH CSV HEADER"
    }
    history_csv() { "$B/app/cli/relink-cli" history --csv; }
    [ "$(sqlite_json | grep -c '"link_id"')" = "$hist_left" ] && [ "$(psql_csv | wc -l)" -gt "$hist_left_pg" ] ||
        { echo "bench: sqlite3 or psql did not print the $hist_left records" >&2; exit 1; }
    for _ in $(seq 5); do
        echo "sqlite3 $(elapsed_us sqlite_json)" >>"$f"
        echo "relinksqlite $(on_sqlite elapsed_us history_json)" >>"$f"
        echo "psql $(elapsed_us psql_csv)" >>"$f"
        echo "relinkpg $(on_pg elapsed_us history_csv)" >>"$f"
    done
    hist_tool_sqlite3=$(hpick_ms sqlite3) hist_tool_relink_sqlite=$(hpick_ms relinksqlite)
    hist_tool_psql=$(hpick_ms psql) hist_tool_relink_pg=$(hpick_ms relinkpg)
    peak_kib() { local o; o=$(mktemp); /usr/bin/time -o "$o" -f %M "$@" >/dev/null 2>&1 || true; tail -1 "$o"; rm -f "$o"; }
    hist_rss_sqlite3=$(peak_kib sqlite3 -json "$sqlite" "SELECT $cols, $steps_sqlite AS steps FROM attempts a $order")
    hist_rss_relink_sqlite=$(on_sqlite peak_kib "$B/app/cli/relink-cli" history --json)
    hist_rss_psql=$(peak_kib psql -X -q -d "$pg_url" -c "\\copy (SELECT $cols, $steps_pg AS steps FROM attempts a $order) TO STDOUT WITH CSV HEADER")
    hist_rss_relink_pg=$(on_pg peak_kib "$B/app/cli/relink-cli" history --csv)
    : >"$f"
    # What recording costs, in parts (11 runs each): the first open in a process, opening again,
    # an update's two events.
    for _ in $(seq 11); do
        "$hb" connect "$sqlite" 2>/dev/null | sed 's/^/sqlite /' >>"$f"
        "$hb" connect "$pg_url" 2>/dev/null | sed 's/^/pg /' >>"$f"
    done
    hist_cold_sqlite=$(hpick sqlite open_cold_ms) hist_cold_pg=$(hpick pg open_cold_ms)
    hist_open_sqlite=$(hpick sqlite open_warm_ms) hist_open_pg=$(hpick pg open_warm_ms)
    hist_write_sqlite=$(hpick sqlite write_ms) hist_write_pg=$(hpick pg write_ms)
    : >"$f"
    # relink-cli update with the fields on stdin, against the simulator: 21 runs each.
    local hist_sim; start_simulator hist_sim 0
    local fields="$hd/fields.json"
    echo '{"password":"pass_valid"}' >"$fields"
    update_stdin() { "$B/app/cli/relink-cli" update "$link" --fields - --base-url "$hist_sim" <"$fields"; }
    on_sqlite update_stdin >/dev/null 2>&1 && on_pg update_stdin >/dev/null 2>&1 ||
        { echo "bench: relink-cli update failed" >&2; exit 1; }
    for _ in $(seq 21); do
        echo "sqlite $(on_sqlite elapsed_us update_stdin)" >>"$f"
        echo "pg $(on_pg elapsed_us update_stdin)" >>"$f"
    done
    hist_update_sqlite=$(hpick_ms sqlite) hist_update_pg=$(hpick_ms pg)
    : >"$f"
    # The same against a simulator that answers in 300 ms, as a server across the internet does
    # at best: the team history's connection is made meanwhile (11 runs each).
    local hist_far; start_simulator hist_far 0 --delay-ms 300
    update_far() { "$B/app/cli/relink-cli" update "$link" --fields - --base-url "$hist_far" <"$fields"; }
    for _ in $(seq 11); do
        echo "sqlite $(on_sqlite elapsed_us update_far)" >>"$f"
        echo "pg $(on_pg elapsed_us update_far)" >>"$f"
    done
    hist_far_sqlite=$(hpick_ms sqlite) hist_far_pg=$(hpick_ms pg)
    # Every one of them reached the team's database (none waits in the outbox).
    local got; got=$(on_pg "$B/app/cli/relink-cli" history --link "$link" --json 2>/dev/null |
        grep -c '^        "link_id": ' || true)
    [ "$got" = 33 ] ||
        { echo "bench: the team history got $got of the 33 updates" >&2; exit 1; }
    rm -f "$f"
}
history_rows() {
    printf '| seeding a million attempts over a year (begin + PUT each; HistoryImport, multi-row INSERTs, 10,000 a transaction) | %s ms (PostgreSQL) | %s ms (SQLite) | %s× | — |\n' \
        "$hist_seed_pg" "$hist_seed_sqlite" "$(ratio "$hist_seed_pg" "$hist_seed_sqlite")"
    printf '| History window over a million: construction to the first rows loaded / painted (median of 5) | %s / %s ms (PostgreSQL) | %s / %s ms (SQLite) | %s× | ≤ 100 ms |\n' \
        "$hist_win_pg" "$hist_paint_pg" "$hist_win_sqlite" "$hist_paint_sqlite" "$(ratio "$hist_win_pg" "$hist_win_sqlite")"
    printf '| History window over a million, opened again (the store open) | %s ms (PostgreSQL) | %s ms (SQLite) | %s× | ≤ 100 ms |\n' \
        "$hist_warm_pg" "$hist_warm_sqlite" "$(ratio "$hist_warm_pg" "$hist_warm_sqlite")"
    printf '| its first page at a million (256 rows, median of 5): the last 90 days / a link / an agent / a ticket / one day | %s / %s / %s / %s / %s ms (PostgreSQL) | %s / %s / %s / %s / %s ms (SQLite) | — | ≤ 50 ms |\n' \
        "$hist_filter_window_pg" "$hist_filter_link_pg" "$hist_filter_agent_pg" "$hist_filter_ticket_pg" "$hist_filter_day_pg" \
        "$hist_filter_window_sqlite" "$hist_filter_link_sqlite" "$hist_filter_agent_sqlite" "$hist_filter_ticket_sqlite" "$hist_filter_day_sqlite"
    printf '| retention, a million down to the last 37 days: attempts deleted / batches / the longest batch (its locks) / in all | %s / %s / %s ms / %s ms (PostgreSQL) | %s / %s / %s ms / %s ms (SQLite) | — | ≤ 100 ms a batch |\n' \
        "$hist_pruned_pg" "$hist_batches_pg" "$hist_lock_pg" "$hist_prune_pg" "$hist_pruned_sqlite" "$hist_batches_sqlite" "$hist_lock_sqlite" "$hist_prune_sqlite"
    printf '| relink-cli history --json, the %s left (median of 5) | %s ms (PostgreSQL) | %s ms (SQLite) | %s× | — |\n' \
        "$hist_left" "$hist_json_pg" "$hist_json_sqlite" "$(ratio "$hist_json_pg" "$hist_json_sqlite")"
    printf '| relink-cli history --json against sqlite3 -json, %s records with their steps: time (median of 5) / peak RSS | %s ms / %s KiB | %s ms / %s KiB (sqlite3 -json) | %s× | ≤ 1.2× / ≤ 64 MiB |\n' \
        "$hist_left" "$hist_tool_relink_sqlite" "$hist_rss_relink_sqlite" "$hist_tool_sqlite3" "$hist_rss_sqlite3" "$(ratio "$hist_tool_relink_sqlite" "$hist_tool_sqlite3")"
    printf '| relink-cli history --csv (team) against psql writing the same query as CSV, %s records: time (median of 5) / peak RSS | %s ms / %s KiB | %s ms / %s KiB (psql \\copy) | %s× | ≤ 1.2× / ≤ 64 MiB |\n' \
        "$hist_left_pg" "$hist_tool_relink_pg" "$hist_rss_relink_pg" "$hist_tool_psql" "$hist_rss_psql" "$(ratio "$hist_tool_relink_pg" "$hist_tool_psql")"
    printf '| relink-cli update --fields - (median of 21) | %s ms (team history) | %s ms (SQLite) | +%s ms | ≤ +20 ms |\n' \
        "$hist_update_pg" "$hist_update_sqlite" "$(awk -v a="$hist_update_pg" -v b="$hist_update_sqlite" 'BEGIN {printf "%.1f", a-b}')"
    printf '| the same, Belvo answering in 300 ms (median of 11) | %s ms (team history) | %s ms (SQLite) | +%s ms | ≤ +20 ms |\n' \
        "$hist_far_pg" "$hist_far_sqlite" "$(awk -v a="$hist_far_pg" -v b="$hist_far_sqlite" 'BEGIN {printf "%.1f", a-b}')"
    printf '| recording, in parts: first open in a process / opening again / an update'"'"'s two events (median of 11) | %s / %s / %s ms (PostgreSQL) | %s / %s / %s ms (SQLite) | — | — |\n' \
        "$hist_cold_pg" "$hist_open_pg" "$hist_write_pg" "$hist_cold_sqlite" "$hist_open_sqlite" "$hist_write_sqlite"
}
if [ "$only" = history ]; then
    echo "bench: the history at a million records, SQLite against PostgreSQL (about ten minutes)…"
    link=11111111-1111-4111-8111-111111111111
    history_bench
    printf '\nRelink benchmarks — %s, %s, %s cores\n\n' "$(date -u +%Y-%m-%d)" \
        "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)" "$(nproc)"
    printf '| measure | Relink | baseline | ratio | goal |\n|---|---|---|---|---|\n'
    history_rows
    exit 0
fi
# Launch to first painted frame, as the process itself sees it at that moment (teardown after
# it is not start-up): the launcher's clock goes in RELINK_BENCH_T0 and the window reports.
# Relink and the minimal window alternate, so drift on this noisy machine hits both alike.
relink_start=("$B/app/gui/relink" --demo --check-start)
minimal_start=("$B/tools/relink-minimal-window")
startup() { # N: sets start_relink, start_min (median ms) and rss_relink, rss_min (median KiB)
    local out; out=$(mktemp)
    for _ in $(seq "$1"); do
        RELINK_BENCH_T0=$(now_ns) RELINK_BENCH_REPORT=1 "${relink_start[@]}" 2>/dev/null |
            sed -n 's/^/relink /p' >>"$out"
        RELINK_BENCH_T0=$(now_ns) RELINK_BENCH_REPORT=1 "${minimal_start[@]}" 2>/dev/null |
            sed -n 's/^/min /p' >>"$out"
    done
    pick() { sed -n "s/^$1 $2=//p" "$out" | median; }
    start_relink=$(pick relink first_paint_ms) start_min=$(pick min first_paint_ms)
    rss_relink=$(pick relink rss_kib) rss_min=$(pick min rss_kib)
    rm -f "$out"
}

echo "bench: start-up under Xvfb, the X11 platform plugin a desktop uses (51 runs each)…"
"${minimal_start[@]}" >/dev/null 2>&1 || true # warm the page cache for both
"${relink_start[@]}" >/dev/null 2>&1 || true
dfile=$(mktemp)
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$dfile" 2>/dev/null &
pids+=($!)
for _ in $(seq 200); do [ -s "$dfile" ] && break; sleep 0.05; done # up to 10 s
[ -s "$dfile" ] || { echo "bench: Xvfb did not start" >&2; exit 1; }
display=$(head -1 "$dfile") && rm -f "$dfile"
QT_QPA_PLATFORM=xcb DISPLAY=":$display" startup 51
x_start_relink=$start_relink x_start_min=$start_min x_rss_relink=$rss_relink x_rss_min=$rss_min
echo "bench: start-up offscreen, the app's own work without a display server (21 runs each)…"
startup 21

echo "bench: memory over 100 updates and responsiveness with a 4 MiB answer…"
start_simulator sim_url 0
start_simulator big_url 4096
gui=$("$B/tools/relink-gui-bench" "$sim_url" "$big_url" 2>/dev/null)
get() { echo "$gui" | sed -n "s/^$1=//p"; }

echo "bench: round trip (21 runs each, alternating, the same PUT)…"
link=11111111-1111-4111-8111-111111111111
fields_file="$XDG_DATA_HOME/fields.json" # a file, as curl's -d is an argument: no extra pipe
echo '{"password":"pass_valid"}' >"$fields_file"
cli_put() { "$B/app/cli/relink-cli" update "$link" --fields "$fields_file" --base-url "$sim_url"; }
curl_put() { curl -sf -X PUT -u "$BELVO_SECRET_ID:$BELVO_SECRET_PASSWORD" -H 'Content-Type: application/json' \
    -d '{"password":"pass_valid"}' "$sim_url/api/links/$link/"; }
cli_put >/dev/null && curl_put >/dev/null
rt=$(mktemp)
for _ in $(seq 21); do # alternating, like start-up
    echo "cli $(elapsed_us cli_put)" >>"$rt"
    echo "curl $(elapsed_us curl_put)" >>"$rt"
done
ms_median() { sed -n "s/^$1 //p" "$rt" | median | awk '{printf "%.1f", $1/1000}'; }
rt_cli=$(ms_median cli) rt_curl=$(ms_median curl)
rm -f "$rt"

echo "bench: listing 10,000 links needing attention (11 runs each, alternating)…"
links_bench

echo "bench: relink-cli check against curl (21 runs each, alternating)…"
check_bench

echo "bench: the history at a million records, SQLite against PostgreSQL (about ten minutes)…"
history_bench

echo "bench: 50 open hand-offs beside the queue for 30 s…"
handoff_bench

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
printf '| start-up to first painted frame, Xvfb (median of 51) | %s ms | %s ms (minimal window) | %s× | ≤ 1.2× |\n' \
    "$x_start_relink" "$x_start_min" "$(ratio "$x_start_relink" "$x_start_min")"
printf '| start-up to first painted frame, offscreen (median of 21) | %s ms | %s ms (minimal window) | %s× | ≤ 1.2× |\n' \
    "$start_relink" "$start_min" "$(ratio "$start_relink" "$start_min")"
printf '| RSS at the first frame, Xvfb | %s KiB | %s KiB (minimal window) | %s× | ≤ 1.3× |\n' \
    "$x_rss_relink" "$x_rss_min" "$(ratio "$x_rss_relink" "$x_rss_min")"
printf '| RSS at the first frame, offscreen | %s KiB | %s KiB (minimal window) | %s× | ≤ 1.3× |\n' \
    "$rss_relink" "$rss_min" "$(ratio "$rss_relink" "$rss_min")"
printf '| RSS after 100 updates (GUI) | %s KiB | %s KiB (after 10) | +%s KiB | growth ≈ 0 |\n' \
    "$(get rss_after_100_kib)" "$(get rss_after_10_kib)" "$growth"
printf '| round trip, update (median of 21) | %s ms (relink-cli) | %s ms (curl) | %s× | ≤ 1.5× |\n' \
    "$rt_cli" "$rt_curl" "$(ratio "$rt_cli" "$rt_curl")"
links_row
check_row
handoff_row
history_rows
printf '| longest GUI stall, 4 MiB answer | %s ms | — | — | < 16 ms |\n' "$(get max_stall_ms)"
printf '| .deb size / installed size | %s KiB / %s KiB | — | — | .deb ≤ 2 MB |\n' "$deb_kib" "$installed_kib"

[ -z "$against" ] && exit 0
# ---- the same measures for another revision, alternating with this tree's, in this run
echo
echo "bench: building $against in build-bench-base/ …"
base_src="$PWD/build-bench-base-src" # a fixed place: the build folder's cache stays valid
git worktree remove --force "$base_src" 2>/dev/null || rm -rf "$base_src"
git worktree prune
git worktree add -q --detach "$base_src" "$against" # cleanup() removes it
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# A cache made for another source folder can't be reused: start that build afresh (ccache helps).
if [ -f build-bench-base/CMakeCache.txt ] &&
    ! grep -qx "CMAKE_HOME_DIRECTORY:INTERNAL=$base_src" build-bench-base/CMakeCache.txt; then
    rm -rf build-bench-base
fi
# Check link → form is measured by this tree's tools/bench/checkbench.cpp, built against both
# (it uses nothing but the window, its objectNames and the simulator's demo links).
if ! grep -q relink-check-bench "$base_src/tools/CMakeLists.txt"; then
    cp tools/bench/checkbench.cpp "$base_src/tools/bench/"
    printf '%s\n' 'qt_add_executable(relink-check-bench bench/checkbench.cpp)' \
        'target_link_libraries(relink-check-bench PRIVATE relink_gui Qt6::Test)' \
        >>"$base_src/tools/CMakeLists.txt"
fi
cmake -S "$base_src" -B build-bench-base -G Ninja "${launcher[@]}" -DBUILD_TESTING=OFF >/dev/null
cmake --build build-bench-base >/dev/null
R=build-bench-base
base_start=(env RELINK_MODULE_DIR="$PWD/$R/modules" "$R/app/gui/relink" --demo --check-start)
now_start=("$B/app/gui/relink" --demo --check-start)
cmp_startup() { # N platform: medians of first_paint_ms for now and base, alternating
    local out; out=$(mktemp)
    for _ in $(seq "$1"); do
        RELINK_BENCH_T0=$(now_ns) RELINK_BENCH_REPORT=1 QT_QPA_PLATFORM=$2 "${now_start[@]}" \
            2>/dev/null | sed -n 's/^first_paint_ms=/now /p' >>"$out"
        RELINK_BENCH_T0=$(now_ns) RELINK_BENCH_REPORT=1 QT_QPA_PLATFORM=$2 "${base_start[@]}" \
            2>/dev/null | sed -n 's/^first_paint_ms=/base /p' >>"$out"
    done
    cmp_now=$(sed -n 's/^now //p' "$out" | median) cmp_base=$(sed -n 's/^base //p' "$out" | median)
    rm -f "$out"
}
cmp_startup 21 offscreen
off_now=$cmp_now off_base=$cmp_base
DISPLAY=":$display" cmp_startup 31 xcb
x_now=$cmp_now x_base=$cmp_base
base_put() { RELINK_MODULE_DIR="$PWD/$R/modules" "$R/app/cli/relink-cli" update "$link" \
    --fields "$fields_file" --base-url "$sim_url"; }
rt=$(mktemp)
for _ in $(seq 21); do
    echo "cli $(elapsed_us cli_put)" >>"$rt"
    echo "base $(elapsed_us base_put)" >>"$rt"
done
rt_now=$(ms_median cli) rt_base=$(ms_median base)
rm -f "$rt"
# Instructions are the stable figure on a noisy machine (callgrind, when valgrind is there).
instr() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
i_now="-" i_base="-" s_now="-" s_base="-"
if command -v valgrind >/dev/null 2>&1; then
    i_now=$(instr "$B/app/cli/relink-cli" update "$link" --fields "$fields_file" --base-url "$sim_url")
    i_base=$(RELINK_MODULE_DIR="$PWD/$R/modules" instr "$R/app/cli/relink-cli" update "$link" \
        --fields "$fields_file" --base-url "$sim_url")
    s_now=$(QT_QPA_PLATFORM=offscreen instr "${now_start[@]}")
    s_base=$(QT_QPA_PLATFORM=offscreen RELINK_MODULE_DIR="$PWD/$R/modules" instr \
        "$R/app/gui/relink" --demo --check-start)
fi
# Check link → the form ready (now: with the pre-flight's findings, which Update waits for):
# 7 processes of each tree in turn, 9 checks each, against the same simulator.
ck=$(mktemp)
for _ in $(seq 7); do
    "$B/tools/relink-check-bench" "$sim_url" 9 2>/dev/null | sed -n 's/^check_ms=/now /p' >>"$ck"
    RELINK_MODULE_DIR="$PWD/$R/modules" "$R/tools/relink-check-bench" "$sim_url" 9 2>/dev/null |
        sed -n 's/^check_ms=/base /p' >>"$ck"
done
ck_now=$(sed -n 's/^now //p' "$ck" | median) ck_base=$(sed -n 's/^base //p' "$ck" | median)
ck_n=$(grep -c '^now ' "$ck" || true)
rm -f "$ck"
mi() { [ "$1" = "-" ] && echo "-" || awk -v n="$1" 'BEGIN {printf "%.1f M", n/1e6}'; }
printf '\nThis tree against %s — the same run, alternating\n\n' "$(git rev-parse --short "$against")"
printf '| measure | now | %s | ratio |\n|---|---|---|---|\n' "$(git rev-parse --short "$against")"
printf '| start-up, Xvfb (median of 31) | %s ms | %s ms | %s× |\n' "$x_now" "$x_base" "$(ratio "$x_now" "$x_base")"
printf '| start-up, offscreen (median of 21) | %s ms | %s ms | %s× |\n' "$off_now" "$off_base" "$(ratio "$off_now" "$off_base")"
printf '| start-up, offscreen, instructions (callgrind, whole process) | %s | %s | %s× |\n' \
    "$(mi "$s_now")" "$(mi "$s_base")" "$( [ "$s_now" = "-" ] && echo - || ratio "$s_now" "$s_base")"
printf '| round trip, relink-cli update (median of 21) | %s ms | %s ms | %s× |\n' "$rt_now" "$rt_base" "$(ratio "$rt_now" "$rt_base")"
printf '| Check link → the form ready (now with the pre-flight'"'"'s findings; median of %s) | %s ms | %s ms | %s× |\n' \
    "$ck_n" "$ck_now" "$ck_base" "$(ratio "$ck_now" "$ck_base")"
printf '| round trip, relink-cli update, instructions (callgrind) | %s | %s | %s× |\n' \
    "$(mi "$i_now")" "$(mi "$i_base")" "$( [ "$i_now" = "-" ] && echo - || ratio "$i_now" "$i_base")"
