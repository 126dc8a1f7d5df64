#pragma once

#include "common/eventpage.h"
#include "dashboard/dashboardcharts.h"
#include "dashboard/dashboardstats.h"

#include <QHash>
#include <QUuid>

class QChartView;
class QLabel;
class QPushButton;
class QTimer;

namespace EventDesk
{
class StorageWorker;

// Go › Dashboard (Ctrl+0): the current event at a glance. The numbers are computed on the storage thread
// (DashboardStats) when the page is shown and again after the event's records change; each chart saves as
// PNG from its context menu, the whole page as PDF.
class DashboardPage : public EventPage
{
    Q_OBJECT

public:
    explicit DashboardPage(StorageWorker &worker, QWidget *parent = nullptr);
    QString title() const override { return tr("Dashboard"); }
    void setEvent(const Event &event) override;

    bool isLoaded() const { return m_loaded; }
    const DashboardStats &stats() const { return m_stats; }
    QChartView *chartView(DashboardCharts::Kind kind) const { return m_views.value(int(kind)); }

public slots:
    void refresh();
    void savePng(DashboardCharts::Kind kind, const QString &path);
    void savePdf(const QString &path);

signals:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const DashboardStats &stats);
    void choosePng(DashboardCharts::Kind kind);
    void choosePdf();

    StorageWorker &m_worker;
    QUuid m_eventId;
    DashboardStats m_stats;
    bool m_loaded = false;
    bool m_stale = true;
    int m_generation = 0;
    QTimer *m_refreshTimer;
    QLabel *m_summary;
    QPushButton *m_pdfButton;
    QHash<int, QChartView *> m_views; // by DashboardCharts::Kind
};

} // namespace EventDesk
