#!/usr/bin/env bash
# One command for the whole test suite: install what is missing, build (warnings are errors), check the
# formatting, run every test (GUI tests offscreen), then a short smoke run of each benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export QT_QPA_PLATFORM=offscreen
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)"
cmake --build --preset ci --target format-check
ctest --preset ci -j "$(nproc)"
# Benchmarks run in full by scripts/bench.sh; here only a quick smoke run so they cannot rot.
EVENTDESK_BENCH_ROWS=2000 build/ci/bench/eventdesk_bench --benchmark_min_time=0.01 >/dev/null
EVENTDESK_BENCH_ROWS=2000 build/ci/bench/eventdesk_importbench --benchmark_min_time=0.01 >/dev/null
EVENTDESK_BENCH_SSE_MB=1 EVENTDESK_BENCH_TOKENS=200 build/ci/bench/eventdesk_ssebench --benchmark_min_time=0.01 >/dev/null
build/ci/bench/eventdesk_schedule_bench --benchmark_min_time=0.01 >/dev/null
build/ci/bench/eventdesk_schedulescene_bench --benchmark_min_time=0.01 >/dev/null
echo "benchmark smoke run: ok"
