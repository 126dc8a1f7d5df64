// `eventdesk-cli import` and `export`: one door for every format, dispatched through interopformats.h.
#include "clirunner.h"
#include "interopformats.h"

#include "io/atomicfile.h"
#include "io/c3vocjsonwriter.h"
#include "io/frabxmlwriter.h"
#include "io/scheduleexport.h"
#include "io/scheduleimport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

QList<CliImportFormat> importFormats()
{
    return interopImportFormats() + publishImportFormats();
}

QList<CliExportFormat> exportFormats()
{
    return interopExportFormats() + publishExportFormats();
}

template <typename F> QStringList namesOf(const QList<F> &formats)
{
    QStringList names;
    for (const F &f : formats)
        names.append(f.name);
    return names;
}

template <typename F> QString formatHelp(const QList<F> &formats)
{
    QStringList lines;
    for (const F &f : formats)
        lines.append(u"  "_s + f.name.leftJustified(12) + f.description);
    return lines.join(u'\n');
}

int importCommand(CliRunner &cli, const QStringList &args)
{
    const QList<CliImportFormat> formats = importFormats();
    QCommandLineParser p;
    p.setApplicationDescription(
        CliRunner::tr("Import a schedule or a backup. Nothing is written when anything in the file is "
                      "wrong, or with --dry-run.\nFormats:\n%1")
            .arg(formatHelp(formats)));
    p.addPositionalArgument(u"FILE"_s, CliRunner::tr("The file to import"));
    p.addOption(QCommandLineOption(
        u"format"_s, CliRunner::tr("%1 (default: guessed from the file)").arg(namesOf(formats).join(u", "_s)),
        u"FORMAT"_s));
    p.addOption(QCommandLineOption(u"event"_s, CliRunner::tr("Event id to import into"), u"ID"_s));
    p.addOption(QCommandLineOption(u"dry-run"_s, CliRunner::tr("Report what would change; write nothing")));
    p.addOption(QCommandLineOption(u"json"_s, CliRunner::tr("Print the report as JSON")));
    if (auto stop = cli.parse(p, args, u"eventdesk-cli import"_s))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return cli.usage(CliRunner::tr("'import' needs one file, e.g. 'import schedule.xml'."));
    CliImportOptions options{p.positionalArguments().first(), p.value(u"event"_s), p.isSet(u"dry-run"_s),
                             p.isSet(u"json"_s)};
    QString name = p.value(u"format"_s);
    if (name.isEmpty()) {
        QFile file(options.path);
        if (!file.open(QIODevice::ReadOnly))
            return cli.fail({ErrorCode::NotFound,
                             CliRunner::tr("Cannot read \"%1\": %2.").arg(options.path, file.errorString()),
                             {}});
        const QByteArray head = file.read(4096);
        for (const CliImportFormat &f : formats) {
            if (f.detect && f.detect(options.path, head)) {
                name = f.name;
                break;
            }
        }
        if (name.isEmpty())
            return cli.usage(CliRunner::tr("Cannot tell the format of \"%1\"; give --format (%2).")
                                 .arg(options.path, namesOf(formats).join(u", "_s)));
    }
    for (const CliImportFormat &f : formats) {
        if (f.name == name)
            return f.run(cli, options);
    }
    return cli.usage(CliRunner::tr("\"%1\" is not an import format; use one of: %2.")
                         .arg(name, namesOf(formats).join(u", "_s)));
}

