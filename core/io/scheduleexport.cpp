#include "scheduleexport.h"

#include "scheduleselection.h"

#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

Result<ScheduleData> ScheduleExport::load(const EventStore &store, const ScheduleExportOptions &options)
{
    auto loaded = ScheduleSelection::load(store, options.eventId, options.release);
    if (!loaded)
        return loaded.error();
    ScheduleData data = loaded.value();
    QList<Session> kept;
    for (const Session &s : std::as_const(data.sessions)) {
        if (!s.isScheduled() || !data.room(s.roomId))
            continue;
        if (!options.roomId.isNull() && s.roomId != options.roomId)
            continue;
        if (!options.trackId.isNull() && s.trackId != options.trackId)
            continue;
        if (!options.speakerId.isNull() && !s.speakerIds.contains(options.speakerId))
            continue;
        kept.append(s);
    }
    std::sort(kept.begin(), kept.end(), [&data](const Session &a, const Session &b) {
        if (a.start != b.start)
            return a.start < b.start;
        const Room *ra = data.room(a.roomId);
        const Room *rb = data.room(b.roomId);
        if (ra->name != rb->name)
            return ra->name < rb->name;
        return a.meta.id < b.meta.id;
    });
    data.sessions = kept;
    std::sort(data.rooms.begin(), data.rooms.end(), [](const Room &a, const Room &b) {
        return a.name != b.name ? a.name < b.name : a.meta.id < b.meta.id;
    });
    std::sort(data.tracks.begin(), data.tracks.end(), [](const Track &a, const Track &b) {
        return a.name != b.name ? a.name < b.name : a.meta.id < b.meta.id;
    });
    return data;
}

QList<ScheduleExportDay> ScheduleExport::days(const ScheduleData &data)
{
    const Event &e = data.event;
    const QTimeZone zone(e.timeZone.toUtf8());
    QMap<QDate, ScheduleExportDay> byDate;
    auto dayOf = [&](const QDate &date) -> ScheduleExportDay & {
        auto it = byDate.find(date);
        if (it == byDate.end()) {
            ScheduleExportDay d;
            d.date = date;
            d.start = QDateTime(date, e.dayStart, zone).toUTC();
            d.end = QDateTime(date, e.dayEnd, zone).toUTC();
            if (d.end <= d.start)
                d.end = d.start.addSecs(3600);
            it = byDate.insert(date, d);
        }
        return *it;
    };
    for (QDate d = e.startDate; d.isValid() && d <= e.endDate && byDate.size() < 366; d = d.addDays(1))
        dayOf(d);
    for (const Session &s : data.sessions) {
        const QDateTime local = s.start.toTimeZone(zone);
        QDate date = local.date();
        if (local.time() < QTime(5, 0) && byDate.contains(date.addDays(-1)))
            date = date.addDays(-1);
        ScheduleExportDay &d = dayOf(date);
        d.sessions.append(s);
        d.start = qMin(d.start, s.start);
        d.end = qMax(d.end, s.end());
    }
    QList<ScheduleExportDay> out = byDate.values();
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].index = int(i) + 1;
    return out;
}

QString ScheduleExport::acronym(const Event &event)
{
    QString out;
    for (const QChar c : (event.acronym.trimmed().isEmpty() ? event.name : event.acronym).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.endsWith(u'_'))
            out += u'_';
    }
    while (out.endsWith(u'_') && out.size() > 4)
        out.chop(1);
    if (out.startsWith(u'_') && out.size() > 4)
        out.remove(0, 1);
    while (out.size() < 4)
        out += u'_';
    return out;
}

QString ScheduleExport::slug(const QString &acronym, const QUuid &id)
{
    return acronym + u'-' + id.toString(QUuid::Id128).toLower();
}

QString ScheduleExport::duration(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

ScheduleExportView::ScheduleExportView(const ScheduleData &d)
    : data(d), acronym(ScheduleExport::acronym(d.event)), days(ScheduleExport::days(d)),
      m_zone(d.event.timeZone.toUtf8())
{
    for (const Track &t : data.tracks)
        m_tracks.insert(t.meta.id, t.name);
    for (const Speaker &s : data.speakers)
        m_speakers.insert(s.meta.id, &s);
    for (const ScheduleExportDay &day : days)
        for (const Session &s : day.sessions)
            m_roomsUsed.insert(s.roomId);
}

QString ScheduleExportView::dateTime(const QDateTime &utc) const
{
    const QDateTime local = utc.toTimeZone(m_zone);
    const int offset = local.offsetFromUtc();
    const int a = qAbs(offset) / 60;
    return local.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + (offset < 0 ? u'-' : u'+') +
           u"%1:%2"_s.arg(a / 60, 2, 10, QLatin1Char('0')).arg(a % 60, 2, 10, QLatin1Char('0'));
}

QString ScheduleExportView::startTime(const QDateTime &utc) const
{
    return utc.toTimeZone(m_zone).toString(u"HH:mm"_s);
}

bool ScheduleExportView::isColor(const QString &color)
{
    static const QRegularExpression hex(u"^#[0-9a-fA-F]{6}$"_s);
    return hex.match(color).hasMatch();
}

} // namespace EventDesk
