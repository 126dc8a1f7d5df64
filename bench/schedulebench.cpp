// Conflict checking on a generated FOSDEM-sized schedule (900 sessions, 30 rooms, 2 days):
// full check, re-check after one move, and the brute-force all-pairs oracle as the same-run baseline.
#include "schedule/conflictchecker.h"
#include "schedule/schedulegenerator.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace EventDesk;

namespace
{

ScheduleData fosdem()
{
    ScheduleGenerator::Options o; // 900 sessions, 30 rooms, 2 days
    ScheduleData d = ScheduleGenerator::generate(o);
    return d;
}

void BM_FullCheck(benchmark::State &state)
{
    const ScheduleData data = fosdem();
    for (auto _ : state) {
        ConflictChecker checker(data);
        benchmark::DoNotOptimize(checker.count(Severity::Error));
    }
    state.counters["sessions"] = double(data.sessions.size());
}

void BM_RecheckAfterOneMove(benchmark::State &state)
{
    const ScheduleData data = fosdem();
    ConflictChecker checker(data);
    Session s = data.sessions.at(450);
    const QDateTime original = s.start;
    int i = 0;
    for (auto _ : state) {
        s.start = original.addSecs((i++ % 2) ? 300 : -300); // drag back and forth by 5 minutes
        checker.updateSession(s);
        benchmark::DoNotOptimize(checker.forSession(s.meta.id).size());
    }
}

void BM_Baseline_BruteForceAllPairs(benchmark::State &state)
{
    const ScheduleData data = fosdem();
    for (auto _ : state)
        benchmark::DoNotOptimize(ConflictChecker::bruteForce(data).size());
}

} // namespace

BENCHMARK(BM_FullCheck)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RecheckAfterOneMove)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Baseline_BruteForceAllPairs)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
