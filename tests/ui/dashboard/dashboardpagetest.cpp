// Go › Dashboard (Ctrl+0): a large event's numbers as charts, checked against plain SQL over the same
// workspace; recounted after a change; each chart saves as PNG and the whole page as PDF.
#include "dashboard/dashboardpage.h"
#include "dashboard/dashboardcharts.h"
#include "dashboard/dashboardexport.h"
#include "support/guifixture.h"
#include "support/largeevent.h"
#include "support/rawsqlite.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class DashboardPageTest : public Test::GuiFixture
{
protected:
    // A FOSDEM-like event (written before the window opens), with the dashboard shown by its shortcut.
    DashboardPage *openDashboard()
    {
        EventDesk::Test::LargeEvent::Options options;
        options.sessions = 120;
        options.rooms = 8;
        options.speakers = 90;
        options.participants = 2000;
        auto created = EventDesk::Test::LargeEvent::create(m_probe, options);
        EXPECT_TRUE(created);
        if (!created)
            return nullptr;
        m_eventId = created.value();
        MainWindow &w = openWindow();
        EXPECT_TRUE(QTest::qWaitFor([&] { return find<QListWidget>(u"sectionList"_s)->isEnabled(); }, 10000));
        w.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
        auto *page = find<DashboardPage>(u"dashboardPage"_s);
        if (!page)
            return nullptr;
        EXPECT_EQ(find<QStackedWidget>(u"pages"_s)->currentWidget(), page);
        EXPECT_TRUE(QTest::qWaitFor([&] { return page->isLoaded(); }, 20000));
        return page;
    }
    QString eventFilter() const
    {
        return u" event_id = '"_s + m_eventId.toString(QUuid::WithoutBraces) + u"' AND deleted = 0"_s;
    }
    static QAbstractBarSeries *bars(QChartView *view)
    {
        return view && !view->chart()->series().isEmpty()
                   ? qobject_cast<QAbstractBarSeries *>(view->chart()->series().first())
                   : nullptr;
    }
    QUuid m_eventId;
};

