#pragma once

#include "result.h"
#include "schedule/scheduledata.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

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
    // The event's acronym (or, without one, its name) in the form both schemas accept: [a-z0-9_], at least
    // four characters. An acronym that already has that form is kept as it is.
    static QString acronym(const Event &event);
    // A slug both schemas accept and schedule.xml needs unique: acronym-<the 32 hex digits of the id> (ids
    // that share their first digits, as hand-made guids do, still get different slugs).
    static QString slug(const QString &acronym, const QUuid &id);
    static QString duration(int minutes); // "01:30"
};

// What both schedule writers look up while they write one export: the acronym, the days, names by id, and
// times in the event's zone (the zone is made once: making one per session is what made exports slow).
class ScheduleExportView
{
public:
    explicit ScheduleExportView(const ScheduleData &data);

    const ScheduleData &data;
    const QString acronym;
    const QList<ScheduleExportDay> days;

    QString trackName(const QUuid &id) const { return m_tracks.value(id); }
    const Speaker *speaker(const QUuid &id) const { return m_speakers.value(id); }
    // The rooms that have a session on some day (a room without any is still written once).
    bool roomUsed(const QUuid &id) const { return m_roomsUsed.contains(id); }
    QString dateTime(const QDateTime &utc) const;  // "2026-06-10T10:00:00+02:00" in the event's zone
    QString startTime(const QDateTime &utc) const; // "HH:mm" in the event's zone
    QString slug(const Session &s) const { return ScheduleExport::slug(acronym, s.meta.id); }
    // "#rrggbb", the only colours both schemas accept.
    static bool isColor(const QString &color);

private:
    QTimeZone m_zone;
    QHash<QUuid, QString> m_tracks;
    QHash<QUuid, const Speaker *> m_speakers;
    QSet<QUuid> m_roomsUsed;
};

} // namespace EventDesk