int exportCommand(CliRunner &cli, const QStringList &args)
{
    const QList<CliExportFormat> formats = exportFormats();
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr("Export the event's schedule or the workspace.\nFormats:\n%1")
                                    .arg(formatHelp(formats)));
    p.addOption(QCommandLineOption(u"format"_s, namesOf(formats).join(u", "_s), u"FORMAT"_s));
    p.addOption(QCommandLineOption(u"event"_s, CliRunner::tr("Event id"), u"ID"_s));
    p.addOption(QCommandLineOption(u"room"_s, CliRunner::tr("Only this room's sessions"), u"ROOM"_s));
    p.addOption(QCommandLineOption(u"track"_s, CliRunner::tr("Only this track's sessions"), u"TRACK"_s));
    p.addOption(
        QCommandLineOption(u"speaker"_s, CliRunner::tr("Only this speaker's sessions"), u"SPEAKER"_s));
    p.addOption(QCommandLineOption(u"release"_s,
                                   CliRunner::tr("working (default), latest or a version number"),
                                   u"RELEASE"_s, u"working"_s));
    p.addOption(
        QCommandLineOption(QStringList{u"o"_s, u"output"_s}, CliRunner::tr("Where to write"), u"PATH"_s));
    if (auto stop = cli.parse(p, args, u"eventdesk-cli export"_s))
        return *stop;
    if (!p.positionalArguments().isEmpty())
        return cli.usage(CliRunner::tr("'export' takes no file name; give it with -o PATH."));
    const int filters = int(p.isSet(u"room"_s)) + int(p.isSet(u"track"_s)) + int(p.isSet(u"speaker"_s));
    if (filters > 1)
        return cli.usage(CliRunner::tr("Give at most one of --room, --track and --speaker."));
    if (!p.isSet(u"format"_s))
        return cli.usage(CliRunner::tr("'export' needs --format (%1).").arg(namesOf(formats).join(u", "_s)));
    if (p.value(u"o"_s).isEmpty())
        return cli.usage(CliRunner::tr("'export' needs -o PATH."));
    const CliExportOptions options{p.value(u"format"_s), p.value(u"event"_s),   p.value(u"room"_s),
                                   p.value(u"track"_s),  p.value(u"speaker"_s), p.value(u"release"_s),
                                   p.value(u"o"_s)};
    for (const CliExportFormat &f : formats) {
        if (f.name == options.format)
            return f.run(cli, options);
    }
    return cli.usage(CliRunner::tr("\"%1\" is not an export format; use one of: %2.")
                         .arg(options.format, namesOf(formats).join(u", "_s)));
}

int importSchedule(CliRunner &cli, const CliImportOptions &options, ScheduleFormat format)
{
    auto file = ScheduleImport::readFile(options.path, format);
    if (!file)
        return cli.fail(file.error());
    QUuid target;
    if (!options.event.isEmpty()) {
        auto event = cli.store().resolveId(RecordKind::Event, options.event);
        if (!event)
            return cli.fail(event.error());
        target = event.value();
    }
    auto plan = ScheduleImport::plan(cli.store(), file.value(), target);
    if (!plan)
        return cli.fail(plan.error());
    const bool write = !options.dryRun && !plan.value().writesNothing();
    if (write) {
        if (auto done = ScheduleImport::commit(cli.store(), plan.value()); !done)
            return cli.fail(done.error());
    }
    if (options.json) {
        QJsonObject o = plan.value().toJson();
        o.insert(u"dryRun"_s, options.dryRun);
        o.insert(u"written"_s, write);
        cli.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return CliRunner::Ok;
    }
    for (const ScheduleIssue &i : plan.value().issues)
        cli.out() << CliRunner::tr("note (%1): %2").arg(i.where, i.message) << '\n';
    for (const ScheduleImportItem &i : plan.value().items) {
        if (i.action == ScheduleImportItem::Action::Unchanged)
            continue;
        cli.out() << scheduleImportActionName(i.action) << u" "_s << recordKindName(i.kind) << u" \""_s
                  << i.name << u"\""_s;
        if (!i.fields.isEmpty())
            cli.out() << u" ("_s << i.fields.join(u", "_s) << u")"_s;
        if (!i.reason.isEmpty())
            cli.out() << u": "_s << i.reason;
        cli.out() << '\n';
    }
    cli.out() << plan.value().summary() << '\n';
    if (options.dryRun)
        cli.out() << CliRunner::tr("Dry run: nothing was written.") << '\n';
    else
        cli.out() << CliRunner::tr("Event \"%1\" (%2).")
                         .arg(plan.value().eventName, plan.value().eventId.toString(QUuid::WithoutBraces))
                  << '\n';
    return CliRunner::Ok;
}

