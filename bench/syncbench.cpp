// Team sync with a real throwaway PostgreSQL: a FOSDEM-sized event with EVENTDESK_BENCH_ROWS participants
// (100,000 in scripts/bench.sh) sent to the server by its first member (first push), received whole by a new
// member (first sync), then 10,000 participant edits pushed and pulled. Same-run baselines: psql's \copy of
// the same participant rows into the server (for a push) and out of it (for a pull), as benchmarks of their
// own and again beside each measured step (its counter x_copy: the step's time over its neighbour's). The
// edits' round trip is also given by halves: the push (a's sync) over \copy in of the 10,000 rows (x_push),
// the pull (b's sync) over \copy out of them (x_pull), and the whole over both (x_in_out).
#include "storage/eventstore.h"
#include "storage/syncstate.h"
#include "support/largeevent.h"
#include "support/testpostgres.h"
#include "sync/serverconnection.h"
#include "sync/serverschema.h"
#include "sync/syncsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{

int participantRows()
{
    bool ok = false;
    const int rows = qEnvironmentVariableIntValue("EVENTDESK_BENCH_ROWS", &ok);
    return ok && rows > 0 ? rows : 100000;
}

int editRows()
{
    return std::min(10000, participantRows());
}

struct Setup {
    QTemporaryDir dir;
    Test::TestPostgres postgres;
    QString pristine; // a workspace with the large event, nothing pushed
    QString csv;      // its participants as CSV, for \copy
    QString csvEdits; // the first editRows() of them
    int counter = 0;
    QString member;
};

std::unique_ptr<Setup> g_setup;

Setup &setup()
{
    if (g_setup)
        return *g_setup;
    g_setup = std::make_unique<Setup>();
    Setup &s = *g_setup;
    if (auto ok = s.postgres.start(); !ok)
        qFatal("%s", qPrintable(ok.error().message));
    s.pristine = s.dir.filePath(u"pristine.eventdesk"_s);
    {
        EventStore store;
        if (!store.open(s.pristine))
            qFatal("cannot open the benchmark workspace");
        Test::LargeEvent::Options o;
        o.participants = participantRows();
        if (!Test::LargeEvent::create(store, o))
            qFatal("cannot create the benchmark event");
    }
    // The same participant rows as CSV (what \copy reads).
    s.csv = s.dir.filePath(u"participants.csv"_s);
    s.csvEdits = s.dir.filePath(u"edits.csv"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"csv"_s);
        db.setDatabaseName(s.pristine);
        db.open();
        QSqlQuery q(db);
        q.exec(
            u"SELECT id, event_id, name, email, phone, organisation, ticket_type_id, status, answers, notes, "
            "source, created_by, created_utc, updated_utc FROM participants"_s);
        QFile all(s.csv);
        QFile edits(s.csvEdits);
        all.open(QIODevice::WriteOnly);
        edits.open(QIODevice::WriteOnly);
        int n = 0;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 14; ++i)
                cells.append(u'"' + q.value(i).toString().replace(u'"', u"\"\""_s) + u'"');
            const QByteArray line = cells.join(u',').toUtf8() + '\n';
            all.write(line);
            if (n++ < editRows())
                edits.write(line);
        }
    }
    QSqlDatabase::removeDatabase(u"csv"_s);
    return s;
}

QString copyTable(const QString &name)
{
    return u"CREATE TABLE "_s + name +
           u" (id uuid PRIMARY KEY, event_id uuid, name text, email text, phone text, organisation text, "
           "ticket_type_id text, status text, answers jsonb, notes text, source text, created_by text, "
           "created_utc text, updated_utc text);"_s;
}

