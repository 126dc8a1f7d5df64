// The auto-scheduler on two instances, each with its same-run baseline (the heuristic alone):
//  - Tight100: 100 sessions in 3 rooms over 2 days, each allowed only a window of its duration plus an hour
//    around a hidden reference placement (a quarter also allowed only one room), about 87% of the
//    room-minutes needed. Aim: a complete, feasible placement in under 1 s.
//  - Generated900: the generated FOSDEM-sized event (900 sessions, 30 rooms, 2 days), unscheduled, with a
//    5-minute room changeover, some sessions allowed only three rooms, day one or the afternoons. Aim: zero
//    hard violations in under 10 s.
// Counters: the soft score against the greedy start, the heuristic's and the solver's seconds, sessions left
// unplaced and hard violations (every conflict the event's rules report: they are all constraints).
// EVENTDESK_BENCH_AUTOSCHEDULE_SECONDS overrides the time limits (the smoke run uses a short one).
#include "schedule/autoscheduler.h"
#include "schedule/conflictchecker.h"
#include "schedule/schedulegenerator.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <numeric>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{

double timeLimit(double fallback)
{
    bool ok = false;
    const double v = qEnvironmentVariable("EVENTDESK_BENCH_AUTOSCHEDULE_SECONDS").toDouble(&ok);
    return ok && v > 0 ? v : fallback;
}

QUuid uuid(const QString &name)
{
    return QUuid::createUuidV5(QUuid(), u"autoschedulebench/"_s + name);
}

// A reference placement is built first (each room and day filled to about 87% with gaps on the 5-minute
// grid), then forgotten: the sessions keep only their windows, rooms, tracks (one per reference room) and
// speakers (half of the first day's speakers speak again on the second day).
const ScheduleData &tight100()
{
    static const ScheduleData data = [] {
        QRandomGenerator rng(87);
        ScheduleData d;
        d.event.meta.id = uuid(u"event"_s);
        d.event.name = u"Tight"_s;
        d.event.timeZone = u"Europe/Brussels"_s;
        d.event.startDate = QDate(2027, 2, 6);
        d.event.endDate = d.event.startDate.addDays(1);
        d.event.dayStart = QTime(9, 0);
        d.event.dayEnd = QTime(18, 0);
        const QTimeZone tz(d.event.timeZone.toUtf8());
        const int capacities[] = {300, 150, 80};
        for (int r = 0; r < 3; ++r) {
            Room room;
            room.meta.id = uuid(u"room%1"_s.arg(r));
            room.eventId = d.event.meta.id;
            room.name = u"Room %1"_s.arg(r + 1);
            room.capacity = capacities[r];
            d.rooms.append(room);
            Track track;
            track.meta.id = uuid(u"track%1"_s.arg(r));
            track.eventId = d.event.meta.id;
            track.name = u"Track %1"_s.arg(r + 1);
            d.tracks.append(track);
        }
        const int dayMinutes = 9 * 60;
        const int counts[] = {17, 17, 17, 17, 16, 16}; // room-days: 100 sessions
        QList<QUuid> firstDaySpeakers;
        int n = 0;
        for (int rd = 0; rd < 6; ++rd) {
            const int room = rd % 3, day = rd / 3;
            QList<int> durations;
            for (int k = 0; k < counts[rd]; ++k)
                durations << 20 + 5 * int(rng.bounded(5));
            auto sum = [&durations] { return std::accumulate(durations.begin(), durations.end(), 0); };
            const int target = dayMinutes * 87 / 100;
            while (sum() > target) {
                int &m = durations[int(rng.bounded(int(durations.size())))];
                m = qMax(20, m - 5);
            }
            while (sum() < target - 5) {
                int &m = durations[int(rng.bounded(int(durations.size())))];
                m = qMin(40, m + 5);
            }
            // The slack, in 5-minute pieces, spread over the gaps before each session and after the last.
            QList<int> gaps(durations.size() + 1, 0);
            for (int slack = (dayMinutes - sum()) / 5; slack > 0; --slack)
                gaps[int(rng.bounded(int(gaps.size())))] += 5;
            const QDateTime dayStart(d.event.startDate.addDays(day), d.event.dayStart, tz);
            int at = 0;
            for (int k = 0; k < durations.size(); ++k, ++n) {
                at += gaps.at(k);
                Session s;
                s.meta.id = uuid(u"session%1"_s.arg(n));
                s.eventId = d.event.meta.id;
                s.title = u"Talk %1"_s.arg(n + 1);
                s.durationMinutes = durations.at(k);
                s.trackId = d.tracks.at(room).meta.id;
                s.expectedAttendance = int(rng.bounded(capacities[room]));
                const QDateTime from = dayStart.addSecs(qint64(qMax(0, at - 30)) * 60);
                const QDateTime until =
                    dayStart.addSecs(qint64(qMin(dayMinutes, at + durations.at(k) + 30)) * 60);
                s.allowedTimes = {{from.toUTC(), until.toUTC()}};
                if (n % 4 == 0)
                    s.allowedRoomIds = {d.rooms.at(room).meta.id};
                if (day == 1 && k % 2 == 0) { // a first-day speaker again, each at most once on day two
                    s.speakerIds = {firstDaySpeakers.at((room * 9 + k / 2) % firstDaySpeakers.size())};
                } else {
                    Speaker sp;
                    sp.meta.id = uuid(u"speaker%1"_s.arg(n));
                    sp.eventId = d.event.meta.id;
                    sp.name = u"Speaker %1"_s.arg(n + 1);
                    d.speakers.append(sp);
                    s.speakerIds = {sp.meta.id};
                    if (day == 0)
                        firstDaySpeakers.append(sp.meta.id);
                }
                d.sessions.append(s);
                at += durations.at(k);
            }
        }
        return d;
    }();
    return data;
}

