// The publishing formats of `eventdesk-cli import` and `export`: iCalendar, the static site, the printable
// agenda (PDF and HTML) and the full backup.
#include "publishformats.h"

#include "clirunner.h"
#include "interopformats.h"
#include "io/backupwriter.h"
#include "io/publishexport.h"
#include "pdfmodule.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

template <typename T>
std::optional<QUuid> resolve(CliRunner &cli, const QList<T> &items, const QString &text, const QString &none,
                             const QString &several)
{
    QList<CliRunner::Candidate> candidates;
    for (const T &item : items)
        candidates.append({item.meta.id, item.name});
    const QList<CliRunner::Candidate> found = CliRunner::matching(candidates, text);
    if (found.size() == 1)
        return found.first().id;
    cli.err() << (found.isEmpty() ? none.arg(text) : several.arg(text, CliRunner::listed(found))) << '\n';
    return std::nullopt;
}

struct Prepared {
    ScheduleData data;
    ScheduleFilter filter;
};

// The event's schedule (working copy or release) and the filter, or the exit code of what went wrong.
std::variant<Prepared, int> prepare(CliRunner &cli, const CliExportOptions &o)
{
    auto eventId = cli.currentEvent(o.event);
    if (!eventId)
        return cli.fail(eventId.error());
    auto data = ScheduleSelection::load(cli.store(), eventId.value(), o.release);
    if (!data)
        return cli.fail(data.error());
    Prepared p{data.value(), {}};
    if (!o.room.isEmpty()) {
        auto id = resolve(cli, p.data.rooms, o.room, CliRunner::tr("No room matches \"%1\"."),
                          CliRunner::tr("\"%1\" matches several rooms: %2; give the id."));
        if (!id)
            return int(CliRunner::UserError);
        p.filter.roomId = *id;
    } else if (!o.track.isEmpty()) {
        auto id = resolve(cli, p.data.tracks, o.track, CliRunner::tr("No track matches \"%1\"."),
                          CliRunner::tr("\"%1\" matches several tracks: %2; give the id."));
        if (!id)
            return int(CliRunner::UserError);
        p.filter.trackId = *id;
    } else if (!o.speaker.isEmpty()) {
        auto id = resolve(cli, p.data.speakers, o.speaker, CliRunner::tr("No speaker matches \"%1\"."),
                          CliRunner::tr("\"%1\" matches several speakers: %2; give the id."));
        if (!id)
            return int(CliRunner::UserError);
        p.filter.speakerId = *id;
    }
    return p;
}

int wrote(CliRunner &cli, const QString &path, int sessions)
{
    cli.out()
        << CliRunner::tr("Wrote %1 (%n session(s)).", nullptr, sessions).arg(QDir::toNativeSeparators(path))
        << '\n';
    return CliRunner::Ok;
}

// Runs one of PublishExport's writers on the event's schedule and says what it wrote.
int exportWith(CliRunner &cli, const CliExportOptions &o,
               Result<int> (*write)(const ScheduleData &, const ScheduleFilter &, const QString &))
{
    auto prepared = prepare(cli, o);
    if (const int *code = std::get_if<int>(&prepared))
        return *code;
    const Prepared &p = std::get<Prepared>(prepared);
    auto written = write(p.data, p.filter, o.output);
    if (!written)
        return cli.fail(written.error());
    return wrote(cli, o.output, written.value());
}

int exportIcs(CliRunner &cli, const CliExportOptions &o)
{
    return exportWith(cli, o, PublishExport::writeIcs);
}

int exportSite(CliRunner &cli, const CliExportOptions &o)
{
    return exportWith(cli, o, PublishExport::writeSite);
}

int exportHtml(CliRunner &cli, const CliExportOptions &o)
{
    return exportWith(cli, o, PublishExport::writeHtml);
}

