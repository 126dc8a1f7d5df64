#pragma once

#include <QDate>

namespace EventDesk
{

// What the auto-scheduler may change and how long it may think.
struct AutoScheduleOptions {
    enum class Scope {
        Unscheduled, // place the unscheduled sessions; scheduled ones stay where they are
        Day,         // place the unscheduled sessions on one day only
        Replan,      // every session that is not pinned may move; as few moves as possible
    };
    Scope scope = Scope::Unscheduled;
    QDate day; // Scope::Day
    double timeLimitSeconds = 10;
    quint32 seed = 1;
    int stepMinutes = 5;   // start times on this grid from the start of each day
    bool useSolver = true; // false: the heuristic alone
};

} // namespace EventDesk
