#!/usr/bin/env bash
# The whole store's screenshots: Sales > History in store scope (history-store.png) and the store's cash-up report
# preview (cashup-store.png), from the real application in demo mode under Xvfb, driven with xdotool like
# make-screenshots.sh. A throwaway PostgreSQL cluster (tests/support/pg-cluster.sh) gets two counters' journals
# (made and pushed by the store tests' store_counter), their sales renamed and spread over the day with SQL; the
# demo window is a third counter of the same store.
#
#   SCREENSHOT_LANG=es_AR.UTF-8 bash docs/screenshots/store-history-screenshots.sh [build-dir]
#
# SCREENSHOT_LANG: en_US.UTF-8 (docs/screenshots/), es_AR.UTF-8 (docs/screenshots/es/) or pt_BR.UTF-8
# (docs/screenshots/pt_BR/). Needs the postgresql package (server binaries and psql).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
app="$build/app/pointdesk"
counter="$build/tests/store/store_counter"
display=${SCREENSHOT_DISPLAY:-:98}
lang=${SCREENSHOT_LANG:-en_US.UTF-8}
case "$lang" in
en*) out=docs/screenshots show=w ;;
es*) out=docs/screenshots/es show=s ;;
pt*) out=docs/screenshots/pt_BR show=r ;;
*) echo "SCREENSHOT_LANG: en_US, es_AR or pt_BR" >&2; exit 2 ;;
esac
mkdir -p "$out"
[ -x "$app" ] || { echo "build pointdesk first ($app)" >&2; exit 1; }
[ -x "$counter" ] || { echo "build store_counter first ($counter)" >&2; exit 1; }

. "$(dirname "$0")/screenshot-session.sh"
start_screen 1280x800
pg="$PWD/$build/pg-screenshots" # under the build dir: the server (as user postgres when run as root) reaches it
bash tests/support/pg-cluster.sh start "$pg" 55500-55599 >/dev/null
trap 'bash tests/support/pg-cluster.sh stop "$pg" || true; cleanup' EXIT
port=$(cat "$pg/port")
sql() { psql -q -h 127.0.0.1 -p "$port" -U pointdesk -d "${2:-store}" -v ON_ERROR_STOP=1 -c "$1" >/dev/null; }
sql "CREATE DATABASE store" postgres

# Two counters: 24 and 18 sales, pushed; then named, described and spread over the day as a shop's would be.
export POINTDESK_TEST_PG_DIR="$pg"
"$counter" make "$work/norte.sqlite" 24 3 >/dev/null
"$counter" make "$work/sur.sqlite" 18 5 >/dev/null
"$counter" push "$work/norte.sqlite" store 0a0a0a0a-0000-4000-8000-00000000000a >/dev/null
"$counter" push "$work/sur.sqlite" store 0b0b0b0b-0000-4000-8000-00000000000b >/dev/null
sql "UPDATE counters SET name = CASE WHEN counter_id LIKE '0a%' THEN 'Caja Norte' ELSE 'Caja Sur' END"
sql "UPDATE sales SET
       description = (ARRAY['Café con leche', 'Medialunas x6', 'Yerba 1 kg', 'Termo acero', 'Alfajores x12',
                            'Bombilla', 'Mate calabaza', 'Azúcar 1 kg', 'Galletitas'])[1 + (local_sale_id * 7 + length(counter_id)) % 9],
       terminal = CASE WHEN counter_id LIKE '0a%' THEN (ARRAY['Point Norte 1', 'Point Norte 2'])[1 + local_sale_id % 2]
                       ELSE 'Point Sur' END,
       created_at = date_trunc('day', now()) + interval '9 hours'
                    + (local_sale_id * 17 + CASE WHEN counter_id LIKE '0a%' THEN 0 ELSE 8 END) * interval '1 minute',
       updated_at = date_trunc('day', now()) + interval '9 hours'
                    + (local_sale_id * 17 + CASE WHEN counter_id LIKE '0a%' THEN 0 ELSE 8 END) * interval '1 minute'
                    + interval '40 seconds'"
sql "UPDATE sale_events e SET at = s.created_at + (e.local_event_id % 5) * interval '7 seconds'
       FROM sales s WHERE s.counter_id = e.counter_id AND s.local_sale_id = e.local_sale_id"
sql "UPDATE refunds r SET created_at = s.created_at + interval '20 minutes', updated_at = s.created_at + interval '21 minutes'
       FROM sales s WHERE s.counter_id = r.counter_id AND s.local_sale_id = r.local_sale_id"

# This counter (the demo window) belongs to the same store.
mkdir -p "$XDG_CONFIG_HOME/PointDesk"
cat >"$XDG_CONFIG_HOME/PointDesk/PointDesk.conf" <<EOF
[store]
host=127.0.0.1
port=$port
database=store
user=pointdesk
counterName=Caja Centro
EOF
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/pointdesk-store-screenshots

env LANG="$lang" LC_ALL="$lang" "$app" --demo >"$work/demo.log" 2>&1 &
pids+=($!)
main=$(window_id "^PointDesk .* DEMO$")
sleep 2

# Sales > History, then Show: Whole store (the second choice; Alt+$show is the Show: label's mnemonic).
click_in "$main" 400 20
xdotool key ctrl+h
history=$(window_id "(Sales history|Historial de ventas|Hist.*rico de vendas)")
sleep 1
xdotool windowmove "$history" 20 20 windowsize "$history" 1240 760
sleep 0.5
click_in "$history" 600 600
xdotool key "alt+$show" Down
sleep 2
# A sale of another counter selected: its history comes from the store, Refund and Receipt are off.
click_in "$history" 300 246
shot "$history" history-store.png 1.5
xdotool key Escape
sleep 0.8

# Sales > Close the day (from the menu: the amount field takes Ctrl+Shift+Z as redo), then Show: Whole store.
click_in "$main" 25 8
xdotool key Down Down Return
cashup=$(window_id "(Close the day|Cerrar el d|Fechar o dia)")
sleep 1
xdotool windowmove "$cashup" 190 20 windowsize "$cashup" 900 760
sleep 0.5
click_in "$cashup" 400 600
xdotool key "alt+$show" Down
sleep 3
shot "$cashup" cashup-store.png 1.5
