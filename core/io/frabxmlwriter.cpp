#include "frabxmlwriter.h"

#include "scheduleexport.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

// <links><link href="…">Title</link>…</links>, and likewise <attachments>.
void writeReferences(QXmlStreamWriter &w, const QString &list, const QString &element,
                     const QList<SessionLink> &references)
{
    if (references.isEmpty())
        return;
    w.writeStartElement(list);
    for (const SessionLink &r : references) {
        w.writeStartElement(element);
        w.writeAttribute(u"href"_s, r.url);
        w.writeCharacters(r.title);
        w.writeEndElement();
    }
    w.writeEndElement();
}

void writeEvent(QXmlStreamWriter &w, const ScheduleExportView &v, const Session &s, const Room &room,
                int number)
{
    w.writeStartElement(u"event"_s);
    w.writeAttribute(u"guid"_s, s.meta.id.toString(QUuid::WithoutBraces));
    w.writeAttribute(u"id"_s, QString::number(number));
    w.writeTextElement(u"date"_s, v.dateTime(s.start));
    w.writeTextElement(u"start"_s, v.startTime(s.start));
    w.writeTextElement(u"duration"_s, ScheduleExport::duration(s.durationMinutes));
    w.writeTextElement(u"room"_s, room.name);
    w.writeTextElement(u"slug"_s, v.slug(s));
    w.writeTextElement(u"title"_s, s.title);
    if (!s.subtitle.isEmpty())
        w.writeTextElement(u"subtitle"_s, s.subtitle);
    w.writeTextElement(u"language"_s, s.language);
    w.writeTextElement(u"track"_s, v.trackName(s.trackId));
    w.writeTextElement(u"type"_s, sessionTypeName(s.type));
    w.writeTextElement(u"abstract"_s, s.abstract);
    if (!s.description.isEmpty())
        w.writeTextElement(u"description"_s, s.description);
    w.writeStartElement(u"persons"_s);
    for (const QUuid &id : s.speakerIds) {
        const Speaker *sp = v.speaker(id);
        if (!sp)
            continue;
        w.writeStartElement(u"person"_s);
        w.writeAttribute(u"guid"_s, id.toString(QUuid::WithoutBraces));
        w.writeCharacters(sp->name);
        w.writeEndElement();
    }
    w.writeEndElement(); // persons
    writeReferences(w, u"links"_s, u"link"_s, s.links);
    writeReferences(w, u"attachments"_s, u"attachment"_s, s.attachments);
    w.writeEndElement(); // event
}

} // namespace

QByteArray FrabXmlWriter::write(const ScheduleData &data)
{
    const Event &e = data.event;
    const ScheduleExportView v(data);

    QByteArray out;
    out.reserve(2048 + data.sessions.size() * 1024);
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
    w.writeTextElement(u"acronym"_s, v.acronym);
    w.writeTextElement(u"title"_s, e.name);
    w.writeTextElement(u"start"_s, e.startDate.toString(Qt::ISODate));
    w.writeTextElement(u"end"_s, e.endDate.toString(Qt::ISODate));
    w.writeTextElement(u"days"_s, QString::number(v.days.size()));
    w.writeTextElement(u"timeslot_duration"_s, u"00:05"_s);
    w.writeTextElement(u"time_zone_name"_s, e.timeZone);
    for (const Track &t : data.tracks) {
        w.writeEmptyElement(u"track"_s);
        w.writeAttribute(u"name"_s, t.name);
        if (ScheduleExportView::isColor(t.color))
            w.writeAttribute(u"color"_s, t.color);
    }
    w.writeEndElement(); // conference

    int eventNumber = 0;
    for (const ScheduleExportDay &d : v.days) {
        w.writeStartElement(u"day"_s);
        w.writeAttribute(u"index"_s, QString::number(d.index));
        w.writeAttribute(u"date"_s, d.date.toString(Qt::ISODate));
        w.writeAttribute(u"start"_s, v.dateTime(d.start));
        w.writeAttribute(u"end"_s, v.dateTime(d.end));
        QHash<QUuid, QList<const Session *>> byRoom;
        for (const Session &s : d.sessions)
            byRoom[s.roomId].append(&s);
        for (const Room &room : data.rooms) {
            const QList<const Session *> inRoom = byRoom.value(room.meta.id);
            // A room without any session is still a room of the event: listed once, on the first day.
            const bool emptyRoom = !v.roomUsed(room.meta.id) && d.index == 1;
            if (inRoom.isEmpty() && !emptyRoom)
                continue;
            w.writeStartElement(u"room"_s);
            w.writeAttribute(u"name"_s, room.name);
            w.writeAttribute(u"guid"_s, room.meta.id.toString(QUuid::WithoutBraces));
            for (const Session *s : inRoom)
                writeEvent(w, v, *s, room, ++eventNumber);
            w.writeEndElement(); // room
        }
        w.writeEndElement(); // day
    }
    w.writeEndElement(); // schedule
    w.writeEndDocument();
    return out;
}

} // namespace EventDesk
