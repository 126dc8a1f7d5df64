#!/usr/bin/env bash
# Full benchmark run (outside CI): 100k rows, each figure next to its same-run baseline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci --target eventdesk_bench
EVENTDESK_BENCH_ROWS="${EVENTDESK_BENCH_ROWS:-100000}" build/ci/bench/eventdesk_bench --benchmark_repetitions=3 \
  --benchmark_report_aggregates_only=true "$@"
