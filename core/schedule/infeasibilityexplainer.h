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

    const SchedulingProblem &m_problem;
};

} // namespace EventDesk