// A fresh team server database with two members; returns their URLs.
std::pair<ServerUrl, ServerUrl> freshServer(Setup &s)
{
    const QString db = u"bench_%1"_s.arg(++s.counter);
    if (!s.postgres.createDatabase(db))
        qFatal("cannot create the server database");
    ServerConnection admin(ServerUrl::parse(s.postgres.superuserUrl(db)).value());
    if (!admin.open() || !ServerSchema::install(admin.db()))
        qFatal("cannot install the server schema");
    std::pair<ServerUrl, ServerUrl> urls;
    for (ServerUrl *url : {&urls.first, &urls.second}) {
        *url = ServerUrl::parse(s.postgres.superuserUrl(db)).value();
        url->user = u"m%1_%2"_s.arg(s.counter).arg(url == &urls.first ? 1 : 2);
        url->password = u"pw"_s;
        if (!ServerSchema::addMember(admin.db(), u"crew"_s, url->user, url->password))
            qFatal("cannot add a member");
    }
    return urls;
}

struct Client {
    explicit Client(const QString &path, const ServerUrl &url) : connection(url)
    {
        if (!store.open(path))
            qFatal("cannot open a workspace");
        if (!connection.open())
            qFatal("cannot connect");
        session = std::make_unique<SyncSession>(store, connection.db());
    }
    SyncReport sync(benchmark::State &state)
    {
        auto report = session->sync();
        if (!report)
            state.SkipWithError(qPrintable(report.error().detail));
        return report ? report.value() : SyncReport{};
    }
    EventStore store;
    ServerConnection connection;
    std::unique_ptr<SyncSession> session;
};

// The baselines again, timed inside each measured iteration just before its step (with the benchmark's clock
// paused): on a shared, noisy machine the ratio of the two neighbours ("x_copy") moves far less than either.
qint64 copyInNs(Setup &s, const QString &csv)
{
    const QString table = u"copy_%1"_s.arg(++s.counter);
    s.postgres.psql(copyTable(table));
    QElapsedTimer t;
    t.start();
    s.postgres.psql(u"\\copy "_s + table + u" FROM '"_s + csv + u"' WITH (FORMAT csv)\n"_s);
    return t.nsecsElapsed();
}

qint64 copyOutNs(Setup &s, const QString &csv)
{
    const QString table = u"copy_out_%1"_s.arg(++s.counter);
    s.postgres.psql(copyTable(table));
    s.postgres.psql(u"\\copy "_s + table + u" FROM '"_s + csv + u"' WITH (FORMAT csv)\n"_s);
    QElapsedTimer t;
    t.start();
    s.postgres.psql(u"\\copy (SELECT * FROM "_s + table + u" ORDER BY id) TO '"_s +
                    s.dir.filePath(u"out.csv"_s) + u"' WITH (FORMAT csv)\n"_s);
    return t.nsecsElapsed();
}

void BM_FirstPush(benchmark::State &state)
{
    Setup &s = setup();
    qint64 pushed = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const auto urls = freshServer(s);
        const QString path = s.dir.filePath(u"push%1.eventdesk"_s.arg(s.counter));
        QFile::copy(s.pristine, path);
        const qint64 baseline = copyInNs(s, s.csv);
        state.ResumeTiming();
        QElapsedTimer t;
        t.start();
        Client a(path, urls.first);
        pushed = a.sync(state).pushed;
        state.counters["x_copy"] = double(t.nsecsElapsed()) / double(baseline);
    }
    state.counters["outbox_entries"] = double(pushed);
}

void BM_FirstSyncOfANewMember(benchmark::State &state)
{
    Setup &s = setup();
    const auto urls = freshServer(s);
    const QString source = s.dir.filePath(u"source%1.eventdesk"_s.arg(s.counter));
    QFile::copy(s.pristine, source);
    {
        Client a(source, urls.first);
        a.sync(state);
    }
    qint64 pulled = 0;
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = s.dir.filePath(u"new%1-%2.eventdesk"_s.arg(s.counter).arg(++n));
        const qint64 baseline = copyOutNs(s, s.csv);
        state.ResumeTiming();
        QElapsedTimer t;
        t.start();
        Client b(path, urls.second);
        pulled = b.sync(state).pulled;
        state.counters["x_copy"] = double(t.nsecsElapsed()) / double(baseline);
    }
    state.counters["changes_pulled"] = double(pulled);
}

