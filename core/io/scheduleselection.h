#pragma once

#include "result.h"
#include "schedule/scheduledata.h"

#include <QJsonArray>

namespace EventDesk
{
class EventStore;

// Which sessions a published view shows: all, or one room's, one track's or one speaker's.
struct ScheduleFilter {
    QUuid roomId;
    QUuid trackId;
    QUuid speakerId;
    bool isEmpty() const { return roomId.isNull() && trackId.isNull() && speakerId.isNull(); }
};

// The schedule as it is exported: the working copy or a release, and the scheduled sessions of a filter in
// time order. Shared by the calendar, the site and the printed agenda so they always agree.
class ScheduleSelection
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ScheduleSelection)

public:
    // The event's data with the sessions of `which` ("working" or empty, "latest", or a release number).
    static Result<ScheduleData> load(const EventStore &store, const QUuid &eventId,
                                     const QString &which = {});
    // Replaces the sessions with those of a release snapshot (toJson(Session) objects).
    static void applyRelease(ScheduleData &data, const QJsonArray &sessions);
    // The scheduled sessions that pass the filter, by start, then room name, then title.
    static QList<const Session *> sessions(const ScheduleData &data, const ScheduleFilter &filter = {});
    // The days that have at least one of these sessions, in the event's time zone.
    static QList<QDate> days(const ScheduleData &data, const QList<const Session *> &sessions);

    static const Track *track(const ScheduleData &data, const QUuid &id);
    static const Speaker *speaker(const ScheduleData &data, const QUuid &id);
    // "Ada Lovelace, Grace Hopper"
    static QString speakerNames(const ScheduleData &data, const Session &session);
};

} // namespace EventDesk