TEST_F(DashboardPageTest, CtrlZeroShowsTheEventsNumbersAsTheStoreHasThem)
{
    DashboardPage *page = openDashboard();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(find<QAction>(u"actionDashboard"_s)->shortcut(), QKeySequence(u"Ctrl+0"_s));
    EventDesk::Test::RawSqlite raw(m_ws.path());
    ASSERT_TRUE(raw.isOpen());

    const qint64 registrations =
        raw.scalar(u"SELECT count(*) FROM participants WHERE"_s + eventFilter()).toLongLong();
    ASSERT_GT(registrations, 0);
    EXPECT_EQ(page->stats().registrations, registrations);
    EXPECT_TRUE(find<QLabel>(u"dashboardSummary"_s)->text().contains(QLocale().toString(registrations)))
        << find<QLabel>(u"dashboardSummary"_s)->text().toStdString();

    // The status pie: one slice per status that has registrations, sized by plain SQL's count.
    auto *statusView = page->chartView(DashboardCharts::Kind::ByStatus);
    ASSERT_NE(statusView, nullptr);
    auto *pie = qobject_cast<QPieSeries *>(statusView->chart()->series().value(0));
    ASSERT_NE(pie, nullptr);
    const auto statusRows = raw.rows(u"SELECT status, count(*) FROM participants WHERE"_s + eventFilter() +
                                     u" GROUP BY status"_s);
    ASSERT_EQ(pie->count(), statusRows.size());
    qreal pieTotal = 0;
    for (QPieSlice *slice : pie->slices())
        pieTotal += slice->value();
    EXPECT_EQ(qint64(pieTotal), registrations);
    // The legend names each status with its count; each slice says its share of the whole.
    const QList<QLegendMarker *> markers = statusView->chart()->legend()->markers(pie);
    ASSERT_EQ(markers.size(), pie->count());
    for (int i = 0; i < pie->count(); ++i)
        EXPECT_EQ(pie->slices().at(i)->label(),
                  QLocale().toString(qRound(100.0 * pie->slices().at(i)->value() / pieTotal)) +
                      QLocale().percent());
    for (const auto &row : statusRows) {
        const auto status = participantStatusFromName(row.at(0).toString()).value();
        bool shown = false;
        for (int i = 0; i < pie->count(); ++i)
            if (markers.at(i)->label() ==
                participantStatusDisplayName(status) + u": "_s + QLocale().toString(row.at(1).toLongLong()))
                shown = qint64(pie->slices().at(i)->value()) == row.at(1).toLongLong();
        EXPECT_TRUE(shown) << row.at(0).toString().toStdString();
    }

    // Tickets: the bars, in the event's ticket types' order, against SQL.
    QAbstractBarSeries *tickets = bars(page->chartView(DashboardCharts::Kind::ByTicket));
    ASSERT_NE(tickets, nullptr);
    const QBarSet *ticketSet = tickets->barSets().value(0);
    ASSERT_NE(ticketSet, nullptr);
    const auto &byTicket = page->stats().byTicket;
    ASSERT_EQ(ticketSet->count(), byTicket.size());
    for (int i = 0; i < byTicket.size(); ++i) {
        const QString ticket = byTicket.at(i).ticketTypeId.isNull()
                                   ? u"ticket_type_id IS NULL"_s
                                   : u"ticket_type_id = '"_s +
                                         byTicket.at(i).ticketTypeId.toString(QUuid::WithoutBraces) + u"'"_s;
        const qint64 expected = raw.scalar(u"SELECT count(*) FROM participants WHERE"_s + eventFilter() +
                                           u" AND status <> 'cancelled' AND "_s + ticket)
                                    .toLongLong();
        EXPECT_EQ(qint64(ticketSet->at(i)), expected) << byTicket.at(i).name.toStdString();
    }

    // Rooms: one bar per room with its capacity from SQL.
    QAbstractBarSeries *rooms = bars(page->chartView(DashboardCharts::Kind::RoomUse));
    ASSERT_NE(rooms, nullptr);
    const qint64 roomCount = raw.scalar(u"SELECT count(*) FROM rooms WHERE"_s + eventFilter()).toLongLong();
    ASSERT_EQ(rooms->barSets().value(0)->count(), roomCount);
    qreal capacity = 0;
    for (int i = 0; i < roomCount; ++i)
        capacity += rooms->barSets().value(0)->at(i);
    EXPECT_EQ(qint64(capacity),
              raw.scalar(u"SELECT sum(capacity) FROM rooms WHERE"_s + eventFilter()).toLongLong());

    // Day fill: each day of the event, scheduled minutes as SQL sums them (sessions within the day's hours).
    EXPECT_EQ(page->stats().days.size(), m_probe.get<Event>(m_eventId).value().dayCount());
    qint64 scheduled = 0;
    for (const auto &d : page->stats().days)
        scheduled += d.scheduledMinutes;
    const qint64 placed =
        raw.scalar(u"SELECT sum(duration_minutes) FROM sessions WHERE"_s + eventFilter() +
                   u" AND start_utc IS NOT NULL AND start_utc <> '' AND room_id IS NOT NULL"_s)
            .toLongLong();
    ASSERT_GT(placed, 0);
    int outside = 0;
    for (const auto &c : page->stats().conflicts)
        if (c.rule == ConflictRule::OutsideEventHours)
            outside = c.errors + c.warnings;
    if (outside == 0)
        EXPECT_EQ(scheduled, placed) << "every session is within the event's hours";
    else
        EXPECT_LT(scheduled, placed) << "minutes outside the event's hours are not counted";
    for (DashboardCharts::Kind kind : DashboardCharts::all())
        EXPECT_NE(page->findChild<QAction *>(u"savePng_"_s + DashboardCharts::name(kind)), nullptr);
}