const ScheduleData &generated900()
{
    static const ScheduleData data = [] {
        ScheduleData d = ScheduleGenerator::generate(ScheduleGenerator::Options{});
        d.event.roomChangeoverMinutes = 5;
        const QTimeZone tz(d.event.timeZone.toUtf8());
        for (int i = 0; i < d.sessions.size(); ++i) {
            Session &s = d.sessions[i];
            s.start = {};
            s.roomId = {};
            if (i % 10 == 0)
                for (int k = 0; k < 3; ++k)
                    s.allowedRoomIds << d.rooms.at((i + k) % d.rooms.size()).meta.id;
            if (i % 8 == 1) // a sponsor talk: day one only
                s.allowedTimes = {{QDateTime(d.event.startDate, d.event.dayStart, tz).toUTC(),
                                   QDateTime(d.event.startDate, d.event.dayEnd, tz).toUTC()}};
            if (i % 8 == 5) // afternoons only
                for (QDate day = d.event.startDate; day <= d.event.endDate; day = day.addDays(1))
                    s.allowedTimes << TimeWindow{QDateTime(day, QTime(14, 0), tz).toUTC(),
                                                 QDateTime(day, d.event.dayEnd, tz).toUTC()};
        }
        return d;
    }();
    return data;
}

ScheduleData applied(ScheduleData d, const AutoScheduleResult &result)
{
    QHash<QUuid, const AutoScheduleResult::Change *> changes;
    for (const auto &c : result.changes)
        changes.insert(c.session, &c);
    for (Session &s : d.sessions)
        if (const auto *c = changes.value(s.meta.id)) {
            s.roomId = c->room;
            s.start = c->start;
        }
    return d;
}

void run(benchmark::State &state, const ScheduleData &data, double limit, bool useSolver)
{
    AutoScheduleOptions options;
    options.timeLimitSeconds = limit;
    options.useSolver = useSolver;
    AutoScheduleResult result;
    for (auto _ : state) {
        result = AutoScheduler::run(data, options);
        benchmark::DoNotOptimize(result.changes.size());
    }
    const AutoScheduleReport &r = result.report;
    const qsizetype violations = ConflictChecker(applied(data, result)).all().size();
    state.counters["sessions"] = double(data.sessions.size());
    state.counters["unplaced"] = double(r.unplaced.size());
    state.counters["hard_violations"] = double(violations);
    state.counters["soft"] = r.score.soft();
    state.counters["greedy_soft"] = r.greedyScore.soft();
    state.counters["heuristic_s"] = r.heuristicSeconds;
    state.counters["solver_s"] = r.solverSeconds;
    state.counters["total_s"] = r.seconds;
    state.counters["optimal"] = r.status == AutoScheduleReport::Status::Optimal ? 1 : 0;
    state.SetLabel(AutoScheduleReport::statusName(r.status).toStdString());
    if (violations > 0)
        state.SkipWithError("the placement breaks a rule of the event");
}

void BM_Tight100(benchmark::State &state)
{
    run(state, tight100(), timeLimit(1.0), true);
}
void BM_Tight100_Baseline_HeuristicOnly(benchmark::State &state)
{
    run(state, tight100(), timeLimit(1.0), false);
}
void BM_Generated900(benchmark::State &state)
{
    run(state, generated900(), timeLimit(10.0), true);
}
void BM_Generated900_Baseline_HeuristicOnly(benchmark::State &state)
{
    run(state, generated900(), timeLimit(10.0), false);
}

} // namespace

BENCHMARK(BM_Tight100)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Tight100_Baseline_HeuristicOnly)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Generated900)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Generated900_Baseline_HeuristicOnly)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_MAIN();
