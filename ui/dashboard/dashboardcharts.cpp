#include "dashboardcharts.h"

#include "dashboard/dashboardstats.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Bars per category (one set or several), horizontal when the names are long.
QChart *barChart(const QString &title, const QStringList &categories, const QList<QBarSet *> &sets,
                 bool horizontal, bool stacked = false)
{
    QChart *chart = newChart(title);
    QAbstractBarSeries *series = nullptr;
    if (stacked)
        series = new QHorizontalStackedBarSeries;
    else if (horizontal)
        series = new QHorizontalBarSeries;
    else
        series = new QBarSeries;
    qreal max = 0;
    for (QBarSet *set : sets) {
        series->append(set);
        for (int i = 0; i < set->count(); ++i)
            max = qMax(max, set->at(i));
    }
    if (stacked) {
        max = 0;
        for (int i = 0; i < categories.size(); ++i) {
            qreal sum = 0;
            for (QBarSet *set : sets)
                sum += set->at(i);
            max = qMax(max, sum);
        }
    }
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    auto *values = new QValueAxis;
    values->setRange(0, max > 0 ? max * 1.1 : 1);
    values->setLabelFormat(u"%.0f"_s);
    chart->addAxis(names, horizontal || stacked ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal || stacked ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(values);
    chart->legend()->setVisible(sets.size() > 1);
    return chart;
}

QBarSet *barSet(const QString &label, const QList<qreal> &values)
{
    auto *set = new QBarSet(label);
    for (qreal v : values)
        set->append(v);
    return set;
}

} // namespace

QList<DashboardCharts::Kind> DashboardCharts::all()
{
    return {Kind::RegistrationsOverTime,
            Kind::ByStatus,
            Kind::ByTicket,
            Kind::Quotas,
            Kind::RoomUse,
            Kind::DayFill,
            Kind::Conflicts};
}

QString DashboardCharts::name(Kind kind)
{
    switch (kind) {
    case Kind::RegistrationsOverTime:
        return u"registrations-over-time"_s;
    case Kind::ByStatus:
        return u"registrations-by-status"_s;
    case Kind::ByTicket:
        return u"registrations-by-ticket"_s;
    case Kind::Quotas:
        return u"ticket-quotas"_s;
    case Kind::RoomUse:
        return u"room-use"_s;
    case Kind::DayFill:
        return u"day-fill"_s;
    case Kind::Conflicts:
        return u"conflicts-by-rule"_s;
    }
    return {};
}

QString DashboardCharts::title(Kind kind)
{
    switch (kind) {
    case Kind::RegistrationsOverTime:
        return tr("Registrations over time");
    case Kind::ByStatus:
        return tr("Registrations by status");
    case Kind::ByTicket:
        return tr("Registrations by ticket type");
    case Kind::Quotas:
        return tr("Ticket quotas used");
    case Kind::RoomUse:
        return tr("Room use: expected attendance and capacity");
    case Kind::DayFill:
        return tr("How full each day is");
    case Kind::Conflicts:
        return tr("Conflicts by rule");
    }
    return {};
}

