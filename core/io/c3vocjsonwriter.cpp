#include "c3vocjsonwriter.h"

#include "scheduleexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

// [{"url": "…", "title": "…"}, …] (the schema's Reference; a title only when there is one).
QJsonArray references(const QList<SessionLink> &list)
{
    QJsonArray out;
    for (const SessionLink &r : list) {
        QJsonObject o{{u"url"_s, r.url}};
        if (!r.title.isEmpty())
            o.insert(u"title"_s, r.title);
        out.append(o);
    }
    return out;
}

QJsonObject event(const ScheduleExportView &v, const Session &s, const Room &room, int number)
{
    QJsonArray persons;
    for (const QUuid &id : s.speakerIds) {
        const Speaker *sp = v.speaker(id);
        if (!sp)
            continue;
        persons.append(QJsonObject{{u"guid"_s, id.toString(QUuid::WithoutBraces)},
                                   {u"name"_s, sp->name},
                                   {u"biography"_s, sp->bio}});
    }
    const QString track = v.trackName(s.trackId);
    QJsonObject o{
        {u"guid"_s, s.meta.id.toString(QUuid::WithoutBraces)},
        {u"id"_s, number},
        {u"date"_s, v.dateTime(s.start)},
        {u"start"_s, v.startTime(s.start)},
        {u"duration"_s, ScheduleExport::duration(s.durationMinutes)},
        {u"room"_s, room.name},
        {u"slug"_s, v.slug(s)},
        {u"url"_s, QString(u"urn:uuid:"_s + s.meta.id.toString(QUuid::WithoutBraces))},
        {u"title"_s, s.title},
        {u"subtitle"_s, s.subtitle},
        {u"track"_s, track.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(track)},
        {u"type"_s, sessionTypeName(s.type)},
        {u"language"_s, s.language},
        {u"abstract"_s, s.abstract},
        {u"persons"_s, persons},
        {u"links"_s, references(s.links)},
    };
    if (!s.description.isEmpty())
        o.insert(u"description"_s, s.description);
    if (!s.attachments.isEmpty())
        o.insert(u"attachments"_s, references(s.attachments));
    return o;
}

} // namespace

QByteArray C3vocJsonWriter::write(const ScheduleData &data)
{
    const Event &e = data.event;
    const ScheduleExportView v(data);
    static const QRegularExpression zonePattern(u"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$"_s);

    QJsonArray trackList;
    for (const Track &t : data.tracks) {
        QJsonObject o{{u"name"_s, t.name}};
        if (ScheduleExportView::isColor(t.color))
            o.insert(u"color"_s, t.color);
        trackList.append(o);
    }
    QJsonArray roomList;
    for (const Room &r : data.rooms) {
        QJsonObject o{{u"name"_s, r.name}, {u"guid"_s, r.meta.id.toString(QUuid::WithoutBraces)}};
        if (r.capacity > 0)
            o.insert(u"capacity"_s, r.capacity);
        roomList.append(o);
    }
    int eventNumber = 0;
    QJsonArray dayList;
    for (const ScheduleExportDay &d : v.days) {
        QHash<QUuid, QList<const Session *>> sessionsByRoom;
        for (const Session &s : d.sessions)
            sessionsByRoom[s.roomId].append(&s);
        QJsonObject byRoom;
        for (const Room &room : data.rooms) {
            QJsonArray events;
            for (const Session *s : sessionsByRoom.value(room.meta.id))
                events.append(event(v, *s, room, ++eventNumber));
            if (!events.isEmpty())
                byRoom.insert(room.name, events);
        }
        dayList.append(QJsonObject{{u"index"_s, d.index},
                                   {u"date"_s, d.date.toString(Qt::ISODate)},
                                   {u"day_start"_s, v.dateTime(d.start)},
                                   {u"day_end"_s, v.dateTime(d.end)},
                                   {u"rooms"_s, byRoom}});
    }
    QJsonObject conference{{u"acronym"_s, v.acronym},
                           {u"title"_s, e.name},
                           {u"start"_s, e.startDate.toString(Qt::ISODate)},
                           {u"end"_s, e.endDate.toString(Qt::ISODate)},
                           {u"daysCount"_s, int(v.days.size())},
                           {u"timeslot_duration"_s, u"00:05"_s},
                           {u"tracks"_s, trackList},
                           {u"rooms"_s, roomList},
                           {u"days"_s, dayList}};
    if (zonePattern.match(e.timeZone).hasMatch())
        conference.insert(u"time_zone_name"_s, e.timeZone);
    const QJsonObject root{
        {u"generator"_s,
         QJsonObject{{u"name"_s, u"EventDesk"_s}, {u"version"_s, QCoreApplication::applicationVersion()}}},
        {u"schedule"_s, QJsonObject{{u"version"_s, e.name}, {u"conference"_s, conference}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace EventDesk
