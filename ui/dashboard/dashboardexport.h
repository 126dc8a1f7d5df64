#pragma once

#include "dashboard/dashboardcharts.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>

namespace EventDesk
{
struct DashboardStats;

// The dashboard on paper and in files: one chart as a PNG image, every chart as a PDF (vector, two charts a
// page, with the event's name and key figures). Each chart is drawn afresh at a fixed size, whatever the
// window shows. Files are written through AtomicFile.
class DashboardExport
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::DashboardExport)

public:
    static constexpr QSize kChartSize{1000, 620};

    static QByteArray png(DashboardCharts::Kind kind, const DashboardStats &stats, QSize size = kChartSize);
    static QByteArray pdf(const DashboardStats &stats);
    static Result<void> writePng(const QString &path, DashboardCharts::Kind kind,
                                 const DashboardStats &stats);
    static Result<void> writePdf(const QString &path, const DashboardStats &stats);
    // "1 234 registrations, 980 confirmed or checked in, 52 of 60 sessions scheduled, 3 conflicts".
    static QString summary(const DashboardStats &stats);
};

} // namespace EventDesk
