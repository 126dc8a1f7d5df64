// Registration benchmarks with their same-run baselines.
//   BM_ImportCsv: read, decode, parse, plan (duplicates, validation, ticket types) and commit N CSV rows in
//   one
//     transaction, as `participant import` does. Baseline: the sqlite3 command line's `.import --csv` of the
//     same file into a plain table of the same workspace (no validation, no outbox, no history).
//   BM_FilterKeystroke: N participants in the table model; each "keystroke" sets the search text and the
//     model is updated (filter + reset). Reports the p95 of keystroke → updated model in ms.
//   BM_CheckInAtLargeEvent: checking in one participant at an event of N (Registrations::changeStatus, one
//     transaction with the quota and waitlist reasoning). Baseline in the same run: the least SQL a check-in
//     needs (update the row, add the history entry and the outbox entry) on a second connection.
//   EVENTDESK_BENCH_ROWS (default 100000) sets N.
#include "participants/participantspage.h"
#include "participants/participanttablemodel.h"
#include "registration/participantimport.h"
#include "registration/registrations.h"
#include "storage/eventstore.h"
#include "storage/storageworker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <algorithm>
#include <functional>

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

const char *const kFirst[] = {"Ada", "Grace", "Alan", "Wei", "Li", "Frank", "Sybil", "Niaj", "Erin", "Judy"};
const char *const kLast[] = {"Lovelace", "Hopper", "Turing", "Zhang",  "Wang",
                             "Silva",    "García", "Tanaka", "O'Brien"};
const char *const kOrgs[] = {"ACME Corp", "\"Initech, Inc.\"", "北京大学", "Universität Wien", "Umbrella"};
const char *const kTickets[] = {"Regular", "Student", "Speaker", "Sponsor"};

// The attendee export a ticketing system would hand over: header, quoted fields, UTF-8.
QString writeCsv(const QString &path, int n)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QTextStream out(&f);
    out << "name,email,phone,organisation,ticket,status\n";
    for (int i = 0; i < n; ++i)
        out << kFirst[i % 10] << ' ' << kLast[i % 9] << ' ' << i << ",p" << i << "@example.org,+49 30 "
            << (1000000 + i) << ',' << kOrgs[i % 5] << ',' << kTickets[i % 4] << ",paid\n";
    return path;
}

// CPU time (user + system) of finished child processes, in ms.
double childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

QUuid prepareWorkspace(EventStore &store, const QString &path)
{
    if (!store.open(path))
        return {};
    Event e;
    e.name = u"Bench"_s;
    e.startDate = e.endDate = QDate(2026, 6, 1);
    const QUuid eventId = store.add(e).value().meta.id;
    for (const char *name : kTickets) {
        TicketType t;
        t.eventId = eventId;
        t.name = QString::fromUtf8(name);
        (void)store.add(t);
    }
    return eventId;
}

void BM_ImportCsv(benchmark::State &state)
{
    const int n = rowCount();
    QTemporaryDir dir;
    const QString csv = writeCsv(dir.filePath(u"attendees.csv"_s), n);
    int iteration = 0;
    double readMs = 0, planMs = 0, commitMs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        EventStore store;
        const QUuid eventId = prepareWorkspace(store, dir.filePath(u"w%1.eventdesk"_s.arg(iteration++)));
        state.ResumeTiming();
        QElapsedTimer phase;
        phase.start();
        auto source = ParticipantImport::readFile(csv);
        readMs += phase.nsecsElapsed() / 1e6;
        phase.restart();
        if (!source) {
            state.SkipWithError("read failed");
            return;
        }
        ImportOptions options;
        options.columns = ParticipantImport::suggestFields(source.value().table.rows.first());
        auto plan = ParticipantImport::plan(store, source.value().table, options, eventId);
        if (!plan || !plan.value().skipped.isEmpty()) {
            state.SkipWithError("plan failed");
            return;
        }
        planMs += phase.nsecsElapsed() / 1e6;
        phase.restart();
        auto written = ParticipantImport::commit(store, eventId, std::move(plan).value());
        commitMs += phase.nsecsElapsed() / 1e6;
        if (!written || written.value() != n) {
            state.SkipWithError("commit failed");
            return;
        }
    }
    state.counters["rows"] = n;
    state.counters["rows/s"] =
        benchmark::Counter(double(n) * state.iterations(), benchmark::Counter::kIsRate);
    // Where the time goes: reading and decoding, planning, writing.
    state.counters["read_ms"] = readMs / double(state.iterations());
    state.counters["plan_ms"] = planMs / double(state.iterations());
    state.counters["commit_ms"] = commitMs / double(state.iterations());
}

