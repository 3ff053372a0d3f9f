#!/usr/bin/env bash
# The fault soak at bench size: 5000 sales (or N) through ChargeService + OrderJournal + LegacyPointBackend against the
# simulator, with every kind of fault injected. Prints the soak's one-line summary (faults by kind,
# reconciliations, resends, seconds). CI runs the same test with N = 200 (`ctest --preset ci -L soak`).
#   bench/soak.sh [N] [TERMINALS]     e.g. bench/soak.sh 5000 100   (about 6 minutes with 100 terminals)
#   SOAK_API=orders bench/soak.sh 5000   the Orders API's soak (OrdersBackend against the Orders simulator)
#   SOAK_API=refunds bench/soak.sh 1000  the refunds soak: N refunds on each API (RefundService with faults, restarts)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5000}"
terminals="${2:-100}"
cmake --preset release >/dev/null
target=tst_faultsoak
if [ "${SOAK_API:-legacy}" = orders ]; then target=tst_ordersfaultsoak; fi
if [ "${SOAK_API:-legacy}" = refunds ]; then target=tst_refundsoak; fi
cmake --build --preset release --target "$target"
# Qt Test stops a test function after 5 minutes unless told otherwise.
QTEST_FUNCTION_TIMEOUT=7200000 POINTDESK_SOAK_N="$n" POINTDESK_SOAK_TERMINALS="$terminals" \
  QT_LOGGING_RULES="*.debug=false;*.info=false" "build/release/tests/soak/$target" -maxwarnings 0
