#include "scheduleexport.h"

#include "schedule/schedulepublisher.h"
#include "storage/eventstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
// A release keeps sessions as toJson(Session); the fields a schedule export needs are read back here,
// over the working copy's record where one still exists.
Session fromRelease(const QJsonObject &o, const QHash<QUuid, Session> &current)
{
    const QUuid id = QUuid::fromString(o.value(u"id"_s).toString());
    Session s = current.value(id);
    s.meta.id = id;
    s.eventId = QUuid::fromString(o.value(u"eventId"_s).toString());
    s.title = o.value(u"title"_s).toString();
    s.abstract = o.value(u"abstract"_s).toString();
    s.type = sessionTypeFromName(o.value(u"type"_s).toString()).value_or(SessionType::Other);
    s.durationMinutes = o.value(u"durationMinutes"_s).toInt(s.durationMinutes);
    s.language = o.value(u"language"_s).toString();
    s.trackId = QUuid::fromString(o.value(u"trackId"_s).toString());
    s.roomId = QUuid::fromString(o.value(u"roomId"_s).toString());
    s.start = QDateTime::fromString(o.value(u"start"_s).toString(), Qt::ISODateWithMs).toUTC();
    s.speakerIds.clear();
    for (const QJsonValue &v : o.value(u"speakerIds"_s).toArray())
        s.speakerIds.append(QUuid::fromString(v.toString()));
    return s;
}
} // namespace

Result<ScheduleData> ScheduleExport::load(const EventStore &store, const ScheduleExportOptions &options)
{
    auto loaded = ScheduleData::load(store, options.eventId);
    if (!loaded)
        return loaded.error();
    ScheduleData data = loaded.value();
    const QString release = options.release.isEmpty() ? u"working"_s : options.release;
    if (release != u"working") {
        auto sessions = SchedulePublisher::sessionsOf(store, options.eventId, release);
        if (!sessions)
            return sessions.error();
        QHash<QUuid, Session> current;
        for (const Session &s : data.sessions)
            current.insert(s.meta.id, s);
        data.sessions.clear();
        for (const QJsonValue &v : sessions.value())
            data.sessions.append(fromRelease(v.toObject(), current));
    }
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
    for (const QChar c : event.name.toLower()) {
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
    return acronym + u'-' + id.toString(QUuid::Id128).left(8).toLower();
}

QString ScheduleExport::dateTime(const QDateTime &utc, const QString &timeZone)
{
    const QDateTime local = utc.toTimeZone(QTimeZone(timeZone.toUtf8()));
    const int offset = local.offsetFromUtc();
    const int a = qAbs(offset) / 60;
    return local.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + (offset < 0 ? u'-' : u'+') +
           u"%1:%2"_s.arg(a / 60, 2, 10, QLatin1Char('0')).arg(a % 60, 2, 10, QLatin1Char('0'));
}

QString ScheduleExport::duration(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace EventDesk
