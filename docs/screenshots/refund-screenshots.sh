#!/usr/bin/env bash
# The refund screenshots: the refund dialog (Sales > History, a paid sale, Ctrl+R) and the history with a refunded
# sale and its totals (paid, refunded, net, Money taken), from the real application in demo mode under Xvfb, driven
# with xdotool like make-screenshots.sh.
#
#   SCREENSHOT_LANG=es_AR.UTF-8 bash docs/screenshots/refund-screenshots.sh [build-dir]
#
# SCREENSHOT_LANG: en_US.UTF-8 (docs/screenshots/), es_AR.UTF-8 (docs/screenshots/es/) or pt_BR.UTF-8
# (docs/screenshots/pt_BR/). Writes history-refunds.png and refund-dialog.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
app="$build/app/pointdesk"
display=${SCREENSHOT_DISPLAY:-:98}
lang=${SCREENSHOT_LANG:-en_US.UTF-8}
case "$lang" in
en*) out=docs/screenshots dec=. ;;
es*) out=docs/screenshots/es dec=, ;;
pt*) out=docs/screenshots/pt_BR dec=, ;;
*) echo "SCREENSHOT_LANG: en_US, es_AR or pt_BR" >&2; exit 2 ;;
esac
mkdir -p "$out"
[ -x "$app" ] || { echo "build pointdesk first ($app)" >&2; exit 1; }

. "$(dirname "$0")/screenshot-session.sh"
start_screen 1280x800
# One sale on Caja 1 (the demo's first terminal): approved (space on the virtual terminal) or declined (Tab space).
sale() {
    click_in "$main" 400 20
    xdotool key F2
    xdotool type --delay 30 "$1"
    xdotool key Tab
    xdotool type --delay 30 "$2"
    xdotool key Return
    sleep 1.5
    click_in "$terminal" 300 12
    if [ "$3" = declined ]; then xdotool key Tab space; else xdotool key space; fi
    sleep 1.2
}

env LANG="$lang" LC_ALL="$lang" "$app" --demo >"$work/demo.log" 2>&1 &
pids+=($!)
main=$(window_id "^PointDesk .* DEMO$")
terminal=$(window_id "[Vv]irtual .*DEMO$")
sleep 1.5

sale "1250${dec}50" "Café con leche" approved
sale "89${dec}90" "Zapatillas" declined
sale "420" "Medialunas x6" approved

# Sales > History: the newest sale (420, paid) selected, then Refund (Ctrl+R); demo mode has no manager PIN.
click_in "$main" 400 20
xdotool key ctrl+h
history=$(window_id "(Sales history|Historial de ventas|Hist.*rico de vendas)")
sleep 1
click_in "$history" 300 72
xdotool key ctrl+r
sleep 1.2
refund=$(xdotool search --name "(Refund|Devol|Estorn)" | tail -1)
shot "$refund" refund-dialog.png 0.4
# The whole balance back (the dialog's default): Refund.
xdotool key Return
sleep 2.5
xdotool key Escape
sleep 0.5
# The oldest sale (1250.50, paid): part of it back (the "Part of it" choice and its field), 250.
click_in "$history" 300 120
xdotool key ctrl+r
sleep 1.2
refund=$(xdotool search --name "(Refund|Devol|Estorn)" | tail -1)
click_in "$refund" 18 96
click_in "$refund" 250 96
xdotool type --delay 30 "250"
xdotool key Return
sleep 2.5
xdotool key Escape
sleep 0.5
click_in "$history" 300 72
shot "$history" history-refunds.png 1.0