int exportPdf(CliRunner &cli, const CliExportOptions &o)
{
    auto prepared = prepare(cli, o);
    if (const int *code = std::get_if<int>(&prepared))
        return *code;
    const Prepared &p = std::get<Prepared>(prepared);
    auto pages = PdfModule::writeAgenda(p.data, PublishExport::agendaOptions(p.filter), o.output);
    if (!pages)
        return cli.fail(pages.error());
    cli.out() << CliRunner::tr("Wrote %1 (%n page(s)).", nullptr, pages.value())
                     .arg(QDir::toNativeSeparators(o.output))
              << '\n';
    return CliRunner::Ok;
}

int exportBackup(CliRunner &cli, const CliExportOptions &o)
{
    if (!o.room.isEmpty() || !o.track.isEmpty() || !o.speaker.isEmpty() || !o.event.isEmpty() ||
        (o.release != u"working" && !o.release.isEmpty()))
        return cli.usage(
            CliRunner::tr("A backup is of the whole workspace; it takes no --event, --room, --track, "
                          "--speaker or --release."));
    if (auto written = BackupWriter::write(cli.store(), o.output); !written)
        return cli.fail(written.error());
    cli.out() << CliRunner::tr("Wrote the backup %1.").arg(QDir::toNativeSeparators(o.output)) << '\n';
    return CliRunner::Ok;
}

int importBackup(CliRunner &cli, const CliImportOptions &o)
{
    auto backup = PublishExport::checkRestore(cli.store(), o.path);
    if (!backup)
        return cli.fail(backup.error());
    if (!o.dryRun)
        if (auto restored = BackupReader::restore(cli.store(), backup.value()); !restored)
            return cli.fail(restored.error());
    QJsonObject rows;
    for (const WorkspaceTables::Table &t : backup.value().tables)
        rows.insert(t.name, qint64(t.rows.size()));
    const qint64 total = PublishExport::rowCount(backup.value());
    if (o.json) {
        cli.out() << QString::fromUtf8(
                         QJsonDocument(QJsonObject{{u"format"_s, u"backup"_s},
                                                   {u"dryRun"_s, o.dryRun},
                                                   {u"workspaceId"_s, backup.value().workspaceId},
                                                   {u"created"_s, backup.value().createdUtc},
                                                   {u"rows"_s, rows}})
                             .toJson(QJsonDocument::Compact))
                  << '\n';
    } else {
        cli.out() << (o.dryRun
                          ? CliRunner::tr("Would restore %n row(s) from the backup of %1.", nullptr,
                                          int(total))
                          : CliRunner::tr("Restored %n row(s) from the backup of %1.", nullptr, int(total)))
                         .arg(backup.value().createdUtc)
                  << '\n';
    }
    return CliRunner::Ok;
}

} // namespace

bool publishNeedsGuiApplication(const QStringList &arguments)
{
    if (!arguments.contains(u"export"_s))
        return false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--format=pdf")
            return true;
        if (arguments.at(i) == u"--format" && i + 1 < arguments.size() && arguments.at(i + 1) == u"pdf")
            return true;
    }
    return false;
}

QList<CliImportFormat> publishImportFormats()
{
    return {
        {u"backup"_s, CliRunner::tr("a full EventDesk backup, restored into an empty workspace"),
         [](const QString &, const QByteArray &head) {
             return head.contains("\"format\"") && head.contains("\"eventdesk-backup\"");
         },
         importBackup},
    };
}

QList<CliExportFormat> publishExportFormats()
{
    return {
        {u"ics"_s, CliRunner::tr("iCalendar (RFC 5545) of the sessions"), exportIcs},
        {u"site"_s, CliRunner::tr("a static schedule site, written into the folder -o"), exportSite},
        {u"pdf"_s, CliRunner::tr("the printable agenda as PDF (one room: a page per day for its door)"),
         exportPdf},
        {u"html"_s, CliRunner::tr("the printable agenda as print-ready HTML"), exportHtml},
        {u"backup"_s, CliRunner::tr("the whole workspace as a versioned JSON backup (never keys)"),
         exportBackup},
    };
}

} // namespace EventDesk
