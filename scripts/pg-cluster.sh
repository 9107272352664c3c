#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (the team history's store runs on PostgreSQL).
#
#   pg-cluster.sh start STATE   initdb + start a private server on a free 127.0.0.1 port, with a
#                               login role `relink` (CREATEDB) owning database `relink`; writes
#                               STATE/env (shell-style KEY=value lines) and STATE/pgpass (0600).
#                               A no-op when STATE/env names a server that is up.
#   pg-cluster.sh down STATE    stop the server (fast) but keep its data: tests that take the
#                               server away mid-session.
#   pg-cluster.sh up STATE      start it again on the same port; returns once it accepts
#                               connections.
#   pg-cluster.sh stop STATE    stop it and delete its data and STATE/env, STATE/pgpass. Exit 0
#                               when there is nothing to stop.
#
# STATE/env holds RELINK_TEST_PG_URL, RELINK_TEST_PG_ADMIN_URL (postgresql:// URLs without
# passwords), PGPASSFILE (libpq reads the passwords from it), RELINK_TEST_PG_PORT,
# RELINK_TEST_PG_DATA (the data folder) and RELINK_TEST_PG_BINDIR.
#
# Without PostgreSQL (initdb in /usr/lib/postgresql/*/bin, 15 preferred; PG_BINDIR=DIR overrides
# the search, e.g. PG_BINDIR=/nonexistent to check the skip) `start` says "not run: ..." and
# exits 77, which CTest reports as skipped. PostgreSQL refuses to run as root: as root the server
# runs as the `postgres` user (runuser), otherwise as the invoking user. Passwords are random,
# never printed and never on a command line.
set -euo pipefail

usage() {
    echo "usage: $0 start|down|up|stop STATE" >&2
    exit 2
}
[ $# -eq 2 ] || usage
command=$1
state=$2

is_root() { [ "$(id -u)" -eq 0 ]; }

# Runs a server-side PostgreSQL program as the server's user (from /, which that user can read).
as_pg() {
    if is_root; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

find_bindir() {
    if [ -n "${PG_BINDIR:-}" ]; then
        [ -x "$PG_BINDIR/initdb" ] && echo "$PG_BINDIR"
        return 0
    fi
    if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
        echo /usr/lib/postgresql/15/bin
        return 0
    fi
    local d
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] && echo "$d"
    done | sort -V | tail -n 1
}

free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

# Writes KEY=value, single-quoting a value that is not plainly safe for a shell.
env_line() {
    local value=$2
    if [[ "$value" =~ ^[A-Za-z0-9_@%+=:,./-]*$ ]]; then
        printf '%s=%s\n' "$1" "$value"
    else
        printf "%s='%s'\n" "$1" "${value//\'/\'\\\'\'}"
    fi
}

# Reads STATE/env into RELINK_TEST_PG_*; returns 1 when there is none.
load_env() {
    [ -f "$state/env" ] || return 1
    # shellcheck disable=SC1091 # our own file, written by `start`
    . "$state/env"
    export PGPASSFILE
}

# The server's options: loopback only, its socket in the private folder, no durability (the
# data is thrown away; a fast stop still checkpoints, so `down`/`up` keep it).
server_options() {
    local port=$1 sockdir=$2
    echo "-p $port -k '$sockdir' -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
}

start_server() {
    local bindir=$1 data=$2 port=$3
    local tmp
    tmp=$(dirname "$data")
    as_pg "$bindir/pg_ctl" -D "$data" -w -t 60 -l "$tmp/server.log" \
        -o "$(server_options "$port" "$tmp/socket")" start >/dev/null
    "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30
}

server_running() {
    local bindir=$1 data=$2
    [ -f "$data/postmaster.pid" ] && as_pg "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1
}

stop_server() {
    local bindir=$1 data=$2
    [ -f "$data/postmaster.pid" ] || return 0
    if [ -x "$bindir/pg_ctl" ]; then
        as_pg "$bindir/pg_ctl" -D "$data" -w -t 60 -m fast stop >/dev/null 2>&1 && return 0
    fi
    # pg_ctl is gone or failed: signal the postmaster directly (SIGINT = fast shutdown).
    local pid
    pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
    if [[ "$pid" =~ ^[0-9]+$ ]] && kill -INT "$pid" 2>/dev/null; then
        for _ in $(seq 600); do
            kill -0 "$pid" 2>/dev/null || return 0
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    fi
}

# Deletes a private folder made by `start` (and only such a folder).
remove_tmp() {
    local tmp=$1
    case "$(basename "$tmp")" in
    relink-pg.*) rm -rf -- "$tmp" ;;
    esac
}

cmd_stop() {
    if load_env; then
        stop_server "${RELINK_TEST_PG_BINDIR:-}" "$RELINK_TEST_PG_DATA"
        remove_tmp "$(dirname "$RELINK_TEST_PG_DATA")"
    fi
    rm -f -- "$state/env" "$state/pgpass"
}

