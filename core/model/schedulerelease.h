#pragma once

#include "record.h"

#include <QJsonArray>

namespace EventDesk
{

// A named, immutable snapshot of an event's schedule, made by "Publish".
struct ScheduleRelease {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ScheduleRelease)
public:
    static constexpr RecordKind kind = RecordKind::ScheduleRelease;
    RecordMeta meta; // meta.createdUtc is the publication time
    QUuid eventId;
    int version = 1;
    QString name;
    QString comment;
    QJsonArray sessions; // the sessions as toJson(Session) at publication

    FieldErrors validate() const;
};

} // namespace EventDesk
