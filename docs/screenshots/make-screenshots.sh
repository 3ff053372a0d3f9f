#!/usr/bin/env bash
# Regenerates the screenshots in docs/screenshots/ from the real application under Xvfb, driven with xdotool
# like a person would (there is no window manager, so windows are focused by clicking them).
#
#   bash docs/screenshots/make-screenshots.sh [build-dir]      (default build dir: build/dev)
#
# Needs: Xvfb, xdotool, imagemagick (import), curl. Environment: SCREENSHOT_DISPLAY (default :99),
# SCREENSHOT_LANG: en_US.UTF-8 (default: docs/screenshots/), es_AR.UTF-8 (docs/screenshots/es/) or pt_BR.UTF-8
# (docs/screenshots/pt_BR/); the window follows the system language, amounts are typed as a cashier there types
# them. The account and manager screenshots are taken in English only.
# The system locale of SCREENSHOT_LANG must exist (`locale -a`; Debian: package locales, the line in /etc/locale.gen,
# locale-gen): without it the accented letters xdotool types ("Café") do not reach the window.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
app="$build/app/pointdesk"
sim="$build/app/sim/pointdesk-sim"
display=${SCREENSHOT_DISPLAY:-:99}
lang=${SCREENSHOT_LANG:-en_US.UTF-8}
case "$lang" in
en*) out=docs/screenshots dec=. more=alt+m ;;
es*) out=docs/screenshots/es dec=, more=alt+p ;;
pt*) out=docs/screenshots/pt_BR dec=, more=alt+p ;;
*) echo "SCREENSHOT_LANG: en_US, es_AR or pt_BR" >&2; exit 2 ;;
esac
mkdir -p "$out"
[ -x "$app" ] && [ -x "$sim" ] || { echo "build pointdesk and pointdesk-sim first ($app)" >&2; exit 1; }

. "$(dirname "$0")/screenshot-session.sh"
start_screen 1920x1080

# --- Demo mode: the cashier window and the virtual terminal -------------------------------------------------
env LANG="$lang" LC_ALL="$lang" "$app" --demo >"$work/demo.log" 2>&1 &
demo_pid=$!
pids+=($demo_pid)
main=$(window_id "^PointDesk .* DEMO$")
terminal=$(window_id "[Vv]irtual .*DEMO$")
sleep 1.5

# Idle: the form filled in, ready to charge. A click on the brand bar gives the window the keyboard; the amount
# field has the focus from the start.
click_in "$main" 400 20
xdotool type --delay 40 "1250${dec}5"
xdotool key Tab
xdotool type --delay 40 "Café con leche"
shot "$main" cashier-idle.png

# Waiting: Enter charges; the order shows on the virtual terminal.
xdotool key Return
sleep 3.2
shot "$main" cashier-waiting.png 0
shot "$terminal" virtual-terminal.png 0

# Paid: the customer approves on the virtual terminal (a new order puts the keyboard on its Approve button).
click_in "$terminal" 300 12
xdotool key space
click_in "$main" 400 20
shot "$main" cashier-paid.png 1.2

# Declined: New sale (F2), a second charge, the card is declined.
xdotool key F2
xdotool type --delay 40 "8990"
xdotool key Tab
xdotool type --delay 40 "Zapatillas"
xdotool key Tab Right Return
sleep 1.5
click_in "$terminal" 300 12
xdotool key Tab space
click_in "$main" 400 20
shot "$main" cashier-declined.png 1.2

# Cancelled: New sale (F2), a third charge, cancelled with Esc before the customer pays.
xdotool key F2
xdotool type --delay 40 "1500"
xdotool key Tab
xdotool type --delay 40 "Agua mineral"
xdotool key Return
sleep 2.0
xdotool key Escape
shot "$main" cashier-cancelled.png 2.5

# Sales > History (Ctrl+H): the sales of today, with the totals.
xdotool key ctrl+h
history_name="(Sales history|Historial de ventas|Hist.*rico de vendas)"
history=$(window_id "$history_name")
shot "$history" history.png 1.0
click_in "$history" 300 12
xdotool key Escape
# Gone before the next shot: without a window manager, a window still mapped on top is black in the cashier's.
for _ in $(seq 30); do xdotool search --onlyvisible --name "$history_name" >/dev/null 2>&1 || break; sleep 0.1; done
xdotool search --onlyvisible --name "$history_name" >/dev/null 2>&1 && xdotool windowunmap --sync "$history"
click_in "$main" 400 20

