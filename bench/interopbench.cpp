// Schedule interop through the CLI, each next to a same-run baseline on the same file:
//   BM_CliImportFrabXml: `eventdesk-cli import schedule.xml` of a FOSDEM-sized schedule
//   (EVENTDESK_BENCH_SESSIONS
//     events, default 900, in 30 rooms) into a fresh workspace: process start, reading, planning and the
//     commit.
//   BM_XmllintNoout: `xmllint --noout` on the same file (parsing only). Aim: import ≤ 3× this.
//   BM_CliExportFrabXml: `eventdesk-cli export --format frab-xml` of that event; baseline BM_XmllintNoout of
//   the
//     output (the same bytes, parsed).
#include "io/frabxmlwriter.h"
#include "io/scheduleexport.h"
#include "storage/eventstore.h"
#include "support/largeevent.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

struct Fixture {
    QTemporaryDir dir;
    QString xml;       // the schedule.xml to import
    QString workspace; // a workspace holding the imported event, for the export
    bool ok = false;
    QString error;
};

int sessions()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("EVENTDESK_BENCH_SESSIONS", &ok);
    return ok && n > 0 ? n : 900;
}

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture f;
        EventStore store;
        const QString source = f.dir.filePath(u"source.eventdesk"_s);
        if (!store.open(source)) {
            f.error = u"cannot open a workspace"_s;
            return f;
        }
        Test::LargeEvent::Options o;
        o.sessions = sessions();
        o.rooms = 30;
        o.speakers = qMax(10, o.sessions * 7 / 9);
        o.participants = 0;
        o.unscheduledPercent = 0;
        auto event = Test::LargeEvent::create(store, o);
        if (!event) {
            f.error = event.error().message;
            return f;
        }
        ScheduleExportOptions options;
        options.eventId = event.value();
        auto data = ScheduleExport::load(store, options);
        if (!data) {
            f.error = data.error().message;
            return f;
        }
        f.xml = f.dir.filePath(u"schedule.xml"_s);
        QFile out(f.xml);
        if (!out.open(QIODevice::WriteOnly) || out.write(FrabXmlWriter::write(data.value())) < 0) {
            f.error = u"cannot write schedule.xml"_s;
            return f;
        }
        out.close();
        store.close();
        f.workspace = f.dir.filePath(u"imported.eventdesk"_s);
        f.ok = true;
        return f;
    }();
    return f;
}

bool run(const QString &program, const QStringList &args, const QString &workspace = {})
{
    QProcess p;
    if (!workspace.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"EVENTDESK_DB"_s, workspace);
        p.setProcessEnvironment(env);
    }
    p.start(program, args);
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString cli()
{
    return QCoreApplication::applicationDirPath() + u"/../app/eventdesk-cli/eventdesk-cli"_s;
}

void BM_CliImportFrabXml(benchmark::State &state)
{
    Fixture &f = fixture();
    if (!f.ok)
        return state.SkipWithError(f.error.toStdString().c_str());
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString ws = f.dir.filePath(u"import-%1.eventdesk"_s.arg(++round));
        state.ResumeTiming();
        if (!run(cli(), {u"import"_s, f.xml}, ws))
            return state.SkipWithError("eventdesk-cli import failed");
    }
    state.counters["sessions"] = sessions();
}

void BM_XmllintNoout(benchmark::State &state)
{
    Fixture &f = fixture();
    if (!f.ok)
        return state.SkipWithError(f.error.toStdString().c_str());
    for (auto _ : state)
        if (!run(u"xmllint"_s, {u"--noout"_s, f.xml}))
            return state.SkipWithError("xmllint failed");
}

void BM_CliExportFrabXml(benchmark::State &state)
{
    Fixture &f = fixture();
    if (!f.ok)
        return state.SkipWithError(f.error.toStdString().c_str());
    if (!QFile::exists(f.workspace) && !run(cli(), {u"import"_s, f.xml}, f.workspace))
        return state.SkipWithError("eventdesk-cli import failed");
    const QString out = f.dir.filePath(u"export.xml"_s);
    for (auto _ : state)
        if (!run(cli(), {u"export"_s, u"--format"_s, u"frab-xml"_s, u"-o"_s, out}, f.workspace))
            return state.SkipWithError("eventdesk-cli export failed");
}

void BM_XmllintNooutOfExport(benchmark::State &state)
{
    Fixture &f = fixture();
    const QString out = f.dir.filePath(u"export.xml"_s);
    if (!f.ok || !QFile::exists(out))
        return state.SkipWithError("no export to parse");
    for (auto _ : state)
        if (!run(u"xmllint"_s, {u"--noout"_s, out}))
            return state.SkipWithError("xmllint failed");
}

BENCHMARK(BM_CliImportFrabXml)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_XmllintNoout)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_CliExportFrabXml)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_XmllintNooutOfExport)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
