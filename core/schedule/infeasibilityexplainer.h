#pragma once

#include "placementstate.h"

#include <QCoreApplication>

namespace EventDesk
{

// Says in one sentence why a session could not be placed: no room is big enough, its speakers lack the
// hours, the rooms it is allowed in are full, and so on.
class InfeasibilityExplainer
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::InfeasibilityExplainer)

public:
    explicit InfeasibilityExplainer(const SchedulingProblem &problem);
    QString reason(int item, const Placement &placement) const;
    static QString duration(qint64 minutes); // "3 h", "2 h 30 min", "45 min"

private:
    QString speakerHours(int item) const;
    qint64 availableMinutes(const QList<SchedulingProblem::Window> &windows) const;
    QString allowedTimesText(int item) const; // "Wed 10 Jun 14:00–16:00 and Thu 11 Jun 09:00–12:00"
    QString roomNames(const QList<int> &rooms) const;
    QString onTheDays() const; // "on the event's day", "on both days", "on all 3 days"

    const SchedulingProblem &m_problem;
};

} // namespace EventDesk
