#pragma once

#include "result.h"
#include "schedule/scheduledata.h"

#include <QCoreApplication>

namespace EventDesk
{
class EventStore;

// What an export covers: the event, which release, and at most one of a room, a track or a speaker.
struct ScheduleExportOptions {
    QUuid eventId;
    QString release = QStringLiteral("working"); // "working", "latest" or a version number
    QUuid roomId;
    QUuid trackId;
    QUuid speakerId;
};

// One day of an exported schedule: the sessions that start on it (a session after midnight but before
// 05:00 belongs to the day before, as conference days do), and the span they need.
struct ScheduleExportDay {
    int index = 1;
    QDate date;
    QDateTime start; // UTC
    QDateTime end;
    QList<Session> sessions; // by start, then room
};

// The data behind every schedule export (frab XML, c3voc JSON, and publish's formats): loads the event,
// takes the sessions of the chosen release, keeps the scheduled ones that match the filter, and lays them
// out in days. Stable: the same workspace gives byte-identical exports.
class ScheduleExport
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ScheduleExport)

public:
    static Result<ScheduleData> load(const EventStore &store, const ScheduleExportOptions &options);
    static QList<ScheduleExportDay> days(const ScheduleData &data);
    // The event's acronym in the form both schemas accept: [a-z0-9_], at least four characters.
    static QString acronym(const Event &event);
    // A slug both schemas accept: acronym-<first 8 hex digits of the id>.
    static QString slug(const QString &acronym, const QUuid &id);
    // "2026-06-10T10:00:00+02:00" in the event's zone.
    static QString dateTime(const QDateTime &utc, const QString &timeZone);
    static QString duration(int minutes); // "01:30"
};

} // namespace EventDesk
