#pragma once

#include "agendahtmlwriter.h"
#include "backupreader.h"

namespace EventDesk
{

// The publishing exports as the command line and File › Export… both run them, so the two always write the
// same files: the iCalendar file, the static site and the print-ready agenda of a schedule (a filter keeps
// one room's, track's or speaker's sessions), and the check before a backup is restored. Each returns the
// number of sessions it wrote. The PDF agenda is AgendaPdfWriter's (print/, it needs QtGui), with
// agendaOptions().
class PublishExport
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::PublishExport)

public:
    static Result<int> writeIcs(const ScheduleData &data, const ScheduleFilter &filter, const QString &path);
    // A filtered site shows only those sessions (a track's or a room's own site).
    static Result<int> writeSite(const ScheduleData &data, const ScheduleFilter &filter,
                                 const QString &folder);
    static Result<int> writeHtml(const ScheduleData &data, const ScheduleFilter &filter, const QString &path);
    // One room's agenda is the sheet for its door: a page per day with no room column.
    static AgendaHtmlWriter::Options agendaOptions(const ScheduleFilter &filter);

    // The backup at path, if it can be restored into store: read (refusing a newer version with one
    // sentence) and store empty. Writes nothing.
    static Result<BackupReader::Backup> checkRestore(const EventStore &store, const QString &path);
    static qint64 rowCount(const BackupReader::Backup &backup);
};

} // namespace EventDesk
