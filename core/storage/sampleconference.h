#pragma once

#include "eventstore.h"

namespace EventDesk
{

// Fills a workspace with a realistic sample conference (rooms, tracks, speakers, sessions, participants),
// some of it in Chinese. Deterministic for a given seed.
class SampleConference
{
public:
    struct Counts {
        int rooms = 4;
        int tracks = 5;
        int speakers = 24;
        int sessions = 44;
        int participants = 200;
    };
    static Result<QUuid> create(EventStore &store, const Counts &counts, quint32 seed = 2026);
    static Result<QUuid> create(EventStore &store) { return create(store, Counts{}); }
};

} // namespace EventDesk
