#pragma once
// A purpose-built event for the assistant's reply and review tests: the findings a review must compute are
// known from how it is built (an oracle independent of ScheduleReview).
#include "model/event.h"
#include "model/participant.h"
#include "model/room.h"
#include "model/session.h"
#include "model/speaker.h"
#include "model/tickettype.h"
#include "storage/eventstore.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace EventDesk::Test
{

struct ReviewEvent {
    Event event;
    Room hall, small, third, gone;
    Speaker anna, ben, cara, dan, eve, fay, gus, hal, ivy;
    Session keynote, bigTalk, clashOne, clashTwo, lunch, late, speakerless, roomless, unscheduled, annasTalk,
        carasWorkshop;
    TicketType student;
    Participant waitlisted;

    // Local time on the event's day (Europe/Berlin) as UTC.
    static QDateTime at(int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 5, 4), QTime(hour, minute), QTimeZone("Europe/Berlin")).toUTC();
    }

    void create(EventStore &store)
    {
        using namespace Qt::StringLiterals;
        event.name = u"Review Fest"_s;
        event.timeZone = u"Europe/Berlin"_s;
        event.startDate = event.endDate = QDate(2026, 5, 4);
        event.venueName = u"Kulturhaus"_s;
        event.venueAddress = u"Hauptstr. 1, Berlin"_s;
        auto e = store.add(event);
        ASSERT_TRUE(e) << e.error().message.toStdString();
        event = e.value();
        auto room = [&](Room &r, const QString &name, int capacity) {
            r.eventId = event.meta.id;
            r.name = name;
            r.capacity = capacity;
            auto added = store.add(r);
            ASSERT_TRUE(added) << added.error().message.toStdString();
            r = added.value();
        };
        room(hall, u"Hall"_s, 100);
        room(small, u"Small Room"_s, 20);
        room(third, u"Third Room"_s, 40);
        room(gone, u"Gone Room"_s, 40); // deleted below: its session keeps a time but loses its room
        auto speaker = [&](Speaker &s, const QString &name, QList<TimeWindow> availability = {}) {
            s.eventId = event.meta.id;
            s.name = name;
            s.availability = availability;
            auto added = store.add(s);
            ASSERT_TRUE(added) << added.error().message.toStdString();
            s = added.value();
        };
        speaker(anna, u"Anna"_s, {{at(9), at(10)}});
        speaker(ben, u"Ben"_s);
        speaker(cara, u"Cara"_s, {{at(9), at(9, 30)}});
        speaker(dan, u"Dan"_s);
        speaker(eve, u"Eve"_s);
        speaker(fay, u"Fay"_s);
        speaker(gus, u"Gus"_s);
        speaker(hal, u"Hal"_s);
        speaker(ivy, u"Ivy"_s);
        auto session = [&](Session &s, const QString &title, SessionType type, const Room *r, QDateTime start,
                           int minutes, QList<QUuid> speakers, int expected = 0) {
            s.eventId = event.meta.id;
            s.title = title;
            s.type = type;
            s.roomId = r ? r->meta.id : QUuid();
            s.start = start;
            s.durationMinutes = minutes;
            s.speakerIds = speakers;
            s.expectedAttendance = expected;
            auto added = store.add(s);
            ASSERT_TRUE(added) << added.error().message.toStdString();
            s = added.value();
        };
        session(keynote, u"Opening keynote"_s, SessionType::Keynote, &small, at(9), 30, {ben.meta.id});
        session(bigTalk, u"Big talk"_s, SessionType::Talk, &small, at(9, 30), 30, {dan.meta.id}, 50);
        session(clashOne, u"Clash one"_s, SessionType::Talk, &hall, at(9), 30, {eve.meta.id});
        session(clashTwo, u"Clash two"_s, SessionType::Talk, &hall, at(9, 15), 30, {fay.meta.id});
        session(lunch, u"Lunch"_s, SessionType::Break, &hall, at(12), 60, {});
        session(late, u"Late talk"_s, SessionType::Talk, &hall, at(13), 30, {gus.meta.id});
        session(speakerless, u"Speakerless talk"_s, SessionType::Talk, &hall, at(13, 30), 30, {});
        session(roomless, u"Roomless talk"_s, SessionType::Talk, &gone, at(14), 30, {hal.meta.id});
        auto removed = store.remove<Room>(gone.meta.id);
        ASSERT_TRUE(removed) << removed.error().message.toStdString();
        session(unscheduled, u"Later maybe"_s, SessionType::Talk, nullptr, {}, 30, {ivy.meta.id});
        session(annasTalk, u"Anna's talk"_s, SessionType::Talk, &hall, at(14), 30, {anna.meta.id});
        session(carasWorkshop, u"Cara's workshop"_s, SessionType::Workshop, &third, at(9), 60,
                {cara.meta.id});

        student.eventId = event.meta.id;
        student.name = u"Student"_s;
        student.quota = 50;
        student.priceCents = 1500;
        auto t = store.add(student);
        ASSERT_TRUE(t) << t.error().message.toStdString();
        student = t.value();
        // 25 confirmed registrations: more than the keynote's room seats.
        QList<Participant> people;
        for (int i = 0; i < 25; ++i) {
            Participant p;
            p.eventId = event.meta.id;
            p.name = u"Person %1"_s.arg(i);
            p.email = u"person%1@example.org"_s.arg(i);
            p.status = ParticipantStatus::Confirmed;
            people.append(p);
        }
        auto many = store.addMany(people);
        ASSERT_TRUE(many) << many.error().message.toStdString();
        waitlisted.eventId = event.meta.id;
        waitlisted.name = u"Wen Wait"_s;
        waitlisted.email = u"wen.wait@example.cn"_s;
        waitlisted.phone = u"+86 10 87654321"_s;
        waitlisted.ticketTypeId = student.meta.id;
        waitlisted.status = ParticipantStatus::Waitlisted;
        auto w = store.add(waitlisted);
        ASSERT_TRUE(w) << w.error().message.toStdString();
        waitlisted = w.value();
    }
};

} // namespace EventDesk::Test
