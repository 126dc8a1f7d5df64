#pragma once

#include "schedulescore.h"

namespace EventDesk
{

// The exact model as plain arrays, for any MIP solver: a time-indexed formulation over sessions × rooms ×
// start times. A binary column per candidate slot, a continuous "unplaced" column per session; one row per
// session (its columns and its unplaced column sum to 1), and "at most one" rows for each room, speaker and
// (when the rule is on) track at each candidate start. Candidates that clash with sessions that do not move
// are left out beforehand. Speaker rows keep the changeover after every session, also within one room, as
// SchedulingProblem::compatible() does (slightly stricter than the conflict rule).
struct MipModel {
    struct Column {
        int item = -1;
        Slot slot; // room -1: the item's unplaced column
        double cost = 0;
    };
    QList<Column> columns;
    QList<QList<int>> atMostOne;  // rows: sum of these columns <= 1
    QList<QList<int>> exactlyOne; // rows: sum of these columns == 1
    QList<double> start;          // warm start, per column
    bool complete = true;         // false: some candidates were left out to keep the model small

    // maxColumns bounds the model's size; the warm start's slots are always kept.
    static MipModel build(const SchedulingProblem &problem, const ScheduleScore &score, const Placement &warm,
                          int maxColumns);
    Placement placement(const SchedulingProblem &problem, const QList<double> &values) const;
};

} // namespace EventDesk
