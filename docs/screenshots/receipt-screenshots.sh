#!/usr/bin/env bash
# The receipt screenshots: a sale charged with pointdesk-cli on pointdesk-sim's Orders API, paid on the simulated
# terminal with a Mastercard in 6 installments, partly refunded, then `pointdesk-cli receipt --pdf` on the 80 mm roll
# and on A4, rendered with pdftoppm -r 80. Needs no display (the CLI draws offscreen), jq and curl.
#
#   bash docs/screenshots/receipt-screenshots.sh [build-dir]
#
# Writes docs/screenshots/receipt-roll.png and receipt-a4.png (English; the receipt follows LANG).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
cli="$build/app/cli/pointdesk-cli"
sim="$build/app/sim/pointdesk-sim"
out=docs/screenshots
[ -x "$cli" ] && [ -x "$sim" ] || { echo "build pointdesk-cli and pointdesk-sim first" >&2; exit 1; }
for tool in jq curl pdftoppm; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done

work=$(mktemp -d)
sim_pid=
trap '[ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" POINTDESK_JOURNAL="$work/journal.sqlite"
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/pointdesk-receipt-screenshots TZ=America/Argentina/Buenos_Aires
export LANG=${LANG:-en_US.UTF-8}
mkdir -p "$XDG_CONFIG_HOME/PointDesk"
cat >"$XDG_CONFIG_HOME/PointDesk/PointDesk.conf" <<'INI'
[account]
currency=ARS
api=orders

[shop]
name=Almacén Don José
address=Av. Corrientes 1234\nC1043 Ciudad Autónoma de Buenos Aires
taxId=CUIT 30-12345678-9
INI

"$sim" --api orders --json --port 0 >"$work/sim.json" 2>"$work/sim.log" &
sim_pid=$!
for _ in $(seq 50); do [ -s "$work/sim.json" ] && break; sleep 0.1; done
api=$(jq -r .api <"$work/sim.json")
control=$(jq -r .control <"$work/sim.json")
export POINTDESK_TOKEN=$(jq -r .token <"$work/sim.json")
terminal=$(jq -r '.terminals[0] | split(" ")[0]' <"$work/sim.json")

charge=$("$cli" --api orders --api-base "$api" --json charge --device "$terminal" --amount 8990 --card credit \
    --description "Termo de acero 1 l, mate de calabaza y bombilla de alpaca")
order=$(jq -r .order_id <<<"$charge")
sale=$(jq -r .local_id <<<"$charge")
curl -fsS -X POST "$control/orders/$order/take" >/dev/null
curl -fsS -X POST "$control/orders/$order/pay" -H 'Content-Type: application/json' \
    -d '{"payment_method_id": "master", "installments": 6, "last_digits": "0001"}' >/dev/null
"$cli" --api orders --api-base "$api" status "$order" >/dev/null   # records the payment and the card in the journal
"$cli" --api orders --api-base "$api" refund --sale "$sale" --amount 1500 --reason "Bombilla" >/dev/null

"$cli" receipt "$sale" --pdf "$work/roll.pdf" --paper roll80 >/dev/null
"$cli" receipt "$sale" --pdf "$work/a4.pdf" --paper a4 >/dev/null
pdftoppm -png -r 80 -singlefile "$work/roll.pdf" "$out/receipt-roll"
pdftoppm -png -r 80 -singlefile "$work/a4.pdf" "$out/receipt-a4"
echo "wrote $out/receipt-roll.png $out/receipt-a4.png (sale $sale)"