// The line rises from none at the start of the first day to each day's total at its end: registrations all
// made on one day (as in the sample event) draw a rise, not a lone point that no line joins.
TEST(DashboardChartsTest, RegistrationsOverTimeRiseFromNoneToEachDaysTotalAtItsEnd)
{
    auto points = [](const DashboardStats &stats) {
        std::unique_ptr<QChart> chart(
            DashboardCharts::create(DashboardCharts::Kind::RegistrationsOverTime, stats));
        auto *line = qobject_cast<QLineSeries *>(chart->series().value(0));
        return line ? line->points() : QList<QPointF>();
    };
    auto at = [](QDate d) { return qreal(d.startOfDay().toMSecsSinceEpoch()); };
    const QDate day(2026, 12, 1);

    DashboardStats oneDay;
    oneDay.registrations = 200;
    oneDay.registrationsByDay = {{day, 200, 200}};
    EXPECT_EQ(points(oneDay), (QList<QPointF>{{at(day), 0}, {at(day.addDays(1)), 200}}));

    DashboardStats threeDays;
    threeDays.registrations = 7;
    threeDays.registrationsByDay = {{day, 3, 3}, {day.addDays(1), 0, 3}, {day.addDays(2), 4, 7}};
    EXPECT_EQ(points(threeDays),
              (QList<QPointF>{
                  {at(day), 0}, {at(day.addDays(1)), 3}, {at(day.addDays(2)), 3}, {at(day.addDays(3)), 7}}));

    EXPECT_TRUE(points(DashboardStats{}).isEmpty());
}

TEST_F(DashboardPageTest, ARegistrationMadeWhileShownIsCountedAgain)
{
    DashboardPage *page = openDashboard();
    ASSERT_NE(page, nullptr);
    const qint64 before = page->stats().registrations;
    Participant p;
    p.eventId = m_eventId;
    p.name = u"Late Comer"_s;
    p.email = u"late@example.org"_s;
    p.status = ParticipantStatus::Waitlisted;
    m_worker.run([p](EventStore &s) { return s.add(p); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->stats().registrations == before + 1; }, 10000));
    EXPECT_TRUE(find<QLabel>(u"dashboardSummary"_s)->text().contains(QLocale().toString(before + 1)));
}

TEST_F(DashboardPageTest, EachChartSavesAsPngAndThePageAsPdf)
{
    DashboardPage *page = openDashboard();
    ASSERT_NE(page, nullptr);
    for (DashboardCharts::Kind kind : DashboardCharts::all()) {
        const QString path = m_ws.filePath(DashboardCharts::name(kind) + u".png"_s);
        page->savePng(kind, path);
        QImage image;
        ASSERT_TRUE(image.load(path)) << path.toStdString();
        EXPECT_EQ(image.size(), DashboardExport::kChartSize);
        // Not blank: the chart drew something besides its background.
        const QRgb corner = image.pixel(0, 0);
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; y += 7)
            for (int x = 0; x < image.width() && !drawn; x += 7)
                drawn = image.pixel(x, y) != corner;
        EXPECT_TRUE(drawn) << DashboardCharts::name(kind).toStdString();
    }

    const QString pdf = m_ws.filePath(u"dashboard.pdf"_s);
    QPushButton *button = find<QPushButton>(u"exportPdfButton"_s);
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isEnabled());
    page->savePdf(pdf);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    // scripts/install-deps.sh installs poppler-utils: without pdfinfo the PDF check fails rather than skips.
    ASSERT_FALSE(pdfinfo.isEmpty()) << "pdfinfo (poppler-utils) is not installed";
    QProcess info;
    info.start(pdfinfo, {pdf});
    ASSERT_TRUE(info.waitForFinished(10000));
    EXPECT_EQ(info.exitCode(), 0) << info.readAllStandardError().toStdString();
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(out.contains(u"Pages:"_s));
    EXPECT_FALSE(out.contains(u"Pages:          1\n"_s)) << "seven charts take more than one page";
    QProcess text;
    text.start(QStandardPaths::findExecutable(u"pdftotext"_s), {pdf, u"-"_s});
    ASSERT_TRUE(text.waitForFinished(10000));
    // pdftotext keeps the font's ligatures ("ﬂ" in "Conﬂicts"): back to letters.
    const QString words = QString::fromUtf8(text.readAllStandardOutput())
                              .replace(QChar(0xFB01), u"fi"_s)
                              .replace(QChar(0xFB02), u"fl"_s);
    EXPECT_TRUE(words.contains(page->stats().eventName)) << words.left(300).toStdString();
    for (DashboardCharts::Kind kind : DashboardCharts::all())
        EXPECT_TRUE(words.contains(DashboardCharts::title(kind).left(20)))
            << DashboardCharts::title(kind).toStdString() << " not in " << words.toStdString();
}

} // namespace