QChart *DashboardCharts::create(Kind kind, const DashboardStats &stats)
{
    const QLocale locale;
    switch (kind) {
    case Kind::RegistrationsOverTime: {
        QChart *chart = newChart(title(kind));
        auto *line = new QLineSeries;
        line->setName(tr("Registrations so far"));
        line->setPointsVisible(true);
        // A day's count is the total at its end: the line starts at none when the first day begins, so that
        // registrations all made on one day (the sample event's) still draw a rise, not a lone point.
        if (!stats.registrationsByDay.isEmpty())
            line->append(qreal(stats.registrationsByDay.first().date.startOfDay().toMSecsSinceEpoch()), 0);
        for (const auto &d : stats.registrationsByDay)
            line->append(qreal(d.date.addDays(1).startOfDay().toMSecsSinceEpoch()), qreal(d.cumulative));
        chart->addSeries(line);
        auto *days = new QDateTimeAxis;
        days->setFormat(locale.dateFormat(QLocale::ShortFormat));
        if (!stats.registrationsByDay.isEmpty()) {
            const QDate first = stats.registrationsByDay.first().date;
            const QDate end = stats.registrationsByDay.last().date.addDays(1);
            days->setRange(first.startOfDay(), end.startOfDay());
            days->setTickCount(int(qBound(qint64(2), first.daysTo(end) + 1, qint64(8)))); // no date twice
        }
        auto *count = new QValueAxis;
        count->setLabelFormat(u"%.0f"_s);
        count->setRange(0, stats.registrations > 0 ? stats.registrations * 1.1 : 1);
        chart->addAxis(days, Qt::AlignBottom);
        chart->addAxis(count, Qt::AlignLeft);
        line->attachAxis(days);
        line->attachAxis(count);
        chart->legend()->setVisible(false);
        return chart;
    }
    case Kind::ByStatus: {
        QChart *chart = newChart(title(kind));
        auto *pie = new QPieSeries;
        QStringList names;
        for (const auto &s : stats.byStatus) {
            if (s.count == 0)
                continue;
            names.append(tr("%1: %2").arg(participantStatusDisplayName(s.status), locale.toString(s.count)));
            pie->append(names.last(), qreal(s.count));
        }
        chart->addSeries(pie);
        chart->legend()->setAlignment(Qt::AlignRight);
        // The legend names each status with its count; the slices carry their share, short enough to fit
        // inside them (a name beside a small slice was cut to "W…").
        const QList<QLegendMarker *> markers = chart->legend()->markers(pie);
        for (qsizetype i = 0; i < pie->count(); ++i) {
            QPieSlice *slice = pie->slices().at(i);
            slice->setLabel(locale.toString(qRound(slice->percentage() * 100)) + locale.percent());
            slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
            slice->setLabelColor(slice->brush().color().lightness() < 128 ? Qt::white : Qt::black);
            slice->setLabelVisible(slice->percentage() >= 0.05);
            if (i < markers.size())
                markers.at(i)->setLabel(names.at(i));
        }
        return chart;
    }
    case Kind::ByTicket: {
        QStringList names;
        QList<qreal> counts;
        for (const auto &t : stats.byTicket) {
            names << t.name;
            counts << qreal(t.count);
        }
        return barChart(title(kind), names, {barSet(tr("Registrations"), counts)}, true);
    }
    case Kind::Quotas: {
        QStringList names;
        QList<qreal> held, free;
        for (const auto &q : stats.quotas) {
            names << q.name;
            held << qreal(q.held);
            free << qreal(qMax<qint64>(0, q.quota - q.held));
        }
        return barChart(title(kind), names,
                        {barSet(tr("Places taken"), held), barSet(tr("Places left"), free)}, true, true);
    }
    case Kind::RoomUse: {
        QStringList names;
        QList<qreal> capacity, peak, mean;
        for (const auto &r : stats.rooms) {
            names << r.name;
            capacity << qreal(r.capacity);
            peak << qreal(r.peakAttendance);
            mean << r.meanAttendance;
        }
        return barChart(title(kind), names,
                        {barSet(tr("Capacity"), capacity), barSet(tr("Largest expected attendance"), peak),
                         barSet(tr("Mean expected attendance"), mean)},
                        false);
    }
    case Kind::DayFill: {
        QStringList names;
        QList<qreal> percent;
        for (const auto &d : stats.days) {
            names << locale.toString(d.date, QLocale::ShortFormat);
            percent << d.fill() * 100;
        }
        QChart *chart =
            barChart(title(kind), names, {barSet(tr("Scheduled share of room time (%)"), percent)}, false);
        chart->legend()->setVisible(true);
        return chart;
    }
    case Kind::Conflicts: {
        QStringList names;
        QList<qreal> errors, warnings;
        for (const auto &c : stats.conflicts) {
            names << conflictRuleDisplayName(c.rule);
            errors << qreal(c.errors);
            warnings << qreal(c.warnings);
        }
        return barChart(title(kind), names, {barSet(tr("Errors"), errors), barSet(tr("Warnings"), warnings)},
                        true, true);
    }
    }
    return newChart(title(kind));
}

} // namespace EventDesk
