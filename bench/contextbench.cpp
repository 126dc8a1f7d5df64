// The assistant's event context on a FOSDEM-sized event (900 sessions, 30 rooms, 3,000 participants) and on
// the 44-session demo: time to build it within the 8,000-token budget, and its tokens, next to the same-run
// baseline of the whole event as plain text (what `ask` sent before the budget), whose tokens show what the
// summary saves.
#include "assistant/eventcontext.h"
#include "llm/tokenestimator.h"
#include "storage/eventstore.h"
#include "storage/sampleconference.h"
#include "support/largeevent.h"

#include <QCoreApplication>
#include <QHash>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{

struct Workspace {
    QTemporaryDir dir;
    EventStore store;
    QUuid eventId;
};

// One workspace per event size, made on first use and kept for the run; closed before the application object
// goes (a store outliving it crashes at exit).
std::unique_ptr<Workspace> g_made[2];

Workspace &workspace(bool large)
{
    std::unique_ptr<Workspace> &w = g_made[large ? 1 : 0];
    if (!w) {
        w = std::make_unique<Workspace>();
        if (!w->store.open(w->dir.filePath(u"bench.eventdesk"_s)))
            qFatal("cannot open the benchmark workspace");
        auto id = large ? Test::LargeEvent::create(w->store) : SampleConference::create(w->store);
        if (!id)
            qFatal("cannot create the benchmark event");
        w->eventId = id.value();
    }
    return *w;
}

// The baseline: every session, room, track and speaker as plain text, read from the store, without ids or
// a budget (the context `ask` sent before).
QString fullText(const EventStore &store, const QUuid &eventId)
{
    QString out;
    QHash<QUuid, QString> rooms, tracks, speakers;
    for (const Room &r : store.list<Room>(eventId).value()) {
        rooms.insert(r.meta.id, r.name);
        out += u"- %1, %2 seats\n"_s.arg(r.name).arg(r.capacity);
    }
    for (const Track &t : store.list<Track>(eventId).value()) {
        tracks.insert(t.meta.id, t.name);
        out += u"- %1\n"_s.arg(t.name);
    }
    for (const Speaker &s : store.list<Speaker>(eventId).value()) {
        speakers.insert(s.meta.id, s.name);
        out += u"- %1 (%2)\n"_s.arg(s.name, s.organisation);
    }
    for (const Session &s : store.list<Session>(eventId).value()) {
        QStringList names;
        for (const QUuid &id : s.speakerIds)
            names << speakers.value(id);
        out += u"- \"%1\" (%2 min) at %3 in %4, track %5, speakers: %6\n"_s.arg(s.title)
                   .arg(s.durationMinutes)
                   .arg(s.start.toString(Qt::ISODate), rooms.value(s.roomId), tracks.value(s.trackId),
                        names.join(u", "_s));
    }
    return out;
}

void BM_BuildContext(benchmark::State &state)
{
    Workspace &w = workspace(state.range(0) != 0);
    const EventContext context(w.store, w.eventId);
    int tokens = 0;
    for (auto _ : state) {
        auto text = context.build(EventContext::kDefaultBudgetTokens);
        if (!text) {
            state.SkipWithError("the context could not be built");
            return;
        }
        tokens = TokenEstimator::estimate(text.value());
        benchmark::DoNotOptimize(tokens);
    }
    state.counters["tokens"] = tokens;
    state.counters["sessions"] = double(w.store.count<Session>(w.eventId).value());
}

void BM_Baseline_FullText(benchmark::State &state)
{
    Workspace &w = workspace(state.range(0) != 0);
    int tokens = 0;
    for (auto _ : state) {
        tokens = TokenEstimator::estimate(fullText(w.store, w.eventId));
        benchmark::DoNotOptimize(tokens);
    }
    state.counters["tokens"] = tokens;
    state.counters["sessions"] = double(w.store.count<Session>(w.eventId).value());
}

} // namespace

// Argument: 0 the 44-session demo, 1 the 900-session event.
BENCHMARK(BM_BuildContext)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_FullText)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    for (std::unique_ptr<Workspace> &w : g_made)
        w.reset();
    return 0;
}
