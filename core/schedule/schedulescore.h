#pragma once

#include "schedulingproblem.h"

#include <QJsonObject>

namespace EventDesk
{

// The parts of a placement's score; lower is better. Unplaced sessions and moves weigh most, then the soft
// preferences (docs/scheduling.md gives the weights).
struct ScoreParts {
    int unplaced = 0;
    int moved = 0;          // re-planning: sessions not where they were
    double trackRooms = 0;  // a track spread over several rooms on a day
    double trackGaps = 0;   // idle time between a track's sessions in its room
    double popularity = 0;  // popular sessions in small rooms
    double speakerGaps = 0; // idle time between one speaker's sessions on a day
    double soft() const { return trackRooms + trackGaps + popularity + speakerGaps; }
    double total() const;
    QJsonObject toJson() const;
};

// Scores a placement of a SchedulingProblem, as a whole or one group at a time (for local search).
class ScheduleScore
{
public:
    static constexpr double kUnplacedWeight = 100000;
    static constexpr double kMoveWeight = 1000;
    static constexpr double kTrackRoomWeight = 20;

    explicit ScheduleScore(const SchedulingProblem &problem);

    ScoreParts parts(const Placement &placement) const;
    // The pieces that change when item i moves, so a move's effect is "after - before".
    double itemCost(int item, const Slot &slot) const; // popularity, moved, unplaced
    double popularity(int item, int room) const;
    double trackCost(int track, const Placement &placement) const;
    double speakerCost(int speaker, const Placement &placement) const;
    double localCost(int item, const Placement &placement) const; // itemCost + its track + its speakers
    const QList<int> &trackItems(int track) const { return m_trackItems.at(track); }
    int dayOf(qint64 start) const;

private:
    void trackParts(int track, const Placement &placement, double &rooms, double &gaps) const;

    const SchedulingProblem &m_problem;
    QList<QList<int>> m_trackItems, m_speakerItems;
    int m_maxCapacity = 0;
};

} // namespace EventDesk
