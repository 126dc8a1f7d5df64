#include "autoschedulereport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QString AutoScheduleReport::statusName(Status status)
{
    switch (status) {
    case Status::Optimal:
        return u"optimal"_s;
    case Status::Feasible:
        return u"feasible"_s;
    case Status::TimedOut:
        return u"timed-out"_s;
    case Status::Infeasible:
        return u"infeasible"_s;
    case Status::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString AutoScheduleReport::statusText() const
{
    switch (status) {
    case Status::Optimal:
        return tr("Optimal");
    case Status::Feasible:
        return tr("Feasible");
    case Status::TimedOut:
        return tr("Timed out, best found");
    case Status::Infeasible:
        return tr("Infeasible");
    case Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString AutoScheduleReport::summary() const
{
    return tr("%1: %n session(s) placed, ", nullptr, placed).arg(statusText()) +
           tr("%n moved, ", nullptr, moved) + tr("%n left unscheduled.", nullptr, int(unplaced.size()));
}

QStringList AutoScheduleReport::lines() const
{
    QStringList out{summary()};
    out << tr("Soft score %1 (greedy start %2): track rooms %3, track gaps %4, popularity %5, speaker gaps "
              "%6.")
               .arg(score.soft(), 0, 'f', 1)
               .arg(greedyScore.soft(), 0, 'f', 1)
               .arg(score.trackRooms, 0, 'f', 1)
               .arg(score.trackGaps, 0, 'f', 1)
               .arg(score.popularity, 0, 'f', 1)
               .arg(score.speakerGaps, 0, 'f', 1);
    if (solver.isEmpty())
        out << tr("Heuristic only, %1 s.").arg(seconds, 0, 'f', 2);
    else
        out << tr("%1 s in all: heuristic %2 s, %3 %4 s.")
                   .arg(seconds, 0, 'f', 2)
                   .arg(heuristicSeconds, 0, 'f', 2)
                   .arg(solver)
                   .arg(solverSeconds, 0, 'f', 2);
    for (const Unplaced &u : unplaced)
        out << u.reason;
    return out;
}

QJsonObject AutoScheduleReport::toJson() const
{
    QJsonArray reasons;
    for (const Unplaced &u : unplaced)
        reasons.append(QJsonObject{{u"session"_s, u.session.toString(QUuid::WithoutBraces)},
                                   {u"title"_s, u.title},
                                   {u"reason"_s, u.reason}});
    return {{u"status"_s, statusName(status)},
            {u"placed"_s, placed},
            {u"moved"_s, moved},
            {u"unplaced"_s, reasons},
            {u"objective"_s, score.toJson()},
            {u"greedy_objective"_s, greedyScore.toJson()},
            {u"seconds"_s, seconds},
            {u"heuristic_seconds"_s, heuristicSeconds},
            {u"solver_seconds"_s, solverSeconds},
            {u"solver"_s, solver}};
}

} // namespace EventDesk