void BM_PushAndPull10kEdits(benchmark::State &state)
{
    Setup &s = setup();
    const auto urls = freshServer(s);
    const QString pathA = s.dir.filePath(u"editsA%1.eventdesk"_s.arg(s.counter));
    const QString pathB = s.dir.filePath(u"editsB%1.eventdesk"_s.arg(s.counter));
    QFile::copy(s.pristine, pathA);
    Client a(pathA, urls.first);
    Client b(pathB, urls.second);
    a.sync(state);
    b.sync(state);
    auto participants = a.store.list<Participant>();
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QList<Participant> edits = participants.value().mid(0, editRows());
        ++round;
        for (Participant &p : edits) {
            p.notes = u"Edited in round %1"_s.arg(round);
            p.meta.revision = a.store.get<Participant>(p.meta.id).value().meta.revision;
        }
        if (!a.store.updateMany(edits))
            state.SkipWithError("the edits could not be saved");
        const qint64 in = copyInNs(s, s.csvEdits);
        const qint64 out = copyOutNs(s, s.csvEdits);
        state.ResumeTiming();
        QElapsedTimer t;
        t.start();
        const qint64 pushed = a.sync(state).pushed;
        const qint64 pushNs = t.nsecsElapsed();
        const qint64 pulled = b.sync(state).pulled;
        const qint64 allNs = t.nsecsElapsed();
        // The round trip against \copy in alone (as before), and each half against its own direction.
        state.counters["x_copy"] = double(allNs) / double(in);
        state.counters["x_push"] = double(pushNs) / double(in);
        state.counters["x_pull"] = double(allNs - pushNs) / double(out);
        state.counters["x_in_out"] = double(allNs) / double(in + out);
        state.counters["pushed"] = double(pushed);
        state.counters["pulled"] = double(pulled);
    }
}

// Baselines: psql's \copy of the same participant rows, in and out, on a connection of its own.
void copyIn(benchmark::State &state, const QString &csv)
{
    Setup &s = setup();
    for (auto _ : state) {
        state.PauseTiming();
        const QString table = u"copy_%1"_s.arg(++s.counter);
        s.postgres.psql(copyTable(table));
        state.ResumeTiming();
        auto out = s.postgres.psql(u"\\copy "_s + table + u" FROM '"_s + csv + u"' WITH (FORMAT csv)\n"_s);
        if (out.exitCode != 0)
            state.SkipWithError(qPrintable(out.errors));
    }
}

void BM_Baseline_PsqlCopyInAll(benchmark::State &state)
{
    copyIn(state, setup().csv);
}

void BM_Baseline_PsqlCopyIn10k(benchmark::State &state)
{
    copyIn(state, setup().csvEdits);
}

void copyOut(benchmark::State &state, const QString &csv)
{
    Setup &s = setup();
    const QString table = u"copy_out_%1"_s.arg(++s.counter);
    s.postgres.psql(copyTable(table));
    s.postgres.psql(u"\\copy "_s + table + u" FROM '"_s + csv + u"' WITH (FORMAT csv)\n"_s);
    const QString out = s.dir.filePath(u"out.csv"_s);
    for (auto _ : state) {
        auto r = s.postgres.psql(u"\\copy (SELECT * FROM "_s + table + u" ORDER BY id) TO '"_s + out +
                                 u"' WITH (FORMAT csv)\n"_s);
        if (r.exitCode != 0)
            state.SkipWithError(qPrintable(r.errors));
    }
}

void BM_Baseline_PsqlCopyOutAll(benchmark::State &state)
{
    copyOut(state, setup().csv);
}

void BM_Baseline_PsqlCopyOut10k(benchmark::State &state)
{
    copyOut(state, setup().csvEdits);
}

} // namespace

BENCHMARK(BM_FirstPush)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Baseline_PsqlCopyInAll)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_FirstSyncOfANewMember)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Baseline_PsqlCopyOutAll)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_PushAndPull10kEdits)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Baseline_PsqlCopyIn10k)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Baseline_PsqlCopyOut10k)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    g_setup.reset();
    benchmark::Shutdown();
    return 0;
}
