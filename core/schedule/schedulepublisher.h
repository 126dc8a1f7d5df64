#pragma once

#include "conflict.h"
#include "model/schedulerelease.h"
#include "result.h"

namespace EventDesk
{
class EventStore;

// Publishing: a named, immutable snapshot of the event's sessions with the next version number.
class SchedulePublisher
{
public:
    static QJsonArray workingCopy(const EventStore &store, const QUuid &eventId);
    static Result<ScheduleRelease> publish(EventStore &store, const QUuid &eventId, const QString &name,
                                           const QString &comment = {});
    // "working" or empty: the working copy; a number: that release version; "latest": the newest release;
    // else a release's name (ignoring case; the newest of that name).
    static Result<QJsonArray> sessionsOf(const EventStore &store, const QUuid &eventId, const QString &which);
};

} // namespace EventDesk
