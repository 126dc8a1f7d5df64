#include "schedulegenerator.h"

#include "storage/eventstore.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

ScheduleData ScheduleGenerator::generate(const Options &o)
{
    QRandomGenerator rng(o.seed);
    ScheduleData d;
    d.event.meta.id = QUuid::createUuidV5(QUuid(), u"event"_s + QString::number(o.seed));
    d.event.name = u"Generated conference"_s;
    d.event.timeZone = u"Europe/Brussels"_s;
    d.event.startDate = QDate(2027, 2, 6);
    d.event.endDate = d.event.startDate.addDays(o.days - 1);
    d.event.dayStart = QTime(9, 0);
    d.event.dayEnd = QTime(19, 0);
    auto id = [&](const QString &kind, int i) {
        return QUuid::createUuidV5(d.event.meta.id, kind + QString::number(i));
    };
    for (int i = 0; i < o.rooms; ++i) {
        Room r;
        r.meta.id = id(u"room"_s, i);
        r.eventId = d.event.meta.id;
        r.name = u"Room %1"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
        r.capacity = 50 + int(rng.bounded(500));
        d.rooms.append(r);
    }
    for (int i = 0; i < o.tracks; ++i) {
        Track t;
        t.meta.id = id(u"track"_s, i);
        t.eventId = d.event.meta.id;
        t.name = u"Track %1"_s.arg(i + 1);
        t.color =
            QString::asprintf("#%02x%02x%02x", 60 + (i * 53) % 180, 60 + (i * 97) % 180, 60 + (i * 31) % 180);
        d.tracks.append(t);
    }
    for (int i = 0; i < o.speakers; ++i) {
        Speaker s;
        s.meta.id = id(u"speaker"_s, i);
        s.eventId = d.event.meta.id;
        s.name = u"Speaker %1"_s.arg(i + 1);
        d.speakers.append(s);
    }
    const QTimeZone tz(d.event.timeZone.toUtf8());
    const int perRoomPerDay = qMax(1, o.sessions / qMax(1, o.rooms * o.days));
    for (int i = 0; i < o.sessions; ++i) {
        Session s;
        s.meta.id = id(u"session"_s, i);
        s.eventId = d.event.meta.id;
        s.title = u"Talk %1"_s.arg(i + 1);
        s.durationMinutes = 20 + 5 * int(rng.bounded(5));
        s.expectedAttendance = int(rng.bounded(400));
        const int room = o.randomTimes ? int(rng.bounded(o.rooms)) : (i % o.rooms);
        s.roomId = d.rooms.value(room).meta.id;
        s.trackId = d.tracks.isEmpty() ? QUuid() : d.tracks.at(room % o.tracks).meta.id;
        if (!d.speakers.isEmpty())
            s.speakerIds = {d.speakers.at(int(rng.bounded(o.speakers))).meta.id};
        int day, minutes;
        if (o.randomTimes) {
            day = int(rng.bounded(o.days));
            minutes = 8 * 60 + 5 * int(rng.bounded(12 * 12)); // 08:00 … 19:55, some outside hours
        } else {
            const int slot = (i / o.rooms) % perRoomPerDay;
            day = (i / o.rooms / perRoomPerDay) % o.days;
            minutes = 9 * 60 + slot * 40;
        }
        s.start = QDateTime(d.event.startDate.addDays(day), QTime(0, 0).addSecs(minutes * 60), tz).toUTC();
        d.sessions.append(s);
    }
    return d;
}

Result<QUuid> ScheduleGenerator::write(EventStore &store, const ScheduleData &data)
{
    auto event = store.add(data.event);
    if (!event)
        return event.error();
    if (auto r = store.addMany(data.rooms); !r)
        return r.error();
    if (auto r = store.addMany(data.tracks); !r)
        return r.error();
    if (auto r = store.addMany(data.speakers); !r)
        return r.error();
    if (auto r = store.addMany(data.sessions); !r)
        return r.error();
    return event.value().meta.id;
}

} // namespace EventDesk