# Set while `start` is half-way: stops and deletes whatever it made if it does not finish.
start_tmp=""
start_bindir=""
abandon_start() {
    local rc=$?
    if [ -n "$start_tmp" ]; then
        stop_server "$start_bindir" "$start_tmp/data"
        remove_tmp "$start_tmp"
        rm -f -- "$state/env" "$state/pgpass"
        echo "pg-cluster: the test server did not start (exit $rc)" >&2
    fi
    exit "$rc"
}

cmd_start() {
    local bindir
    bindir=$(find_bindir)
    if [ -z "$bindir" ]; then
        echo "not run: PostgreSQL is not installed (scripts/setup.sh installs postgresql-15)"
        exit 77
    fi
    if is_root && ! id postgres >/dev/null 2>&1; then
        echo "pg-cluster: running as root needs the postgres user (the postgresql package makes it)" >&2
        exit 1
    fi
    mkdir -p -- "$state"
    state=$(cd -- "$state" && pwd -P)
    if load_env; then
        if server_running "$RELINK_TEST_PG_BINDIR" "$RELINK_TEST_PG_DATA"; then
            echo "pg-cluster: already running on 127.0.0.1:$RELINK_TEST_PG_PORT"
            return 0
        fi
        cmd_stop # a stale state from a run that did not stop its server
    fi

    start_bindir=$bindir
    trap abandon_start EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    # The server's user must reach the folder: as root, /tmp (TMPDIR may be private).
    local base=${TMPDIR:-/tmp}
    is_root && base=/tmp
    start_tmp=$(mktemp -d "$base/relink-pg.XXXXXX")
    local tmp=$start_tmp data=$start_tmp/data
    mkdir "$tmp/socket"
    is_root && chown -R postgres:postgres "$tmp"

    local admin_pw relink_pw
    admin_pw=$(openssl rand -hex 16)
    relink_pw=$(openssl rand -hex 16)
    (umask 077 && printf '%s\n' "$admin_pw" >"$tmp/pwfile")
    is_root && chown postgres:postgres "$tmp/pwfile"
    as_pg "$bindir/initdb" -D "$data" -U postgres --auth=scram-sha-256 --pwfile="$tmp/pwfile" \
        --no-sync -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 ||
        {
            cat "$tmp/initdb.log" >&2
            exit 1
        }
    rm -f -- "$tmp/pwfile"

    # A free port can be taken before the server binds it: try another.
    local port attempt
    for attempt in 1 2 3; do
        port=$(free_port)
        if start_server "$bindir" "$data" "$port" 2>>"$tmp/start.log"; then
            break
        fi
        stop_server "$bindir" "$data"
        if [ "$attempt" -eq 3 ]; then
            cat "$tmp/start.log" "$tmp/server.log" >&2 2>/dev/null || true
            exit 1
        fi
    done

    (
        umask 077
        printf '127.0.0.1:%s:*:relink:%s\n127.0.0.1:%s:*:postgres:%s\n' \
            "$port" "$relink_pw" "$port" "$admin_pw" >"$state/pgpass"
    )
    chmod 600 "$state/pgpass"

    # The password goes through psql's stdin, never its argv; the server logs no statement, and
    # psql's error (which may quote the statement) is shown with the password blanked out.
    if ! PGPASSFILE="$state/pgpass" "$bindir/psql" -X -q -v ON_ERROR_STOP=1 \
        -h 127.0.0.1 -p "$port" -U postgres -d postgres >/dev/null 2>"$tmp/psql.err" <<SQL; then
SET log_statement = 'none';
SET log_min_error_statement = 'panic';
CREATE ROLE relink LOGIN CREATEDB PASSWORD '$relink_pw';
CREATE DATABASE relink OWNER relink;
SQL
        sed "s/$relink_pw/(password)/g" "$tmp/psql.err" >&2
        exit 1
    fi

    local env_tmp=$state/env.partial
    {
        env_line RELINK_TEST_PG_URL "postgresql://relink@127.0.0.1:$port/relink"
        env_line RELINK_TEST_PG_ADMIN_URL "postgresql://postgres@127.0.0.1:$port/postgres"
        env_line PGPASSFILE "$state/pgpass"
        env_line RELINK_TEST_PG_PORT "$port"
        env_line RELINK_TEST_PG_DATA "$data"
        env_line RELINK_TEST_PG_BINDIR "$bindir"
    } >"$env_tmp"
    mv -f -- "$env_tmp" "$state/env"
    start_tmp=""
    trap - EXIT INT TERM
    echo "pg-cluster: PostgreSQL $("$bindir/postgres" -V | awk '{print $3}') on 127.0.0.1:$port (state in $state)"
}

need_env() {
    if ! load_env; then
        echo "pg-cluster: no test server in $state (run: $0 start $state)" >&2
        exit 1
    fi
}

case "$command" in
start) cmd_start ;;
down)
    need_env
    stop_server "$RELINK_TEST_PG_BINDIR" "$RELINK_TEST_PG_DATA"
    ;;
up)
    need_env
    if ! server_running "$RELINK_TEST_PG_BINDIR" "$RELINK_TEST_PG_DATA"; then
        start_server "$RELINK_TEST_PG_BINDIR" "$RELINK_TEST_PG_DATA" "$RELINK_TEST_PG_PORT"
    fi
    ;;
stop) cmd_stop ;;
*) usage ;;
esac