void BM_Baseline_Sqlite3CliImportSameCsv(benchmark::State &state)
{
    const int n = rowCount();
    QTemporaryDir dir;
    const QString csv = writeCsv(dir.filePath(u"attendees.csv"_s), n);
    int iteration = 0;
    const double cpuBefore = childCpuMs();
    for (auto _ : state) {
        state.PauseTiming();
        const QString db = dir.filePath(u"b%1.eventdesk"_s.arg(iteration++));
        {
            EventStore store;
            prepareWorkspace(store, db);
        }
        state.ResumeTiming();
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {db, u".import --csv "_s + csv + u" attendees_raw"_s});
        if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
            state.SkipWithError("sqlite3 .import failed (is sqlite3 installed?)");
            return;
        }
    }
    // The CPU time of the sqlite3 processes (user + system): compare with BM_ImportCsv's CPU column when
    // the machine is busy and wall times are noisy.
    state.counters["sqlite3_cpu_ms"] = (childCpuMs() - cpuBefore) / double(state.iterations());
    state.counters["rows"] = n;
    state.counters["rows/s"] =
        benchmark::Counter(double(n) * state.iterations(), benchmark::Counter::kIsRate);
}

// A second baseline, the floor: what the rows cost in SQLite itself with EventDesk's schema. Untimed, the
// sqlite3 command line imports the file into a staging table and gives each row its id (random, handed out
// in ascending order as EventStore::addMany does). Timed, it writes the same rows EventDesk writes (the
// participant with its indexes and foreign keys, and the one sync outbox entry listing the batch) with
// INSERT … SELECT in one transaction: no parsing, validation or binding in application code. The distance
// from .import to this is the cost of the schema; the distance from this to BM_ImportCsv is the cost of
// EventDesk's code.
void BM_Baseline_Sqlite3CliSameRowsIntoEventDeskSchema(benchmark::State &state)
{
    const int n = rowCount();
    QTemporaryDir dir;
    const QString csv = writeCsv(dir.filePath(u"attendees.csv"_s), n);
    int iteration = 0;
    double cpuMs = 0;
    const auto runSqlite = [](const QString &db, const QString &script) -> QByteArray {
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {u"-bail"_s, db});
        sqlite.write(script.toUtf8());
        sqlite.closeWriteChannel();
        if (!sqlite.waitForFinished(600000) || sqlite.exitStatus() != QProcess::NormalExit ||
            sqlite.exitCode() != 0)
            return sqlite.readAllStandardError() + " (sqlite3 failed; is it installed?)";
        return {};
    };
    for (auto _ : state) {
        state.PauseTiming();
        const QString db = dir.filePath(u"s%1.eventdesk"_s.arg(iteration++));
        QUuid eventId;
        QString ticketId;
        {
            EventStore store;
            eventId = prepareWorkspace(store, db);
            ticketId = store.list<TicketType>(eventId).value().first().meta.id.toString(QUuid::WithoutBraces);
        }
        const QString event = eventId.toString(QUuid::WithoutBraces);
        const QString now = u"2026-11-25T00:00:00.000Z"_s;
        const QByteArray staged = runSqlite(
            db,
            u".import --csv "_s + csv +
                u" raw\n"
                "CREATE TABLE ids AS WITH x AS (SELECT lower(hex(randomblob(16))) AS h FROM raw ORDER BY 1) "
                "SELECT row_number() OVER () AS r, substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || "
                "substr(h, 13, 4) || '-' || substr(h, 17, 4) || '-' || substr(h, 21) AS id FROM x;\n"
                "CREATE TABLE staging AS SELECT ids.id, name, email, phone, organisation FROM raw JOIN ids "
                "ON ids.r = raw.rowid ORDER BY raw.rowid;\nDROP TABLE raw;\nDROP TABLE ids;\n"_s);
        if (!staged.isEmpty()) {
            state.SkipWithError(staged.constData());
            return;
        }
        const QString script =
            u"PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; BEGIN;\n"
            "INSERT INTO participants (id, created_utc, updated_utc, revision, deleted, event_id, name, "
            "email, phone, organisation, status, answers, notes, source, ticket_type_id, created_by) "
            "SELECT id, '"_s +
            now + u"', '"_s + now + u"', 1, 0, '"_s + event +
            u"', name, email, phone, organisation, 'confirmed', '{}', '', 'import', '"_s + ticketId +
            u"', 'bench' FROM staging ORDER BY rowid;\n"
            "INSERT INTO changes (record_kind, record_id, fields, base_revision, revision, changed_utc, "
            "record_ids) SELECT 'participant', min(id), '[\"event_id\",\"name\",\"email\",\"phone\","
            "\"organisation\",\"ticket_type_id\",\"status\",\"answers\",\"notes\",\"source\"]', 0, 1, '"_s +
            now + u"', group_concat(id) FROM staging;\nCOMMIT;\n"_s;
        state.ResumeTiming();
        const double cpuBefore = childCpuMs();
        if (const QByteArray failed = runSqlite(db, script); !failed.isEmpty()) {
            state.SkipWithError(failed.constData());
            return;
        }
        cpuMs += childCpuMs() - cpuBefore;
        state.PauseTiming();
        QProcess check;
        check.start(u"sqlite3"_s, {db, u"SELECT count(*) FROM participants"_s});
        check.waitForFinished();
        if (check.readAllStandardOutput().trimmed().toInt() != n) {
            state.SkipWithError("the schema baseline wrote the wrong number of rows");
            return;
        }
        state.ResumeTiming();
    }
    state.counters["sqlite3_cpu_ms"] = cpuMs / double(state.iterations());
    state.counters["rows"] = n;
}