// --room, --track, --speaker: an id, a unique prefix or a name.
template <typename T> Result<QUuid> pick(const QList<T> &records, const QString &text, const QString &what)
{
    if (text.isEmpty())
        return QUuid();
    QList<CliRunner::Candidate> all;
    for (const T &r : records)
        all.append({r.meta.id, r.name});
    const QList<CliRunner::Candidate> found = CliRunner::matching(all, text);
    if (found.isEmpty())
        return Error{
            ErrorCode::NotFound, CliRunner::tr("No %1 is called or has the id \"%2\".").arg(what, text), {}};
    if (found.size() > 1)
        return Error{ErrorCode::Usage,
                     CliRunner::tr("\"%1\" matches several: %2.").arg(text, CliRunner::listed(found)),
                     {}};
    return found.first().id;
}

int exportSchedule(CliRunner &cli, const CliExportOptions &options, ScheduleFormat format)
{
    auto event = cli.currentEvent(options.event);
    if (!event)
        return cli.fail(event.error());
    ScheduleExportOptions o;
    o.eventId = event.value();
    o.release = options.release;
    // --room, --track and --speaker are resolved against the working copy, loaded only when one is given.
    if (!options.room.isEmpty() || !options.track.isEmpty() || !options.speaker.isEmpty()) {
        auto all = ScheduleData::load(cli.store(), event.value());
        if (!all)
            return cli.fail(all.error());
        auto room = pick(all.value().rooms, options.room, CliRunner::tr("room"));
        auto track = pick(all.value().tracks, options.track, CliRunner::tr("track"));
        auto speaker = pick(all.value().speakers, options.speaker, CliRunner::tr("speaker"));
        for (const Result<QUuid> *r : {&room, &track, &speaker})
            if (!*r)
                return cli.fail(r->error());
        o.roomId = room.value();
        o.trackId = track.value();
        o.speakerId = speaker.value();
    }
    auto data = ScheduleExport::load(cli.store(), o);
    if (!data)
        return cli.fail(data.error());
    const QByteArray bytes = format == ScheduleFormat::FrabXml ? FrabXmlWriter::write(data.value())
                                                               : C3vocJsonWriter::write(data.value());
    if (auto written = AtomicFile::write(options.output, bytes); !written)
        return cli.fail(written.error());
    cli.out() << CliRunner::tr("Wrote %1 scheduled sessions to %2.")
                     .arg(data.value().sessions.size())
                     .arg(options.output)
              << '\n';
    return CliRunner::Ok;
}

} // namespace

QList<CliImportFormat> interopImportFormats()
{
    auto format = [](ScheduleFormat f, const QString &description) {
        return CliImportFormat{
            scheduleFormatName(f), description,
            [f](const QString &, const QByteArray &head) { return ScheduleImport::detect(head) == f; },
            [f](CliRunner &cli, const CliImportOptions &o) { return importSchedule(cli, o, f); }};
    };
    return {format(ScheduleFormat::FrabXml, CliRunner::tr("frab / pretalx schedule.xml")),
            format(ScheduleFormat::C3vocJson, CliRunner::tr("c3voc / pretalx schedule JSON"))};
}

QList<CliExportFormat> interopExportFormats()
{
    auto format = [](ScheduleFormat f, const QString &description) {
        return CliExportFormat{
            scheduleFormatName(f), description,
            [f](CliRunner &cli, const CliExportOptions &o) { return exportSchedule(cli, o, f); }};
    };
    return {
        format(ScheduleFormat::FrabXml, CliRunner::tr("frab schedule.xml (valid against c3voc's XSD)")),
        format(ScheduleFormat::C3vocJson, CliRunner::tr("c3voc schedule JSON (valid against its schema)"))};
}

QList<CliRoute> interopCliRoutes()
{
    return {
        {u"import"_s, {}, importCommand},
        {u"export"_s, {}, exportCommand},
    };
}

} // namespace EventDesk
