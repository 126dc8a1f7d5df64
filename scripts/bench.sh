#!/usr/bin/env bash
# Full benchmark run (outside CI): 100k rows, each figure next to its same-run baseline.
#   bash scripts/bench.sh            every benchmark program
#   bash scripts/bench.sh import     only the programs whose name contains "import"
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
export QT_QPA_PLATFORM=offscreen EVENTDESK_BENCH_ROWS="${EVENTDESK_BENCH_ROWS:-100000}"
for b in eventdesk_bench eventdesk_importbench eventdesk_ssebench eventdesk_schedule_bench \
  eventdesk_schedulescene_bench eventdesk_context_bench eventdesk_agenda_bench eventdesk_interop_bench \
  eventdesk_autoschedule_bench eventdesk_dashboard_bench eventdesk_sync_bench; do
  [[ -n "${1:-}" && "$b" != *"$1"* ]] && continue
  echo "== $b"
  "build/ci/bench/$b" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
done
# The long run of team sync's randomized test (CI runs 500 operations with 3 seeds).
if [[ -z "${1:-}" || "sync" == *"$1"* ]]; then
  echo "== sync convergence, 5000 operations"
  EVENTDESK_SYNC_FUZZ_OPS=5000 EVENTDESK_SYNC_FUZZ_SEED="${EVENTDESK_SYNC_FUZZ_SEED:-42}" \
    build/ci/tests/core/sync/eventdesk_sync_tests --gtest_filter='Seeds/*/0'
fi
