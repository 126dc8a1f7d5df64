// The schedule editor at FOSDEM scale (offscreen): building one day's grid of ~450 cards with conflict
// badges. Baseline in the same run: a QGraphicsScene filled with the same number of plain rectangles.
#include "schedule/conflictchecker.h"
#include "schedule/schedulegenerator.h"
#include "schedule/schedulescene.h"

#include <QApplication>
#include <QGraphicsRectItem>

#include <benchmark/benchmark.h>

using namespace EventDesk;

namespace
{

void BM_BuildFosdemDay(benchmark::State &state)
{
    const ScheduleData data = ScheduleGenerator::generate({});
    const ConflictChecker checker(data);
    ScheduleScene scene;
    for (auto _ : state) {
        scene.setSchedule(data, checker, data.event.startDate);
        benchmark::DoNotOptimize(scene.items().size());
    }
    state.counters["cards"] = double(scene.items().size());
}

void BM_Baseline_PlainRectangles(benchmark::State &state)
{
    const ScheduleData data = ScheduleGenerator::generate({});
    ScheduleScene probe;
    probe.setSchedule(data, ConflictChecker(data), data.event.startDate);
    const qsizetype n = probe.items().size();
    QGraphicsScene scene;
    for (auto _ : state) {
        scene.clear();
        for (qsizetype i = 0; i < n; ++i)
            scene.addRect(QRectF(double(i % 30) * 150, double(i / 30) * 40, 150, 36));
        benchmark::DoNotOptimize(scene.items().size());
    }
}

} // namespace

BENCHMARK(BM_BuildFosdemDay)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_PlainRectangles)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
