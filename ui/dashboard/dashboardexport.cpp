#include "dashboardexport.h"

#include "dashboard/dashboardstats.h"
#include "io/atomicfile.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

// A chart in a view that is laid out and painted without ever appearing on screen.
class OffscreenChart
{
public:
    OffscreenChart(DashboardCharts::Kind kind, const DashboardStats &stats, QSize size)
        : m_view(DashboardCharts::create(kind, stats))
    {
        m_view.setRenderHint(QPainter::Antialiasing);
        m_view.setAttribute(Qt::WA_DontShowOnScreen);
        m_view.setFrameShape(QFrame::NoFrame);
        m_view.resize(size);
        m_view.show(); // not on screen: lays the view out and sizes the chart to it
        // The chart lays out its axes, legend and plot area on posted layout requests: done here, now.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (QGraphicsLayout *layout = m_view.chart()->layout())
            layout->activate();
    }
    QChartView &view() { return m_view; }

private:
    QChartView m_view;
};

} // namespace

QByteArray DashboardExport::png(DashboardCharts::Kind kind, const DashboardStats &stats, QSize size)
{
    OffscreenChart chart(kind, stats, size);
    const QPixmap pixmap = chart.view().grab();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    pixmap.save(&buffer, "PNG");
    return bytes;
}

QByteArray DashboardExport::pdf(const DashboardStats &stats)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(tr("Dashboard of %1").arg(stats.eventName));
    writer.setCreator(u"EventDesk"_s);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setResolution(150);
    QPainter painter(&writer);
    const QRect page = painter.viewport();
    const int margin = page.width() / 20;
    const QRect area = page.adjusted(margin, margin, -margin, -margin);

    QFont heading = painter.font();
    heading.setPointSizeF(16);
    QFont body = painter.font();
    body.setPointSizeF(9);
    painter.setFont(heading);
    const int headingHeight = painter.fontMetrics().height() * 2;
    painter.drawText(QRect(area.left(), area.top(), area.width(), headingHeight),
                     Qt::AlignLeft | Qt::AlignTop, tr("Dashboard of %1").arg(stats.eventName));
    painter.setFont(body);
    const int lineHeight = painter.fontMetrics().height() * 3;
    painter.drawText(
        QRect(area.left(), area.top() + headingHeight, area.width(), lineHeight),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
        summary(stats) + u"\n"_s +
            tr("As of %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat)));

    // Two charts a page below the heading on the first, three on the others.
    int top = area.top() + headingHeight + lineHeight;
    const int chartHeight = area.height() / 3 - margin / 2;
    for (DashboardCharts::Kind kind : DashboardCharts::all()) {
        if (top + chartHeight > area.bottom()) {
            writer.newPage();
            top = area.top();
        }
        OffscreenChart chart(kind, stats, DashboardExport::kChartSize);
        // Drawn as vectors, scaled into the space kept for it.
        chart.view().render(&painter, QRectF(area.left(), top, area.width(), chartHeight),
                            chart.view().viewport()->rect());
        top += chartHeight + margin / 2;
    }
    painter.end();
    return bytes;
}

Result<void> DashboardExport::writePng(const QString &path, DashboardCharts::Kind kind,
                                       const DashboardStats &stats)
{
    return AtomicFile::write(path, png(kind, stats));
}

Result<void> DashboardExport::writePdf(const QString &path, const DashboardStats &stats)
{
    return AtomicFile::write(path, pdf(stats));
}

QString DashboardExport::summary(const DashboardStats &stats)
{
    const QLocale locale;
    const qint64 holding =
        stats.count(ParticipantStatus::Confirmed) + stats.count(ParticipantStatus::CheckedIn);
    return tr("%1 registrations, %2 confirmed or checked in, %3 waitlisted; %4 of %5 sessions scheduled; "
              "%n conflict(s).",
              nullptr, stats.conflictCount())
        .arg(locale.toString(stats.registrations), locale.toString(holding),
             locale.toString(stats.count(ParticipantStatus::Waitlisted)),
             locale.toString(stats.scheduledSessions), locale.toString(stats.sessions));
}

} // namespace EventDesk
