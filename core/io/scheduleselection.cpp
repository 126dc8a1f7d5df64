#include "scheduleselection.h"

#include "schedule/schedulepublisher.h"
#include "storage/eventstore.h"

#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
QUuid uuid(const QJsonValue &v)
{
    return QUuid::fromString(v.toString());
}
} // namespace

Result<ScheduleData> ScheduleSelection::load(const EventStore &store, const QUuid &eventId,
                                             const QString &which)
{
    auto data = ScheduleData::load(store, eventId);
    if (!data)
        return data.error();
    if (which.isEmpty() || which == u"working")
        return data;
    auto released = SchedulePublisher::sessionsOf(store, eventId, which);
    if (!released)
        return released.error();
    applyRelease(data.value(), released.value());
    return data;
}

void ScheduleSelection::applyRelease(ScheduleData &data, const QJsonArray &sessions)
{
    QList<Session> out;
    out.reserve(sessions.size());
    for (const QJsonValue &v : sessions) {
        const QJsonObject o = v.toObject();
        Session s;
        s.meta.id = uuid(o.value(u"id"_s));
        s.meta.createdUtc = QDateTime::fromString(o.value(u"created"_s).toString(), Qt::ISODate);
        s.meta.updatedUtc = QDateTime::fromString(o.value(u"updated"_s).toString(), Qt::ISODate);
        s.meta.revision = o.value(u"revision"_s).toInteger();
        s.eventId = uuid(o.value(u"eventId"_s));
        s.title = o.value(u"title"_s).toString();
        s.abstract = o.value(u"abstract"_s).toString();
        s.type = sessionTypeFromName(o.value(u"type"_s).toString()).value_or(SessionType::Talk);
        s.durationMinutes = o.value(u"durationMinutes"_s).toInt(30);
        s.language = o.value(u"language"_s).toString();
        s.trackId = uuid(o.value(u"trackId"_s));
        s.roomId = uuid(o.value(u"roomId"_s));
        s.start = QDateTime::fromString(o.value(u"start"_s).toString(), Qt::ISODate);
        for (const QJsonValue &sp : o.value(u"speakerIds"_s).toArray())
            s.speakerIds.append(uuid(sp));
        s.expectedAttendance = o.value(u"expectedAttendance"_s).toInt();
        s.pinned = o.value(u"pinned"_s).toBool();
        for (const QJsonValue &t : o.value(u"tags"_s).toArray())
            s.tags.append(t.toString());
        s.subtitle = o.value(u"subtitle"_s).toString();
        s.description = o.value(u"description"_s).toString();
        for (const auto &[key, list] :
             {std::pair{u"links"_s, &s.links}, std::pair{u"attachments"_s, &s.attachments}})
            for (const QJsonValue &l : o.value(key).toArray())
                list->append({l[u"url"_s].toString(), l[u"title"_s].toString()});
        out.append(s);
    }
    data.sessions = out;
}

QList<const Session *> ScheduleSelection::sessions(const ScheduleData &data, const ScheduleFilter &filter)
{
    QList<const Session *> out;
    for (const Session &s : data.sessions) {
        if (s.meta.deleted || !s.isScheduled())
            continue;
        if (!filter.roomId.isNull() && s.roomId != filter.roomId)
            continue;
        if (!filter.trackId.isNull() && s.trackId != filter.trackId)
            continue;
        if (!filter.speakerId.isNull() && !s.speakerIds.contains(filter.speakerId))
            continue;
        out.append(&s);
    }
    auto roomName = [&](const Session *s) {
        const Room *r = data.room(s->roomId);
        return r ? r->name : QString();
    };
    std::stable_sort(out.begin(), out.end(), [&](const Session *a, const Session *b) {
        if (a->start != b->start)
            return a->start < b->start;
        const int byRoom = QString::compare(roomName(a), roomName(b));
        if (byRoom != 0)
            return byRoom < 0;
        return a->title < b->title;
    });
    return out;
}

QList<QDate> ScheduleSelection::days(const ScheduleData &data, const QList<const Session *> &sessions)
{
    const QTimeZone zone(data.event.timeZone.toUtf8());
    QList<QDate> out;
    for (const Session *s : sessions) {
        const QDate day = (zone.isValid() ? s->start.toTimeZone(zone) : s->start.toUTC()).date();
        if (!out.contains(day))
            out.append(day);
    }
    std::sort(out.begin(), out.end());
    return out;
}

const Track *ScheduleSelection::track(const ScheduleData &data, const QUuid &id)
{
    for (const Track &t : data.tracks)
        if (t.meta.id == id)
            return &t;
    return nullptr;
}

const Speaker *ScheduleSelection::speaker(const ScheduleData &data, const QUuid &id)
{
    for (const Speaker &s : data.speakers)
        if (s.meta.id == id)
            return &s;
    return nullptr;
}

QString ScheduleSelection::speakerNames(const ScheduleData &data, const Session &session)
{
    QStringList names;
    for (const QUuid &id : session.speakerIds)
        if (const Speaker *s = speaker(data, id))
            names.append(s->name);
    return names.join(u", "_s);
}

} // namespace EventDesk
