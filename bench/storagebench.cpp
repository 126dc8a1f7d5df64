// Storage benchmarks with their same-run baseline: the sqlite3 command line importing the same rows.
//   EVENTDESK_BENCH_ROWS (default 100000) sets the row count; scripts/bench.sh runs the full set.
#include "storage/eventstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

int rowCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("EVENTDESK_BENCH_ROWS", &ok);
    return ok && n > 0 ? n : 100000;
}

QList<Participant> makeParticipants(const QUuid &eventId, int n)
{
    QList<Participant> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        Participant p;
        p.eventId = eventId;
        p.name = u"Participant %1"_s.arg(i);
        p.email = u"p%1@example.org"_s.arg(i);
        p.phone = u"+49 30 %1"_s.arg(1000000 + i);
        p.organisation = u"Org %1"_s.arg(i % 97);
        p.status = ParticipantStatus::Confirmed;
        p.source = u"bench"_s;
        out.append(p);
    }
    return out;
}

QUuid createEvent(EventStore &store)
{
    Event e;
    e.name = u"Bench"_s;
    e.startDate = e.endDate = QDate(2026, 6, 1);
    return store.add(e).value().meta.id;
}

void BM_InsertParticipantsOneTransaction(benchmark::State &state)
{
    const int n = rowCount();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        EventStore store;
        if (!store.open(dir.filePath(u"w.eventdesk"_s))) {
            state.SkipWithError("open failed");
            return;
        }
        QList<Participant> rows = makeParticipants(createEvent(store), n);
        state.ResumeTiming();
        auto r = store.addMany(std::move(rows));
        benchmark::DoNotOptimize(r);
        if (!r)
            state.SkipWithError("insert failed");
    }
    state.counters["rows"] = n;
    state.counters["rows/s"] =
        benchmark::Counter(double(n) * double(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_OpenWorkspaceWithParticipants(benchmark::State &state)
{
    const int n = rowCount();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.eventdesk"_s);
    {
        EventStore store;
        if (!store.open(path) || !store.addMany(makeParticipants(createEvent(store), n))) {
            state.SkipWithError("setup failed");
            return;
        }
    }
    for (auto _ : state) {
        EventStore store;
        auto opened = store.open(path);
        auto count = store.count<Participant>();
        benchmark::DoNotOptimize(count);
        if (!opened || count.value() != n)
            state.SkipWithError("open failed");
    }
    state.counters["rows"] = n;
}

// Baseline: the sqlite3 CLI's .import of the same rows into the same table (same indexes), from CSV.
void BM_Baseline_Sqlite3CliImport(benchmark::State &state)
{
    const int n = rowCount();
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(u"participants.csv"_s);
    const QString templatePath = dir.filePath(u"template.eventdesk"_s);
    QUuid eventId;
    {
        EventStore store;
        if (!store.open(templatePath)) {
            state.SkipWithError("open failed");
            return;
        }
        eventId = createEvent(store);
    }
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly)) {
            state.SkipWithError("csv failed");
            return;
        }
        QTextStream out(&csv);
        const QString now = u"2026-06-01T00:00:00.000Z"_s;
        const QString event = eventId.toString(QUuid::WithoutBraces);
        // Column order of participants (schema 6): meta, event_id, name, email, phone, organisation, status,
        // answers, notes, source, ticket_type_id, created_by.
        for (int i = 0; i < n; ++i)
            out << QUuid::createUuid().toString(QUuid::WithoutBraces) << ',' << now << ',' << now << ",1,0,"
                << event << ",Participant " << i << ",p" << i << "@example.org,+49 30 " << (1000000 + i)
                << ",Org " << (i % 97) << ",confirmed,{},,bench,,bench\n";
    }
    int iteration = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString db = dir.filePath(u"baseline%1.eventdesk"_s.arg(iteration++));
        QFile::copy(templatePath, db);
        state.ResumeTiming();
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {db, u".import --csv "_s + csvPath + u" participants"_s});
        if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
            state.SkipWithError("sqlite3 .import failed (is sqlite3 installed?)");
            return;
        }
    }
    state.counters["rows"] = n;
    state.counters["rows/s"] =
        benchmark::Counter(double(n) * double(state.iterations()), benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK(BM_InsertParticipantsOneTransaction)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Baseline_Sqlite3CliImport)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_OpenWorkspaceWithParticipants)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
