#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store tests: Debian's server binaries, trust authentication for the role
# "pointdesk", listening on 127.0.0.1 only, on the first free port of a range, everything under DIR.
#   pg-cluster.sh start DIR [FIRST-LAST]   initdb + start; the port goes to DIR/port (default range 55400-55499)
#   pg-cluster.sh restart DIR              an immediate stop (as a crash would) and a start on the same port
#   pg-cluster.sh halt DIR                 an immediate stop only (the data stays; "resume" starts it again)
#   pg-cluster.sh resume DIR               a start on the same port after "halt"
#   pg-cluster.sh stop DIR                 stop and remove DIR
# PG_CLUSTER_FSYNC=on keeps fsync on (bench/run's figure); the tests run with it off (speed; no machine crash is tested).
# initdb and pg_ctl refuse to run as root: as root they run as the user postgres (runuser), which owns DIR/data.
set -euo pipefail

cmd=${1:?usage: pg-cluster.sh start|restart|halt|resume|stop DIR [FIRST-LAST]}
dir=${2:?usage: pg-cluster.sh start|restart|halt|resume|stop DIR [FIRST-LAST]}
range=${3:-55400-55499}
dir=$(realpath -m "$dir") # the server resolves paths from its data directory

bindir=${POINTDESK_PG_BINDIR:-}
if [[ -z "$bindir" ]]; then
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
[[ -x "$bindir/pg_ctl" ]] || { echo "pg-cluster: no PostgreSQL server binaries (package postgresql)" >&2; exit 1; }

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_on() { # PORT
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
        -o "-p $1 -k $dir -c listen_addresses=127.0.0.1 -c fsync=${PG_CLUSTER_FSYNC:-off} -c max_connections=60" start >/dev/null
}

stop_cluster() { # MODE
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m "$1" -w -t 60 stop >/dev/null 2>&1 || true
    fi
}

case "$cmd" in
start)
    stop_cluster immediate
    rm -rf "$dir"
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres "$dir"; fi
    as_owner "$bindir/initdb" -D "$dir/data" -A trust -U pointdesk -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    first=${range%-*}
    last=${range#*-}
    span=$((last - first + 1))
    offset=$((RANDOM % span))
    for ((i = 0; i < span; i++)); do
        port=$((first + (offset + i) % span))
        port_in_use "$port" && continue
        if start_on "$port" 2>>"$dir/start.log"; then
            echo "$port" >"$dir/port"
            echo "pg-cluster: PostgreSQL on 127.0.0.1:$port, data in $dir/data"
            exit 0
        fi
        # Only a port taken meanwhile is worth another try.
        grep -q "already in use" "$dir/log" 2>/dev/null || { cat "$dir/log" >&2; exit 1; }
        : >"$dir/log"
    done
    echo "pg-cluster: no free port in $range" >&2
    cat "$dir/log" >&2 2>/dev/null || true
    exit 1
    ;;
restart)
    port=$(cat "$dir/port")
    stop_cluster immediate
    start_on "$port"
    ;;
halt)
    stop_cluster immediate
    ;;
resume)
    start_on "$(cat "$dir/port")"
    ;;
stop)
    stop_cluster fast
    rm -rf "$dir"
    ;;
*)
    echo "pg-cluster: unknown command $cmd" >&2
    exit 2
    ;;
esac
