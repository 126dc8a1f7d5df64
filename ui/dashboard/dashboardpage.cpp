#include "dashboardpage.h"

#include "common/filelocations.h"
#include "dashboard/dashboardexport.h"
#include "storage/storageworker.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

DashboardPage::DashboardPage(StorageWorker &worker, QWidget *parent)
    : EventPage(parent), m_worker(worker), m_refreshTimer(new QTimer(this)), m_summary(new QLabel(this)),
      m_pdfButton(new QPushButton(tr("Export P&DF…"), this))
{
    setObjectName(u"dashboardPage"_s);
    m_summary->setObjectName(u"dashboardSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pdfButton->setObjectName(u"exportPdfButton"_s);
    m_pdfButton->setToolTip(tr("Save every chart of the dashboard in one PDF file."));
    m_pdfButton->setEnabled(false);
    connect(m_pdfButton, &QPushButton::clicked, this, &DashboardPage::choosePdf);

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    int i = 0;
    for (DashboardCharts::Kind kind : DashboardCharts::all()) {
        auto *view = new QChartView(new QChart, charts);
        view->setObjectName(u"chart_"_s + DashboardCharts::name(kind));
        view->setAccessibleName(DashboardCharts::title(kind));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(360, 260);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto *save = new QAction(tr("Save Chart as &PNG…"), view);
        save->setObjectName(u"savePng_"_s + DashboardCharts::name(kind));
        connect(save, &QAction::triggered, this, [this, kind] { choosePng(kind); });
        view->addAction(save);
        view->setToolTip(tr("Right-click to save this chart as a PNG image."));
        m_views.insert(int(kind), view);
        // The registrations over time take the whole first row.
        if (kind == DashboardCharts::Kind::RegistrationsOverTime) {
            grid->addWidget(view, 0, 0, 1, 2);
            i = 2;
        } else {
            grid->addWidget(view, i / 2, i % 2);
            ++i;
        }
    }
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setAccessibleName(tr("Dashboard charts"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(charts);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_pdfButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    // Many changes in a row (an import, a drag) make one recount.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(worker.store(), &EventStore::recordsChanged, this, [this](RecordKind kind) {
        if (kind == RecordKind::ScheduleRelease)
            return;
        m_stale = true;
        if (isVisible())
            m_refreshTimer->start();
    });
}

void DashboardPage::setEvent(const Event &event)
{
    if (event.meta.id == m_eventId)
        return;
    m_eventId = event.meta.id;
    m_loaded = false;
    m_stale = true;
    m_pdfButton->setEnabled(false);
    m_summary->setText(tr("Counting…"));
    if (isVisible())
        refresh();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    EventPage::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::refresh()
{
    if (m_eventId.isNull())
        return;
    m_stale = false;
    const int generation = ++m_generation;
    m_worker.run(
        this, [id = m_eventId](EventStore &s) { return DashboardStats::compute(s, id); },
        [this, generation](const Result<DashboardStats> &result) {
            if (generation != m_generation)
                return; // a newer count is under way
            if (!result) {
                m_summary->setText(result.error().message);
                emit statusMessage(result.error().message);
                return;
            }
            display(result.value());
        });
}

void DashboardPage::display(const DashboardStats &stats)
{
    m_stats = stats;
    m_summary->setText(DashboardExport::summary(stats));
    for (DashboardCharts::Kind kind : DashboardCharts::all()) {
        QChartView *view = m_views.value(int(kind));
        QChart *old = view->chart();
        view->setChart(DashboardCharts::create(kind, stats));
        delete old;
    }
    m_loaded = true;
    m_pdfButton->setEnabled(true);
    emit loaded();
}

void DashboardPage::savePng(DashboardCharts::Kind kind, const QString &path)
{
    const auto written = DashboardExport::writePng(path, kind, m_stats);
    emit statusMessage(written ? tr("Saved the chart as %1.").arg(QDir::toNativeSeparators(path))
                               : written.error().message);
}

void DashboardPage::savePdf(const QString &path)
{
    const auto written = DashboardExport::writePdf(path, m_stats);
    emit statusMessage(written ? tr("Saved the dashboard as %1.").arg(QDir::toNativeSeparators(path))
                               : written.error().message);
}

void DashboardPage::choosePng(DashboardCharts::Kind kind)
{
    if (!m_loaded)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), FileLocations::start(DashboardCharts::name(kind) + u".png"_s),
        tr("PNG images (*.png)"));
    FileLocations::rememberFile(path);
    if (!path.isEmpty())
        savePng(kind, path);
}

void DashboardPage::choosePdf()
{
    if (!m_loaded)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Dashboard"), FileLocations::start(tr("dashboard.pdf")), tr("PDF documents (*.pdf)"));
    FileLocations::rememberFile(path);
    if (!path.isEmpty())
        savePdf(path);
}

} // namespace EventDesk
