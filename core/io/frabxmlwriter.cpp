#include "frabxmlwriter.h"

#include "scheduleexport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QByteArray FrabXmlWriter::write(const ScheduleData &data)
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

    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeStartElement(u"schedule"_s);
    w.writeEmptyElement(u"generator"_s);
    w.writeAttribute(u"name"_s, u"EventDesk"_s);
    w.writeAttribute(u"version"_s, QCoreApplication::applicationVersion());
    w.writeTextElement(u"version"_s, e.name);
    w.writeStartElement(u"conference"_s);
    w.writeTextElement(u"acronym"_s, acronym);
    w.writeTextElement(u"title"_s, e.name);
    w.writeTextElement(u"start"_s, e.startDate.toString(Qt::ISODate));
    w.writeTextElement(u"end"_s, e.endDate.toString(Qt::ISODate));
    w.writeTextElement(u"days"_s, QString::number(days.size()));
    w.writeTextElement(u"timeslot_duration"_s, u"00:05"_s);
    w.writeTextElement(u"time_zone_name"_s, e.timeZone);
    for (const Track &t : data.tracks) {
        w.writeEmptyElement(u"track"_s);
        w.writeAttribute(u"name"_s, t.name);
        if (hex.match(t.color).hasMatch())
            w.writeAttribute(u"color"_s, t.color);
    }
    w.writeEndElement(); // conference

    QSet<QUuid> roomsUsed;
    for (const ScheduleExportDay &d : days)
        for (const Session &s : d.sessions)
            roomsUsed.insert(s.roomId);
    int eventNumber = 0;
    for (const ScheduleExportDay &d : days) {
        w.writeStartElement(u"day"_s);
        w.writeAttribute(u"index"_s, QString::number(d.index));
        w.writeAttribute(u"date"_s, d.date.toString(Qt::ISODate));
        w.writeAttribute(u"start"_s, ScheduleExport::dateTime(d.start, e.timeZone));
        w.writeAttribute(u"end"_s, ScheduleExport::dateTime(d.end, e.timeZone));
        for (const Room &room : data.rooms) {
            QList<const Session *> inRoom;
            for (const Session &s : d.sessions)
                if (s.roomId == room.meta.id)
                    inRoom.append(&s);
            // A room without any session is still a room of the event: listed once, on the first day.
            const bool emptyRoom = !roomsUsed.contains(room.meta.id) && d.index == 1;
            if (inRoom.isEmpty() && !emptyRoom)
                continue;
            w.writeStartElement(u"room"_s);
            w.writeAttribute(u"name"_s, room.name);
            w.writeAttribute(u"guid"_s, room.meta.id.toString(QUuid::WithoutBraces));
            for (const Session *s : inRoom) {
                w.writeStartElement(u"event"_s);
                w.writeAttribute(u"guid"_s, s->meta.id.toString(QUuid::WithoutBraces));
                w.writeAttribute(u"id"_s, QString::number(++eventNumber));
                w.writeTextElement(u"date"_s, ScheduleExport::dateTime(s->start, e.timeZone));
                w.writeTextElement(u"start"_s,
                                   s->start.toTimeZone(QTimeZone(e.timeZone.toUtf8())).toString(u"HH:mm"_s));
                w.writeTextElement(u"duration"_s, ScheduleExport::duration(s->durationMinutes));
                w.writeTextElement(u"room"_s, room.name);
                w.writeTextElement(u"slug"_s, ScheduleExport::slug(acronym, s->meta.id));
                w.writeTextElement(u"title"_s, s->title);
                w.writeTextElement(u"language"_s, s->language);
                w.writeTextElement(u"track"_s, tracks.value(s->trackId));
                w.writeTextElement(u"type"_s, sessionTypeName(s->type));
                w.writeTextElement(u"abstract"_s, s->abstract);
                w.writeStartElement(u"persons"_s);
                for (const QUuid &id : s->speakerIds) {
                    const Speaker *sp = speakers.value(id);
                    if (!sp)
                        continue;
                    w.writeStartElement(u"person"_s);
                    w.writeAttribute(u"guid"_s, id.toString(QUuid::WithoutBraces));
                    w.writeCharacters(sp->name);
                    w.writeEndElement();
                }
                w.writeEndElement(); // persons
                w.writeEndElement(); // event
            }
            w.writeEndElement(); // room
        }
        w.writeEndElement(); // day
    }
    w.writeEndElement(); // schedule
    w.writeEndDocument();
    return out;
}

} // namespace EventDesk
