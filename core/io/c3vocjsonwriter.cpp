#include "c3vocjsonwriter.h"

#include "scheduleexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QByteArray C3vocJsonWriter::write(const ScheduleData &data)
{
    const Event &e = data.event;
    const QString acronym = ScheduleExport::acronym(e);
    const QList<ScheduleExportDay> days = ScheduleExport::days(data);
    QHash<QUuid, const Room *> rooms;
    for (const Room &r : data.rooms)
        rooms.insert(r.meta.id, &r);
    QHash<QUuid, QString> tracks;
    for (const Track &t : data.tracks)
        tracks.insert(t.meta.id, t.name);
    QHash<QUuid, const Speaker *> speakers;
    for (const Speaker &s : data.speakers)
        speakers.insert(s.meta.id, &s);
    static const QRegularExpression hex(u"^#[0-9a-fA-F]{6}$"_s);
    static const QRegularExpression zonePattern(u"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$"_s);

    QJsonArray trackList;
    for (const Track &t : data.tracks) {
        QJsonObject o{{u"name"_s, t.name}};
        if (hex.match(t.color).hasMatch())
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
    for (const ScheduleExportDay &d : days) {
        QJsonObject byRoom;
        for (const Room &room : data.rooms) {
            QJsonArray events;
            for (const Session &s : d.sessions) {
                if (s.roomId != room.meta.id)
                    continue;
                QJsonArray persons;
                for (const QUuid &id : s.speakerIds) {
                    const Speaker *sp = speakers.value(id);
                    if (!sp)
                        continue;
                    persons.append(QJsonObject{{u"guid"_s, id.toString(QUuid::WithoutBraces)},
                                               {u"name"_s, sp->name},
                                               {u"biography"_s, sp->bio}});
                }
                const QString track = tracks.value(s.trackId);
                events.append(QJsonObject{
                    {u"guid"_s, s.meta.id.toString(QUuid::WithoutBraces)},
                    {u"id"_s, ++eventNumber},
                    {u"date"_s, ScheduleExport::dateTime(s.start, e.timeZone)},
                    {u"start"_s, s.start.toTimeZone(QTimeZone(e.timeZone.toUtf8())).toString(u"HH:mm"_s)},
                    {u"duration"_s, ScheduleExport::duration(s.durationMinutes)},
                    {u"room"_s, room.name},
                    {u"slug"_s, ScheduleExport::slug(acronym, s.meta.id)},
                    {u"url"_s, QString(u"urn:uuid:"_s + s.meta.id.toString(QUuid::WithoutBraces))},
                    {u"title"_s, s.title},
                    {u"subtitle"_s, QString()},
                    {u"track"_s, track.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(track)},
                    {u"type"_s, sessionTypeName(s.type)},
                    {u"language"_s, s.language},
                    {u"abstract"_s, s.abstract},
                    {u"persons"_s, persons},
                    {u"links"_s, QJsonArray()},
                });
            }
            if (!events.isEmpty())
                byRoom.insert(room.name, events);
        }
        dayList.append(QJsonObject{{u"index"_s, d.index},
                                   {u"date"_s, d.date.toString(Qt::ISODate)},
                                   {u"day_start"_s, ScheduleExport::dateTime(d.start, e.timeZone)},
                                   {u"day_end"_s, ScheduleExport::dateTime(d.end, e.timeZone)},
                                   {u"rooms"_s, byRoom}});
    }
    QJsonObject conference{{u"acronym"_s, acronym},
                           {u"title"_s, e.name},
                           {u"start"_s, e.startDate.toString(Qt::ISODate)},
                           {u"end"_s, e.endDate.toString(Qt::ISODate)},
                           {u"daysCount"_s, int(days.size())},
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
