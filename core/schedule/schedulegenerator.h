#pragma once

#include "scheduledata.h"

namespace EventDesk
{

// Generates a large, realistic, deterministic schedule (FOSDEM-sized by default) for tests, benchmarks and
// screenshots. Roughly fills rooms back to back, with a few deliberate conflicts.
class ScheduleGenerator
{
public:
    struct Options {
        int sessions = 900;
        int rooms = 30;
        int days = 2;
        int speakers = 700;
        int tracks = 30;
        quint32 seed = 1;
        bool randomTimes = false; // property tests: random starts and rooms instead of a packed grid
    };
    static ScheduleData generate(const Options &options);
    // Writes a generated schedule into a workspace (one transaction per record kind); returns the event id.
    static Result<QUuid> write(EventStore &store, const ScheduleData &data);
};

} // namespace EventDesk
