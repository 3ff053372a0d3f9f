#!/usr/bin/env bash
# The cash-up report screenshots: a day's report (report-day.png) and the next day's report with the changes after the
# closing (report-changes.png), as PDFs written by pointdesk-cli report --pdf and rendered with pdftoppm -r 80. The
# sales (a day of paid sales on three terminals, declined, cancelled, open and unknown ones, refunds) are written
# into a fresh journal with SQL; pointdesk-cli creates the journal first.
#
#   SCREENSHOT_LANG=es_AR.UTF-8 bash docs/screenshots/report-screenshots.sh [build-dir]
#
# SCREENSHOT_LANG: en_US.UTF-8 (docs/screenshots/, Letter), es_AR.UTF-8 (docs/screenshots/es/) or pt_BR.UTF-8
# (docs/screenshots/pt_BR/). Needs python3 and poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
cli="$build/app/cli/pointdesk-cli"
lang=${SCREENSHOT_LANG:-en_US.UTF-8}
case "$lang" in
en*) out=docs/screenshots ;;
es*) out=docs/screenshots/es ;;
pt*) out=docs/screenshots/pt_BR ;;
*) echo "SCREENSHOT_LANG: en_US, es_AR or pt_BR" >&2; exit 2 ;;
esac
[ -x "$cli" ] || { echo "build pointdesk-cli first ($cli)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export POINTDESK_JOURNAL="$work/journal.sqlite" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/pointdesk-report-screenshots LANG="$lang"
day=$(date -d yesterday +%F)
today=$(date +%F)
# Creates the journal (closing a day long ago, removed again below).
"$cli" report --close --day 2000-01-01 >/dev/null
python3 - "$POINTDESK_JOURNAL" "$day" <<'PY'
import sqlite3, random, datetime, sys
db = sqlite3.connect(sys.argv[1])
db.execute("DELETE FROM closings")
day = datetime.date.fromisoformat(sys.argv[2])
random.seed(7)
items = ["Café con leche", "Medialunas x6", "Yerba 1 kg", "Termo acero", "Alfajores x12", "Bombilla",
         "Mate calabaza", "Regalo \"Primavera\"", "Azúcar 1 kg", "Galletitas"]
terminals = ["Caja 1", "Caja 2", "Mostrador Ñandú"]
def ms(h, m):
    return int(datetime.datetime.combine(day, datetime.time(h, m)).timestamp() * 1000)
n = 0
def sale(h, m, cents, state, card, terminal, description, paid=True):
    global n
    n += 1
    db.execute("INSERT INTO orders (created_at, updated_at, amount_cents, description, device_name, card_type,"
               " backend, order_id, state, payment_id, create_key) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
               (ms(h, m), ms(h, m) + 30000, cents, description, terminal, card, 'orders', 'ORD%05d' % n, state,
                str(90000 + n) if paid else None, 'key-%d' % n))
for h in range(8, 21):
    for k in range(random.randint(6, 11) if h in (13, 14) else random.randint(2, 7)):
        sale(h, random.randint(0, 59), random.choice([850, 1200, 2500, 4599, 7800, 12000, 15550, 23000]),
             'approved', random.choice(['credit_card', 'debit_card']), random.choice(terminals), random.choice(items))
sale(10, 15, 5000, 'rejected', 'credit_card', 'Caja 1', 'Termo acero', False)
sale(12, 40, 7000, 'cancelled', 'debit_card', 'Caja 2', 'Yerba 1 kg', False)
sale(16, 5, 3300, 'rejected', 'debit_card', 'Mostrador Ñandú', 'Galletitas', False)
sale(19, 52, 2500, 'waiting_for_card', 'debit_card', 'Caja 1', 'Alfajores x12', False)
sale(20, 31, 11000, 'unknown', 'credit_card', 'Mostrador Ñandú', 'Regalo "Primavera"', False)
for sale_id, cents, state, k in [(3, 1200, 'done', 1), (10, 500, 'pending', 2)]:
    db.execute("INSERT INTO refunds (local_id, created_at, updated_at, amount_cents, idempotency_key, state, refund_id)"
               " VALUES (?,?,?,?,?,?,?)", (sale_id, ms(18, 0), ms(18, 0), cents, 'rk%d' % k, state, 'R%d' % k))
db.commit()
PY
"$cli" report --day "$day" --pdf "$work/day.pdf" >/dev/null
pdftoppm -png -r 80 -singlefile "$work/day.pdf" "$out/report-day"
# Closed, then a refund and a late payment of that day today: the next report lists them.
"$cli" report --close --day "$day" >/dev/null
python3 - "$POINTDESK_JOURNAL" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
now = int(time.time() * 1000)
db.execute("INSERT INTO refunds (local_id, created_at, updated_at, amount_cents, idempotency_key, state, refund_id,"
           " requested_by) VALUES (5, ?, ?, 500, 'rk-late', 'done', 'R-late', 'manager')", (now, now))
db.execute("UPDATE orders SET updated_at = ? WHERE local_id = 5", (now,))
db.execute("UPDATE orders SET state = 'approved', payment_id = '99999', updated_at = ? WHERE description = 'Alfajores x12'"
           " AND state = 'waiting_for_card'", (now + 1000,))
db.commit()
PY
"$cli" report --day "$today" --pdf "$work/next.pdf" >/dev/null
pdftoppm -png -r 80 -singlefile "$work/next.pdf" "$out/report-changes"
echo "wrote $out/report-day.png and $out/report-changes.png"
