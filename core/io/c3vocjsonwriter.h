#pragma once

#include "schedule/scheduledata.h"

#include <QByteArray>

namespace EventDesk
{

// Writes the c3voc schedule JSON ({"schedule": {"version", "conference": …}}) that validates against
// c3voc's schema.json: every event has the required keys, persons are written as pretalx writes them (name,
// guid, biography), every room (also one without sessions) is listed in conference.rooms. data comes from
// ScheduleExport::load.
class C3vocJsonWriter
{
public:
    static QByteArray write(const ScheduleData &data);
};

} // namespace EventDesk
