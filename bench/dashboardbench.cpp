// The dashboard of a FOSDEM-sized event (900 sessions, 30 rooms) with EVENTDESK_BENCH_ROWS participants
// (100,000 in scripts/bench.sh): DashboardStats::compute, which counts participants with SQL aggregates,
// next to two same-run baselines: the floor, one raw QSqlQuery GROUP BY over the same rows on a connection
// of its own, and what loading every participant to count them in C++ would cost.
#include "dashboard/dashboardstats.h"
#include "storage/eventstore.h"
#include "support/largeevent.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    QString path;
};

std::unique_ptr<Workspace> g_workspace;

int participantRows()
{
    bool ok = false;
    const int rows = qEnvironmentVariableIntValue("EVENTDESK_BENCH_ROWS", &ok);
    return ok && rows > 0 ? rows : 100000;
}

Workspace &workspace()
{
    if (!g_workspace) {
        g_workspace = std::make_unique<Workspace>();
        Workspace &w = *g_workspace;
        w.path = w.dir.filePath(u"bench.eventdesk"_s);
        if (!w.store.open(w.path))
            qFatal("cannot open the benchmark workspace");
        Test::LargeEvent::Options o;
        o.participants = participantRows();
        auto id = Test::LargeEvent::create(w.store, o);
        if (!id)
            qFatal("cannot create the benchmark event");
        w.eventId = id.value();
    }
    return *g_workspace;
}

void BM_DashboardStats(benchmark::State &state)
{
    Workspace &w = workspace();
    qint64 registrations = 0;
    for (auto _ : state) {
        auto stats = DashboardStats::compute(w.store, w.eventId);
        if (!stats) {
            state.SkipWithError("the dashboard could not be computed");
            return;
        }
        registrations = stats.value().registrations;
        benchmark::DoNotOptimize(registrations);
    }
    state.counters["participants"] = double(registrations);
}

// The floor: the participants' one aggregate the dashboard needs most, as a raw query.
void BM_Baseline_RawGroupBy(benchmark::State &state)
{
    Workspace &w = workspace();
    const QString connection = u"dashboard-bench-raw"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(w.path);
        if (!db.open()) {
            state.SkipWithError("cannot open the raw connection");
            return;
        }
        qint64 registrations = 0;
        for (auto _ : state) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(u"SELECT ticket_type_id, status, count(*) FROM participants WHERE event_id = ? AND "
                      "deleted = 0 GROUP BY ticket_type_id, status"_s);
            q.addBindValue(w.eventId.toString(QUuid::WithoutBraces));
            q.exec();
            registrations = 0;
            while (q.next())
                registrations += q.value(2).toLongLong();
            benchmark::DoNotOptimize(registrations);
        }
        state.counters["participants"] = double(registrations);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// What the dashboard would cost if it loaded every participant and counted them itself.
void BM_Baseline_LoadEveryParticipant(benchmark::State &state)
{
    Workspace &w = workspace();
    qint64 registrations = 0;
    for (auto _ : state) {
        const QList<Participant> all = w.store.list<Participant>(w.eventId).value();
        QHash<int, qint64> byStatus;
        for (const Participant &p : all)
            byStatus[int(p.status)] += 1;
        registrations = all.size();
        benchmark::DoNotOptimize(byStatus);
    }
    state.counters["participants"] = double(registrations);
}

} // namespace

BENCHMARK(BM_DashboardStats)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_RawGroupBy)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Baseline_LoadEveryParticipant)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_workspace.reset();
    return 0;
}
