#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QChart;

namespace EventDesk
{
struct DashboardStats;

// The dashboard's charts, drawn from DashboardStats with Qt Charts. Only presentation: the numbers are
// counted in core (DashboardStats::compute).
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::DashboardCharts)

public:
    enum class Kind { RegistrationsOverTime, ByStatus, ByTicket, Quotas, RoomUse, DayFill, Conflicts };

    static QList<Kind> all();
    static QString name(Kind kind);  // stable, for object and file names: "registrations-over-time", …
    static QString title(Kind kind); // translated
    // A new chart (the caller owns it) with the stats' numbers.
    static QChart *create(Kind kind, const DashboardStats &stats);
};

} // namespace EventDesk
