#pragma once

#include "schedulescore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace EventDesk
{

// What an auto-scheduling run found, for people (lines()) and scripts (toJson()).
struct AutoScheduleReport {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::AutoScheduleReport)
public:
    enum class Status {
        Optimal,    // every session placed, and the solver proved its objective the best
        Feasible,   // every session placed
        TimedOut,   // every session placed; the solver ran out of time, this is the best it found
        Infeasible, // some sessions cannot be placed; each has its reason
        Cancelled,
    };
    struct Unplaced {
        QUuid session;
        QString title;
        QString reason;
    };
    Status status = Status::Feasible;
    ScoreParts score;       // the answer
    ScoreParts greedyScore; // the greedy start, for comparison
    double seconds = 0;
    double heuristicSeconds = 0;
    double solverSeconds = 0;
    QString solver; // empty: the heuristic alone
    bool solverImproved = false;
    int placed = 0; // sessions placed that were unscheduled
    int moved = 0;  // sessions that were scheduled and move
    QList<Unplaced> unplaced;

    static QString statusName(Status status); // "optimal", "feasible", "timed-out", "infeasible", "cancelled"
    QString statusText() const;               // translated
    QString summary() const;                  // one sentence
    QStringList lines() const;                // summary, objective parts, timing, reasons
    QJsonObject toJson() const;
};

// A run's answer: where each session goes (only those that change) and the report.
struct AutoScheduleResult {
    struct Change {
        QUuid session;
        QUuid room;
        QDateTime start; // UTC
        int durationMinutes = 0;
        bool moved = false; // false: placed from unscheduled
    };
    QList<Change> changes;
    AutoScheduleReport report;
};

} // namespace EventDesk
