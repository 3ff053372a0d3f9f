#!/usr/bin/env bash
# The account and manager screenshots: the setup wizard's token page (a refused token, shown on the page), the
# manager PIN prompt (a wrong PIN) and the Terminals dialog (a busy terminal, removing another), from the real
# application under Xvfb, driven with xdotool like a person would. It needs a Secret Service, so it runs inside
# .ci/with-keyring (a private D-Bus session and keyring; make-screenshots.sh calls it that way):
#
#   bash .ci/with-keyring bash docs/screenshots/account-screenshots.sh [build-dir]
#
# Uses DISPLAY when set (make-screenshots.sh's Xvfb), else starts its own Xvfb on SCREENSHOT_DISPLAY (default :98).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
out=docs/screenshots
app="$build/app/pointdesk"
sim="$build/app/sim/pointdesk-sim"
lang=en_US.UTF-8 # the titles searched for below are the English ones
[ -x "$app" ] && [ -x "$sim" ] || { echo "build pointdesk and pointdesk-sim first ($app)" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${DISPLAY:-}" ]; then
    display=${SCREENSHOT_DISPLAY:-:98}
    Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    pids+=($!)
    export DISPLAY=$display
    for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
fi

# A first run: fresh settings, an empty keychain service of its own.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export POINTDESK_KEYCHAIN_SERVICE="PointDesk-screenshots-$$"
export QT_LOGGING_RULES='*.debug=false;*.info=false'
unset POINTDESK_TOKEN POINTDESK_API_BASE

window_id() { xdotool search --sync --onlyvisible --name "$1" | head -1; }
origin() { xdotool getwindowgeometry --shell "$1" | sed -n 's/^\(X\|Y\)=//p' | paste -sd' '; }
click_in() {
    local id=$1 x=$2 y=$3 ox oy
    read -r ox oy <<<"$(origin "$id")"
    xdotool mousemove --sync $((ox + x)) $((oy + y)) click 1
    sleep 0.3
}
shot() { sleep "${3:-0.6}"; import -window "$1" "$out/$2"; echo "wrote $out/$2"; }

token=APP_USR-4031977250863514-030112-5b0c9e7d2f1a4c6e8b3d7f9a1c2e4b6d-1a2b
"$sim" --json --token "$token" --user-id 482913756 >"$work/sim.json" 2>"$work/sim.log" &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/sim.json" ] && break; sleep 0.1; done
api=$(sed -E 's/.*"api":"([^"]+)".*/\1/' "$work/sim.json")

env LANG="$lang" LC_ALL="$lang" "$app" --api-base "$api" >"$work/app.log" 2>&1 &
pids+=($!)

# Nothing in the keychain: demo mode with the setup wizard on top. Next (Enter) leads to the token page.
wizard=$(window_id "^Set up PointDesk$")
sleep 1.5
click_in "$wizard" 300 12
xdotool key Return
sleep 0.5
# A token that Mercado Pago refuses: the 401 shows on the page, nothing is saved.
xdotool type --delay 5 "APP_USR-4031977250863514-030112-0000000000000000000000000000dead-9f9f"
xdotool key Return
shot "$wizard" setup-token.png 1.5

# The right token, the integration for the user id, a PIN, Save.
xdotool key ctrl+a
xdotool type --delay 5 "$token"
xdotool key Return
sleep 1.5
xdotool type --delay 30 "482913756"
xdotool key Return
sleep 1
xdotool key alt+n
sleep 0.5
xdotool type --delay 30 "602214"
xdotool key Tab
xdotool type --delay 30 "602214"
xdotool key Return
sleep 0.5
xdotool key Return
sleep 2.5

# Normal mode against the simulator. Another till holds an order on Caja 1.
main=$(window_id "^PointDesk$")
curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"amount":3500,"description":"Caja de al lado","device_name":"Caja 1","cc_type":"debit_card"}' \
    "$api/point/services/integrations/v1" >/dev/null
click_in "$main" 400 40
xdotool key F5
sleep 0.8

# Manager mode: a wrong PIN first, shown in the prompt.
xdotool key ctrl+m
pin=$(window_id "^Manager mode$")
sleep 0.8
click_in "$pin" 200 12
xdotool type --delay 30 "1111"
xdotool key Return
shot "$pin" manager-pin.png 1.5

# The right PIN, then the Terminals dialog: Caja 1 busy, Caja 2 about to be removed (its name typed to confirm).
xdotool type --delay 30 "602214"
xdotool key Return
sleep 1.5
click_in "$main" 400 40
xdotool key ctrl+t
terminals=$(window_id "^Terminals")
sleep 1.2
click_in "$terminals" 200 12
xdotool key Down
sleep 0.3
xdotool key alt+m
sleep 0.5
xdotool type --delay 30 "Caja 2"
shot "$terminals" manager-terminals.png 0.8
