#!/usr/bin/env bash
# One command for the whole test suite: install what is missing, build (warnings are errors), check the
# formatting, run every test (GUI tests offscreen), build, install, run and remove the .deb, then the core and
# CLI tests again under AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset), then a short smoke
# run of each benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Paths relative to the clone's parent folder, so clones and worktrees beside each other share the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(cd .. && pwd)}" CCACHE_NOHASHDIR=1
export QT_QPA_PLATFORM=offscreen
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)"
cmake --build --preset ci --target format-check
ctest --preset ci -j "$(nproc)"
# The .deb from that build: installed with apt, run from /usr/bin, removed (about 30 s; docs/packaging.md).
bash scripts/package-test.sh build/ci
# Core, CLI and their tests again with ASan + UBSan; any report fails the run (GUI tests stay on the ci build).
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(nproc)"
ctest --preset asan -j "$(nproc)"
# Benchmarks run in full by scripts/bench.sh; here only a quick smoke run so they cannot rot. A benchmark
# that reports an error (SkipWithError) still exits 0, so the output is checked too.
smoke() {
  local out
  out=$("$@" --benchmark_min_time=0.01 2>&1) || { echo "$out"; return 1; }
  if grep -q "ERROR OCCURRED" <<<"$out"; then echo "$out"; return 1; fi
}
EVENTDESK_BENCH_ROWS=2000 smoke build/ci/bench/eventdesk_bench
EVENTDESK_BENCH_ROWS=2000 smoke build/ci/bench/eventdesk_importbench
EVENTDESK_BENCH_SSE_MB=1 EVENTDESK_BENCH_TOKENS=200 smoke build/ci/bench/eventdesk_ssebench
smoke build/ci/bench/eventdesk_schedule_bench
smoke build/ci/bench/eventdesk_schedulescene_bench
smoke build/ci/bench/eventdesk_context_bench
smoke build/ci/bench/eventdesk_agenda_bench
EVENTDESK_BENCH_SESSIONS=60 smoke build/ci/bench/eventdesk_interop_bench
EVENTDESK_BENCH_AUTOSCHEDULE_SECONDS=0.3 smoke build/ci/bench/eventdesk_autoschedule_bench --benchmark_filter=Tight100
EVENTDESK_BENCH_ROWS=2000 smoke build/ci/bench/eventdesk_dashboard_bench
EVENTDESK_BENCH_ROWS=500 smoke build/ci/bench/eventdesk_sync_bench
echo "benchmark smoke run: ok"
# The schedule importers' libFuzzer targets (clang; they compile only the readers and a few model files, about
# a minute cold and seconds with ccache): a few thousand runs from the seed corpus, so they cannot rot. New
# inputs go to a temporary folder, not into fuzz/corpus.
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DEVENTDESK_FUZZ=ON -DEVENTDESK_BUILD_TESTS=OFF \
  -DEVENTDESK_BUILD_BENCH=OFF -DEVENTDESK_BUILD_GUI=OFF >/dev/null
cmake --build build/fuzz -j "$(nproc)" --target eventdesk_frabxmlfuzz eventdesk_c3vocjsonfuzz
fuzzout=$(mktemp -d)
build/fuzz/fuzz/eventdesk_frabxmlfuzz -runs=2000 -max_len=65536 -seed=1 "$fuzzout" fuzz/corpus/frabxml 2>&1 | tail -1
build/fuzz/fuzz/eventdesk_c3vocjsonfuzz -runs=2000 -max_len=65536 -seed=1 "$fuzzout" fuzz/corpus/c3vocjson 2>&1 | tail -1
rm -rf "$fuzzout"
echo "fuzz smoke run: ok"
