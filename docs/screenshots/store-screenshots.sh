#!/usr/bin/env bash
# The store database screenshots: the status bar's words (up to date, changes waiting, offline, refused) and
# Preferences > Store, from the real application in normal mode against a stand-alone pointdesk-sim and a throwaway
# PostgreSQL cluster (tests/support/pg-cluster.sh), under Xvfb, driven with xdotool like make-screenshots.sh.
#
#   SCREENSHOT_LANG=es_AR.UTF-8 bash docs/screenshots/store-screenshots.sh [build-dir]
#
# SCREENSHOT_LANG: en_US.UTF-8 (docs/screenshots/), es_AR.UTF-8 (docs/screenshots/es/) or pt_BR.UTF-8
# (docs/screenshots/pt_BR/). Needs the postgresql server binaries and psql. Writes store-uptodate.png,
# store-waiting.png, store-offline.png, store-refused.png (the bottom of the window: the status bar),
# store-window.png (the whole window, refused) and store-preferences.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
app="$build/app/pointdesk"
sim="$build/app/sim/pointdesk-sim"
display=${SCREENSHOT_DISPLAY:-:72}
lang=${SCREENSHOT_LANG:-en_US.UTF-8}
case "$lang" in
en*) out=docs/screenshots dec=. storetab=alt+s ;;
es*) out=docs/screenshots/es dec=, storetab=alt+e ;;
pt*) out=docs/screenshots/pt_BR dec=, storetab=alt+l ;;
*) echo "SCREENSHOT_LANG: en_US, es_AR or pt_BR" >&2; exit 2 ;;
esac
mkdir -p "$out"
[ -x "$app" ] && [ -x "$sim" ] || { echo "build pointdesk and pointdesk-sim first ($app)" >&2; exit 1; }

. "$(dirname "$0")/screenshot-session.sh"
start_screen 1920x1080
# The cluster's folder is not under $work: as root, PostgreSQL runs as the user postgres, which must reach it.
pg=$(mktemp -u /tmp/pointdesk-store-shots.XXXXXX)
pg_cluster() { bash tests/support/pg-cluster.sh "$@"; }
stop_all() {
    pg_cluster stop "$pg" >/dev/null 2>&1 || true
    cleanup
}
trap stop_all EXIT
pg_cluster start "$pg" 55600-55699 >/dev/null
port=$(cat "$pg/port")
sql() { psql -X -q -h 127.0.0.1 -p "$port" -U pointdesk -d postgres -c "$1" >/dev/null; }
# A window, or the status bar at its bottom, cut from the screen (the window's own image comes out blank here).
cut() { # WINDOW FILE [HEIGHT-FROM-THE-BOTTOM]
    local X Y WIDTH HEIGHT SCREEN WINDOW
    eval "$(xdotool getwindowgeometry --shell "$1")"
    local h=${3:-$HEIGHT}
    import -window root -crop "${WIDTH}x${h}+${X}+$((Y + HEIGHT - h))" +repage "$out/$2"
    echo "wrote $out/$2"
}
bar() { sleep "${2:-0.6}"; cut "$main" "$1" 30; }

# This counter's settings, as Preferences > Store saves them (the fixture's role needs no password).
mkdir -p "$XDG_CONFIG_HOME/PointDesk"
cat >"$XDG_CONFIG_HOME/PointDesk/PointDesk.conf" <<CONF
[store]
host=127.0.0.1
port=$port
database=postgres
user=pointdesk
counterName=Caja 1
CONF

token=TEST-store-screenshots
"$sim" --json --token "$token" >"$work/sim.json" 2>"$work/sim.log" &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/sim.json" ] && break; sleep 0.1; done
api=$(sed -E 's/.*"api":"([^"]+)".*/\1/' "$work/sim.json")
env LANG="$lang" LC_ALL="$lang" POINTDESK_TOKEN=$token QT_LOGGING_RULES='pointdesk.storelink=true' \
    "$app" --api-base "$api" >"$work/real.log" 2>&1 &
pids+=($!)
main=$(xdotool search --sync --onlyvisible --name "^PointDesk$" | head -1)
sleep 3
bar store-uptodate.png

# Changes waiting: another program holds the store's sales table while this counter sends its first sale.
psql -X -q -h 127.0.0.1 -p "$port" -U pointdesk -d postgres \
    -c "BEGIN; LOCK TABLE sales IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(8); COMMIT;" >/dev/null &
locker=$!
sleep 0.5
click_in "$main" 400 20
xdotool type --delay 40 "1250${dec}5"
xdotool key Tab
xdotool type --delay 40 "Café con leche"
xdotool key Return
bar store-waiting.png 2.5
wait "$locker" || true
sleep 2

# Offline: PostgreSQL stops; the counter goes on charging.
pg_cluster halt "$pg"
bar store-offline.png 6

# Refused: back, but the store holds another journal under this counter's id (as after a journal started anew).
pg_cluster resume "$pg"
for _ in $(seq 100); do sql "SELECT 1" 2>/dev/null && break; sleep 0.2; done
sql "UPDATE counters SET journal_id = 'another-journal'"
sql "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'PointDesk'"
sleep 12
bar store-refused.png
cut "$main" store-window.png

# Preferences > Store (Ctrl+, then the Store tab's letter), as a cashier sees it: read-only until the manager PIN.
click_in "$main" 400 20
xdotool key ctrl+comma
sleep 1
prefs=$(xdotool search --onlyvisible --name "(Preferences|Preferencias|Preferências)" | tail -1)
click_in "$prefs" 4 4
xdotool key "$storetab"
sleep 1
cut "$prefs" store-preferences.png
