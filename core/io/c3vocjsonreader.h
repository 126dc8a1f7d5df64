#pragma once

#include "schedulefile.h"

namespace EventDesk
{

// Reads the c3voc schedule JSON that pretalx, frab and the CCC hub write ({"schedule": {"conference": …}})
// leniently: unknown keys are ignored, rooms come from conference.rooms or from the days' room keys,
// persons may have an id, a guid, a code or only a name. It refuses, with one sentence naming the JSON path
// (or line and column for a syntax error): text that is not JSON or not UTF-8, a file without
// schedule.conference, an event without a usable date or duration, and two events with one guid.
class C3vocJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::C3vocJsonReader)

public:
    static Result<ScheduleFile> read(const QByteArray &bytes);
    static bool looksLike(const QByteArray &head);
};

} // namespace EventDesk
