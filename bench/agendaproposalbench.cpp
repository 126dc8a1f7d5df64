// Checking a 900-item agenda proposal (every session of a generated FOSDEM-sized schedule placed again:
// 900 sessions, 30 rooms, 2 days) against the full conflict check of the same schedule, in the same run.
#include "assistant/proposalchecker.h"
#include "schedule/conflictchecker.h"
#include "schedule/schedulegenerator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{

const ScheduleData &fosdem()
{
    static const ScheduleData data = ScheduleGenerator::generate(ScheduleGenerator::Options{});
    return data;
}

// The model's answer: each scheduled session placed where the generator put it, each unscheduled one in the
// first room at the event's first morning; ids as 8-character prefixes, times in the event's zone.
const QString &answer()
{
    static const QString text = [] {
        const ScheduleData &d = fosdem();
        const QTimeZone zone(d.event.timeZone.toUtf8());
        QJsonArray placements;
        for (const Session &s : d.sessions) {
            const QUuid room = s.roomId.isNull() ? d.rooms.first().meta.id : s.roomId;
            const QDateTime start =
                s.start.isValid() ? s.start : QDateTime(d.event.startDate, d.event.dayStart, zone);
            placements.append(
                QJsonObject{{u"session"_s, s.meta.id.toString(QUuid::WithoutBraces)},
                            {u"room"_s, room.toString(QUuid::WithoutBraces).left(8)},
                            {u"start"_s, start.toTimeZone(zone).toString(u"yyyy-MM-ddTHH:mm"_s)},
                            {u"duration_minutes"_s, s.durationMinutes}});
        }
        return QString::fromUtf8(QJsonDocument(QJsonObject{{u"summary"_s, u"Everything again"_s},
                                                           {u"placements"_s, placements},
                                                           {u"new_sessions"_s, QJsonArray()}})
                                     .toJson(QJsonDocument::Compact));
    }();
    return text;
}

void BM_CheckProposal900(benchmark::State &state)
{
    const ScheduleData &data = fosdem();
    const AgendaProposal proposal = AgendaProposal::parse(answer()).value();
    int valid = 0;
    for (auto _ : state) {
        const CheckedProposal checked = ProposalChecker::check(data, proposal);
        valid = checked.validCount();
        benchmark::DoNotOptimize(valid);
    }
    state.counters["items"] = double(proposal.placements.size());
    state.counters["valid"] = double(valid);
}

void BM_ParseAndCheckProposal900(benchmark::State &state)
{
    const ScheduleData &data = fosdem();
    for (auto _ : state)
        benchmark::DoNotOptimize(
            ProposalChecker::check(data, AgendaProposal::parse(answer()).value()).items.size());
    state.counters["answer_kB"] = double(answer().toUtf8().size()) / 1024;
}

void BM_Baseline_FullConflictCheck(benchmark::State &state)
{
    const ScheduleData &data = fosdem();
    for (auto _ : state) {
        ConflictChecker checker(data);
        benchmark::DoNotOptimize(checker.all().size());
    }
    state.counters["sessions"] = double(data.sessions.size());
}

} // namespace

BENCHMARK(BM_CheckProposal900)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseAndCheckProposal900)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_FullConflictCheck)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
