#include "publishexport.h"

#include "atomicfile.h"
#include "icswriter.h"
#include "sitewriter.h"
#include "storage/eventstore.h"

namespace EventDesk
{

Result<int> PublishExport::writeIcs(const ScheduleData &data, const ScheduleFilter &filter,
                                    const QString &path)
{
    const QList<const Session *> sessions = ScheduleSelection::sessions(data, filter);
    if (auto written = AtomicFile::write(path, IcsWriter::write(data, sessions)); !written)
        return written.error();
    return int(sessions.size());
}

Result<int> PublishExport::writeSite(const ScheduleData &data, const ScheduleFilter &filter,
                                     const QString &folder)
{
    ScheduleData kept = data;
    kept.sessions.clear();
    for (const Session *s : ScheduleSelection::sessions(data, filter))
        kept.sessions.append(*s);
    if (auto written = SiteWriter::write(kept, folder); !written)
        return written.error();
    return int(kept.sessions.size());
}

AgendaHtmlWriter::Options PublishExport::agendaOptions(const ScheduleFilter &filter)
{
    AgendaHtmlWriter::Options options;
    options.filter = filter;
    options.layout =
        filter.roomId.isNull() ? AgendaHtmlWriter::Layout::PerDay : AgendaHtmlWriter::Layout::PerRoom;
    return options;
}

Result<int> PublishExport::writeHtml(const ScheduleData &data, const ScheduleFilter &filter,
                                     const QString &path)
{
    const QString html = AgendaHtmlWriter::html(data, agendaOptions(filter));
    if (auto written = AtomicFile::write(path, html.toUtf8()); !written)
        return written.error();
    return int(ScheduleSelection::sessions(data, filter).size());
}

Result<BackupReader::Backup> PublishExport::checkRestore(const EventStore &store, const QString &path)
{
    auto backup = BackupReader::read(path, store.schemaVersion());
    if (!backup)
        return backup.error();
    if (auto empty = BackupReader::checkEmpty(store); !empty)
        return empty.error();
    return backup;
}

qint64 PublishExport::rowCount(const BackupReader::Backup &backup)
{
    qint64 total = 0;
    for (const WorkspaceTables::Table &t : backup.tables)
        total += t.rows.size();
    return total;
}

} // namespace EventDesk