// A workspace with n confirmed participants; returns the event's id (null on failure).
QUuid fillWorkspace(const QString &path, int n)
{
    EventStore store;
    const QUuid eventId = prepareWorkspace(store, path);
    QList<Participant> people;
    people.reserve(n);
    for (int i = 0; i < n; ++i) {
        Participant p;
        p.eventId = eventId;
        p.name = u"%1 %2 %3"_s.arg(QString::fromUtf8(kFirst[i % 10]), QString::fromUtf8(kLast[i % 9])).arg(i);
        p.email = u"p%1@example.org"_s.arg(i);
        p.organisation = QString::fromUtf8(kOrgs[i % 5]);
        p.status = ParticipantStatus::Confirmed;
        people.append(p);
    }
    return store.addMany(people) ? eventId : QUuid();
}

void reportPercentiles(benchmark::State &state, QList<double> ms, int rows)
{
    std::sort(ms.begin(), ms.end());
    state.counters["rows"] = rows;
    state.counters["keystrokes"] = double(ms.size());
    state.counters["p50_ms"] = ms.at(ms.size() / 2);
    state.counters["p95_ms"] = ms.at(qMin(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    state.counters["max_ms"] = ms.last();
}

void BM_FilterKeystroke(benchmark::State &state)
{
    const int n = rowCount();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"filter.eventdesk"_s);
    const QUuid eventId = fillWorkspace(path, n);
    if (eventId.isNull()) {
        state.SkipWithError("setup failed");
        return;
    }
    StorageWorker worker;
    auto opened = worker.run([path](EventStore &s) { return s.open(path); });
    if (!QTest::qWaitFor([&] { return opened.isFinished(); }, 60000) || !opened.result()) {
        state.SkipWithError("open failed");
        return;
    }
    ParticipantTableModel model(worker);
    model.setEvent(eventId);
    if (!QTest::qWaitFor([&] { return model.isLoaded(); }, 120000)) {
        state.SkipWithError("load failed");
        return;
    }
    // What people type: a name, an email, an organisation, letter by letter, then cleared.
    const QStringList typed{u"grace hopper 4711"_s, u"p99999@example"_s, u"universität"_s, u"北京"_s,
                            u"zhang"_s};
    QList<double> ms;
    for (auto _ : state) {
        for (const QString &word : typed) {
            for (qsizetype k = 1; k <= word.size(); ++k) {
                ParticipantFilter f;
                f.text = word.left(k);
                QElapsedTimer t;
                t.start();
                model.setFilter(f);
                benchmark::DoNotOptimize(model.rowCount());
                ms.append(t.nsecsElapsed() / 1e6);
            }
            ParticipantFilter cleared;
            QElapsedTimer t;
            t.start();
            model.setFilter(cleared);
            ms.append(t.nsecsElapsed() / 1e6);
        }
    }
    reportPercentiles(state, ms, n);
}

void BM_CheckInAtLargeEvent(benchmark::State &state)
{
    const int n = rowCount();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checkin.eventdesk"_s);
    const QUuid eventId = fillWorkspace(path, n);
    EventStore store;
    if (eventId.isNull() || !store.open(path)) {
        state.SkipWithError("setup failed");
        return;
    }
    const QList<Participant> people = store.list<Participant>(eventId).value();
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-raw"_s);
    raw.setDatabaseName(path);
    if (!raw.open() || !QSqlQuery(raw).exec(u"PRAGMA synchronous = NORMAL"_s)) { // as EventStore does
        state.SkipWithError("baseline connection failed");
        return;
    }
    QList<double> ours, baseline;
    qsizetype next = 0;
    for (auto _ : state) {
        const Participant &p = people.at(next++ % people.size());
        QElapsedTimer t;
        t.start();
        auto changed = Registrations::changeStatus(store, eventId, {p.meta.id}, ParticipantStatus::CheckedIn);
        ours.append(t.nsecsElapsed() / 1e6);
        if (!changed || changed.value().size() != 1) {
            state.SkipWithError("check-in failed");
            return;
        }
        state.PauseTiming();
        const Participant &q = people.at(next++ % people.size());
        const QString id = q.meta.id.toString(QUuid::WithoutBraces);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        t.restart();
        raw.transaction();
        QSqlQuery update(raw), history(raw), outbox(raw);
        update.prepare(
            u"UPDATE participants SET status = 'checked-in', updated_utc = ?, revision = revision + 1 "
            "WHERE id = ?"_s);
        update.addBindValue(now);
        update.addBindValue(id);
        history.prepare(u"INSERT INTO participant_status_history (participant_id, from_status, to_status, "
                        "changed_utc, changed_by) VALUES (?, 'confirmed', 'checked-in', ?, 'bench')"_s);
        history.addBindValue(id);
        history.addBindValue(now);
        outbox.prepare(u"INSERT INTO changes (record_kind, record_id, fields, base_revision, revision, "
                       "changed_utc) VALUES ('participant', ?, '[\"status\"]', 1, 2, ?)"_s);
        outbox.addBindValue(id);
        outbox.addBindValue(now);
        if (!update.exec() || !history.exec() || !outbox.exec() || !raw.commit()) {
            state.SkipWithError("baseline check-in failed");
            return;
        }
        baseline.append(t.nsecsElapsed() / 1e6);
        state.ResumeTiming();
    }
    std::sort(ours.begin(), ours.end());
    std::sort(baseline.begin(), baseline.end());
    state.counters["rows"] = n;
    state.counters["p50_ms"] = ours.at(ours.size() / 2);
    state.counters["baseline_sql_p50_ms"] = baseline.at(baseline.size() / 2);
}

// Counts the paint events of a widget: "the view has updated" means its viewport has painted.
class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// The same keystrokes typed into the participants page's search box (QTest key events on the real
// QLineEdit), timed until the table's viewport has painted the filtered rows: event delivery, filtering, the
// model reset, the view's layout and the paint of the visible rows (offscreen platform).
void BM_FilterKeystrokeToPaintedView(benchmark::State &state)
{
    const int n = rowCount();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"filter.eventdesk"_s);
    const QUuid eventId = fillWorkspace(path, n);
    StorageWorker worker;
    auto opened = worker.run([path](EventStore &s) { return s.open(path); });
    if (eventId.isNull() || !QTest::qWaitFor([&] { return opened.isFinished(); }, 60000) ||
        !opened.result()) {
        state.SkipWithError("setup failed");
        return;
    }
    auto event = worker.run([eventId](EventStore &s) { return s.get<Event>(eventId); });
    if (!QTest::qWaitFor([&] { return event.isFinished(); }, 60000) || !event.result()) {
        state.SkipWithError("setup failed");
        return;
    }
    ParticipantsPage page(worker);
    page.resize(1280, 800);
    page.setEvent(event.result().value());
    page.show();
    if (!QTest::qWaitForWindowExposed(&page) ||
        !QTest::qWaitFor([&] { return page.model()->isLoaded(); }, 120000)) {
        state.SkipWithError("load failed");
        return;
    }
    auto *search = page.findChild<QLineEdit *>(u"participantSearch"_s);
    auto *table = page.findChild<QTableView *>(u"participantTable"_s);
    PaintCounter paints;
    table->viewport()->installEventFilter(&paints);
    QCoreApplication::processEvents();
    // One keystroke (or clearing the box), then events until the table has painted.
    const auto timed = [&](const std::function<void()> &type) {
        const int before = paints.count;
        QElapsedTimer t;
        t.start();
        type();
        while (paints.count == before && t.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return t.nsecsElapsed() / 1e6;
    };
    const QStringList typed{u"grace hopper 4711"_s, u"p99999@example"_s, u"zhang"_s};
    QList<double> ms;
    for (auto _ : state) {
        for (const QString &word : typed) {
            for (const QChar c : word)
                ms.append(timed([&] { QTest::keyClicks(search, QString(c)); }));
            ms.append(timed([&] { search->clear(); }));
        }
    }
    reportPercentiles(state, ms, n);
}

} // namespace

BENCHMARK(BM_ImportCsv)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Baseline_Sqlite3CliImportSameCsv)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Baseline_Sqlite3CliSameRowsIntoEventDeskSchema)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_CheckInAtLargeEvent)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(20);
BENCHMARK(BM_FilterKeystroke)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_FilterKeystrokeToPaintedView)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