# A 1280x800 screen: the window at the size of such a screen, a sale ready to charge.
xdotool windowsize --sync "$main" 1280 770
click_in "$main" 400 20
xdotool key F2
xdotool type --delay 40 "420${dec}5"
xdotool key Tab
xdotool type --delay 40 "Medialunas x6"
shot "$main" cashier-1280x800.png 0.8

# The smallest supported screen, with More options open (Alt+M): nothing may be clipped.
xdotool windowsize --sync "$main" 1024 768
sleep 0.5
click_in "$main" 400 20
xdotool key F2
xdotool type --delay 40 "99999999${dec}99"
xdotool key Tab
xdotool type --delay 40 "Twenty characters!!!"
xdotool key "$more"
sleep 0.3
xdotool key Tab
xdotool type --delay 40 "ana@example.com"
shot "$main" cashier-1024x768.png 0.8

kill "$demo_pid"
wait "$demo_pid" 2>/dev/null || true

# --- Demo mode on the Orders API: a sale whose result only the terminal knows (action_required) --------------
env LANG="$lang" LC_ALL="$lang" "$app" --demo --api orders >"$work/orders.log" 2>&1 &
orders_pid=$!
pids+=($orders_pid)
main=$(window_id "^PointDesk .* DEMO$")
terminal=$(window_id "[Vv]irtual .*DEMO$")
sleep 1.5
click_in "$main" 400 20
xdotool type --delay 40 "1250${dec}5"
xdotool key Tab
xdotool type --delay 40 "Café con leche"
xdotool key Return
sleep 3.0
# On the virtual terminal: More (Alt+M), the first entry "Result unknown: needs action on the terminal".
click_in "$terminal" 300 12
xdotool key alt+m
sleep 0.4
xdotool key Down Return
click_in "$main" 400 20
# The simulator ends the order action_required a few seconds later (OrdersSimulator::actionRequiredEventDelayMs).
shot "$main" orders-action-required.png 12
# The window does not quit on SIGTERM while a sale waits for the cashier's answer; the demo's record is thrown away.
kill -KILL "$orders_pid"
wait "$orders_pid" 2>/dev/null || true

# --- A terminal held by another till: pointdesk against a stand-alone pointdesk-sim -------------------------
token=TEST-screenshots-0000
"$sim" --json --token "$token" >"$work/sim.json" 2>"$work/sim.log" &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/sim.json" ] && break; sleep 0.1; done
api=$(sed -E 's/.*"api":"([^"]+)".*/\1/' "$work/sim.json")
env LANG="$lang" LC_ALL="$lang" POINTDESK_TOKEN=$token "$app" --api-base "$api" >"$work/real.log" 2>&1 &
pids+=($!)
real=$(window_id "^PointDesk$")
sleep 1.5

# Another till sends an order to Caja 1, then this cashier refreshes (F5) and types the next sale.
curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"amount":3500,"description":"Caja de al lado","device_name":"Caja 1","cc_type":"debit_card"}' \
    "$api/point/services/integrations/v1" >/dev/null
click_in "$real" 400 20
xdotool key F5
xdotool type --delay 40 "420"
xdotool key Tab
xdotool type --delay 40 "Medialunas x6"
shot "$real" cashier-error.png 1.0

# Offline: the other till's order is gone, then every terminal listing fails (dropped connections). The status
# bar says so and counts down to the next automatic retry.
control=$(sed -E 's/.*"control":"([^"]+)".*/\1/' "$work/sim.json")
curl -sf -X DELETE -H "Authorization: Bearer $token" \
    "$api/point/services/integrations/v1/attempt/device/Caja%201" >/dev/null
xdotool key F5
sleep 1
curl -sf -X POST -H 'Content-Type: application/json' \
    -d '{"kind":"drop","count":100000,"method":"GET","path":"/point/services/integrations/v1/devices"}' \
    "$control/faults" >/dev/null
xdotool key F5
shot "$real" cashier-offline.png 2.5

# --- Account setup and the manager's tools: they need a Secret Service, so a private one (.ci/with-keyring) ------
if [ "$out" = docs/screenshots ]; then
    bash .ci/with-keyring bash docs/screenshots/account-screenshots.sh "$build"
fi
