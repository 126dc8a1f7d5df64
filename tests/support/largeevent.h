#pragma once

#include "storage/eventstore.h"

namespace EventDesk::Test
{

// A FOSDEM-sized event in a workspace for tests and benchmarks: ScheduleGenerator's schedule (900
// sessions, 30 rooms, 2 days by default) with realistic titles (some in Chinese), abstracts, speakers with
// emails and organisations, a share of unscheduled sessions, ticket types with quotas and participants
// with emails and phone numbers. Deterministic for a given seed.
class LargeEvent
{
public:
    struct Options {
        int sessions = 900;
        int rooms = 30;
        int days = 2;
        int speakers = 700;
        int participants = 3000;
        int unscheduledPercent = 10;
        quint32 seed = 1;
    };
    static Result<QUuid> create(EventStore &store, const Options &options);
    static Result<QUuid> create(EventStore &store) { return create(store, Options{}); }

    // The contact details the generator gives participant i and speaker i, for tests that look for leaks.
    static QString participantEmail(int i);
    static QString participantPhone(int i);
    static QString speakerEmail(int i);
};

} // namespace EventDesk::Test
