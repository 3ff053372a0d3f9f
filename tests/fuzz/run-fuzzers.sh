#!/usr/bin/env bash
# Builds the libFuzzer harnesses (preset "fuzz": clang, ASan + UBSan) and runs each for SECONDS (default 60).
# Fails when any harness crashes, leaks, hits undefined behaviour or times out on one input; the input that did it
# is kept in build/fuzz/artifacts/. New inputs found along the way go to build/fuzz/corpus/, never into the repo.
#   tests/fuzz/run-fuzzers.sh [SECONDS] [HARNESS...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
shift || true
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  harnesses=(fuzz_created_order fuzz_order fuzz_devices fuzz_status_ok fuzz_api_error fuzz_http_response fuzz_http_stream
             fuzz_money
             fuzz_orders_order fuzz_orders_created fuzz_orders_terminals fuzz_orders_refund fuzz_orders_values)
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

bin=build/fuzz/tests/fuzz
work=build/fuzz
mkdir -p "$work/artifacts"
failed=()
for h in "${harnesses[@]}"; do
  corpus="$work/corpus/$h"
  mkdir -p "$corpus"
  log="$work/$h.log"
  case "$h" in
    fuzz_http_response | fuzz_http_stream) dict=(-dict=tests/fuzz/http.dict) ;;
    fuzz_money | fuzz_orders_values) dict=() ;;
    *) dict=(-dict=tests/fuzz/json.dict) ;;
  esac
  echo "== $h: ${seconds} s"
  # The first corpus directory receives new inputs; the seeds in the repository are only read.
  if ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
      "$bin/$h" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
      "${dict[@]}" -artifact_prefix="$work/artifacts/$h-" "$corpus" "tests/fuzz/corpus/$h" >"$log" 2>&1; then
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 || true)
    echo "   ok: ${execs:-?} runs, ${cov:-cov: ?}, corpus $(find "$corpus" -type f | wc -l) files"
  else
    echo "   FAILED (log: $log)"
    grep -E "ERROR|SUMMARY|runtime error|Test unit written" "$log" | head -20 || true
    failed+=("$h")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "Fuzzers that failed: ${failed[*]}"
  exit 1
fi
echo "All ${#harnesses[@]} fuzzers ran ${seconds} s without a failure."
