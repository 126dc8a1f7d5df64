#pragma once

#include "schedule/scheduledata.h"

#include <QByteArray>

namespace EventDesk
{

// Writes a frab schedule.xml that validates against c3voc's schedule.xml.xsd: every event has a UUID
// guid (our session ids), a positive id, a date with its offset, HH:MM start and duration; rooms without
// sessions are kept as empty <room> elements on the first day. data comes from ScheduleExport::load.
class FrabXmlWriter
{
public:
    static QByteArray write(const ScheduleData &data);
};

} // namespace EventDesk
