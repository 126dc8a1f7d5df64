// Each conflict rule at its boundaries, time zones and DST, severities, and the full and incremental check
// against an independent oracle (the rules written again in this file) on random schedules.
#include "schedule/conflictchecker.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class ConflictCheckerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        d.event.meta.id = QUuid::createUuid();
        d.event.name = u"Conf"_s;
        d.event.timeZone = u"Europe/Berlin"_s;
        d.event.startDate = QDate(2026, 6, 10);
        d.event.endDate = QDate(2026, 6, 11);
        d.event.dayStart = QTime(9, 0);
        d.event.dayEnd = QTime(18, 0);
        hall = addRoom(u"Hall"_s, 100);
        lab = addRoom(u"Lab"_s, 20);
        ada = addSpeaker(u"Ada"_s);
        track = QUuid::createUuid();
    }
    QUuid addRoom(const QString &name, int capacity)
    {
        Room r;
        r.meta.id = QUuid::createUuid();
        r.name = name;
        r.capacity = capacity;
        d.rooms.append(r);
        return r.meta.id;
    }
    QUuid addSpeaker(const QString &name)
    {
        Speaker s;
        s.meta.id = QUuid::createUuid();
        s.name = name;
        d.speakers.append(s);
        return s.meta.id;
    }
    QDateTime local(QDate date, QTime time) const
    {
        return QDateTime(date, time, QTimeZone(d.event.timeZone.toUtf8())).toUTC();
    }
    Session &add(const QString &title, const QUuid &room, QTime start, int minutes,
                 QDate date = QDate(2026, 6, 10))
    {
        Session s;
        s.meta.id = QUuid::createUuid();
        s.title = title;
        s.roomId = room;
        s.start = local(date, start);
        s.durationMinutes = minutes;
        d.sessions.append(s);
        return d.sessions.last();
    }
    QList<Conflict> check() const { return ConflictChecker(d).all(); }
    static int count(const QList<Conflict> &list, ConflictRule rule)
    {
        return int(
            std::count_if(list.begin(), list.end(), [rule](const Conflict &c) { return c.rule == rule; }));
    }

    ScheduleData d;
    QUuid hall, lab, ada, track;
};

TEST_F(ConflictCheckerTest, BackToBackSessionsDoNotOverlap)
{
    add(u"A"_s, hall, QTime(10, 0), 30);
    add(u"B"_s, hall, QTime(10, 30), 30);
    EXPECT_TRUE(check().isEmpty());
}

TEST_F(ConflictCheckerTest, OneMinuteOverlapIsARoomDoubleBooking)
{
    const QUuid a = add(u"A"_s, hall, QTime(10, 0), 31).meta.id;
    const QUuid b = add(u"B"_s, hall, QTime(10, 30), 30).meta.id;
    const QList<Conflict> conflicts = check();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().rule, ConflictRule::RoomDoubleBooked);
    EXPECT_EQ(conflicts.first().severity, Severity::Error);
    QList<QUuid> both{a, b};
    std::sort(both.begin(), both.end());
    EXPECT_EQ(conflicts.first().sessions, both);
    EXPECT_EQ(conflicts.first().rooms, QList<QUuid>{hall});
    EXPECT_TRUE(conflicts.first().message.contains(u"Hall"_s)) << conflicts.first().message.toStdString();
    EXPECT_TRUE(conflicts.first().message.contains(u"10:30"_s)) << conflicts.first().message.toStdString();
}

TEST_F(ConflictCheckerTest, SpeakerDoubleBookingAcrossRooms)
{
    add(u"A"_s, hall, QTime(10, 0), 30).speakerIds = {ada};
    add(u"B"_s, lab, QTime(10, 15), 30).speakerIds = {ada};
    const QList<Conflict> conflicts = check();
    ASSERT_EQ(count(conflicts, ConflictRule::SpeakerDoubleBooked), 1);
    EXPECT_EQ(count(conflicts, ConflictRule::SpeakerChangeover), 0);
    const Conflict c = conflicts.first();
    EXPECT_EQ(c.speakers, QList<QUuid>{ada});
    EXPECT_TRUE(c.message.contains(u"Ada"_s));
}

TEST_F(ConflictCheckerTest, ChangeoverBoundary)
{
    d.event.changeoverMinutes = 10;
    add(u"A"_s, hall, QTime(10, 0), 30).speakerIds = {ada};
    Session &b = add(u"B"_s, lab, QTime(10, 40), 30);
    b.speakerIds = {ada};
    EXPECT_TRUE(check().isEmpty()) << "exactly the changeover time is enough";
    d.sessions.last().start = local(QDate(2026, 6, 10), QTime(10, 39));
    const QList<Conflict> conflicts = check();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().rule, ConflictRule::SpeakerChangeover);
    EXPECT_TRUE(conflicts.first().message.contains(u"9 minutes"_s))
        << conflicts.first().message.toStdString();
    // Staying in the same room needs no changeover.
    d.sessions.last().roomId = hall;
    EXPECT_TRUE(check().isEmpty());
}

TEST_F(ConflictCheckerTest, EventDaysAndHours)
{
    add(u"First"_s, hall, QTime(9, 0), 30);
    add(u"Last"_s, lab, QTime(17, 30), 30, QDate(2026, 6, 11));
    EXPECT_TRUE(check().isEmpty());
    add(u"Early"_s, hall, QTime(8, 59), 30);
    add(u"Late"_s, lab, QTime(17, 31), 30);
    add(u"Day before"_s, hall, QTime(12, 0), 30, QDate(2026, 6, 9));
    add(u"Midnight"_s, lab, QTime(23, 30), 60);
    EXPECT_EQ(count(check(), ConflictRule::OutsideEventHours), 4);
}

TEST_F(ConflictCheckerTest, DaylightSavingDayUsesLocalHours)
{
    // Europe/Berlin moves its clocks forward on 2026-03-29 at 02:00.
    d.event.startDate = QDate(2026, 3, 28);
    d.event.endDate = QDate(2026, 3, 29);
    add(u"Saturday 9:00"_s, hall, QTime(9, 0), 60, QDate(2026, 3, 28));
    add(u"Sunday 9:00"_s, hall, QTime(9, 0), 60, QDate(2026, 3, 29));
    add(u"Sunday 17:00"_s, lab, QTime(17, 0), 60, QDate(2026, 3, 29));
    EXPECT_TRUE(check().isEmpty());
    // 08:30 local on Sunday is 06:30 UTC; with a fixed +1 offset it would wrongly pass as 09:30 … no: it is
    // early.
    add(u"Sunday 8:30"_s, lab, QTime(8, 30), 30, QDate(2026, 3, 29));
    EXPECT_EQ(count(check(), ConflictRule::OutsideEventHours), 1);
}

TEST_F(ConflictCheckerTest, CapacityBoundary)
{
    add(u"Full"_s, lab, QTime(10, 0), 30).expectedAttendance = 20;
    EXPECT_TRUE(check().isEmpty());
    d.sessions.last().expectedAttendance = 21;
    const QList<Conflict> conflicts = check();
    ASSERT_EQ(count(conflicts, ConflictRule::OverCapacity), 1);
    EXPECT_TRUE(conflicts.first().message.contains(u"21"_s));
}

TEST_F(ConflictCheckerTest, AvailabilityWindowsOfRoomsAndSpeakers)
{
    d.speakers.first().availability = {
        {local(QDate(2026, 6, 10), QTime(9, 0)), local(QDate(2026, 6, 10), QTime(11, 0))},
        {local(QDate(2026, 6, 10), QTime(11, 0)), local(QDate(2026, 6, 10), QTime(12, 0))}};
    d.rooms.last().availability = {
        {local(QDate(2026, 6, 10), QTime(13, 0)), local(QDate(2026, 6, 10), QTime(18, 0))}};
    add(u"Spans two touching windows"_s, hall, QTime(10, 30), 60).speakerIds = {ada};
    EXPECT_TRUE(check().isEmpty());
    add(u"Ada too late"_s, hall, QTime(11, 45), 30).speakerIds = {ada};
    add(u"Lab closed"_s, lab, QTime(12, 30), 60);
    const QList<Conflict> conflicts = check();
    EXPECT_EQ(count(conflicts, ConflictRule::SpeakerUnavailable), 1);
    EXPECT_EQ(count(conflicts, ConflictRule::RoomUnavailable), 1);
}

TEST_F(ConflictCheckerTest, SameTrackInParallel)
{
    add(u"A"_s, hall, QTime(10, 0), 30).trackId = track;
    add(u"B"_s, lab, QTime(10, 0), 30).trackId = track;
    add(u"C"_s, lab, QTime(11, 0), 30).trackId = track;
    EXPECT_EQ(count(check(), ConflictRule::TrackParallel), 1);
}

TEST_F(ConflictCheckerTest, SessionOutsideItsAllowedRooms)
{
    Session &workshop = add(u"Workshop X"_s, hall, QTime(10, 0), 60);
    workshop.allowedRoomIds = {lab};
    const QList<Conflict> conflicts = check();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().rule, ConflictRule::RoomNotAllowed);
    EXPECT_EQ(conflicts.first().severity, Severity::Error);
    EXPECT_EQ(conflicts.first().rooms, QList<QUuid>{hall});
    EXPECT_EQ(conflicts.first().message, u"“Workshop X” is in Hall but is allowed only in Lab."_s);
    d.sessions.last().roomId = lab;
    EXPECT_TRUE(check().isEmpty());
    d.sessions.last().allowedRoomIds = {};
    d.sessions.last().roomId = hall;
    EXPECT_TRUE(check().isEmpty()) << "no allowed rooms: any room";
}

TEST_F(ConflictCheckerTest, SessionOutsideItsAllowedTimes)
{
    const QDate day(2026, 6, 10);
    Session &s = add(u"Sponsor talk"_s, hall, QTime(14, 0), 60);
    // Two touching windows count as one: 13:00–14:30 and 14:30–15:00.
    s.allowedTimes = {{local(day, QTime(13, 0)), local(day, QTime(14, 30))},
                      {local(day, QTime(14, 30)), local(day, QTime(15, 0))}};
    EXPECT_TRUE(check().isEmpty());
    d.sessions.last().start = local(day, QTime(14, 1));
    const QList<Conflict> conflicts = check();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().rule, ConflictRule::TimeNotAllowed);
    EXPECT_EQ(conflicts.first().severity, Severity::Error);
    EXPECT_EQ(conflicts.first().message, u"“Sponsor talk” (Wed 14:01) is outside the times it is allowed."_s);
    d.sessions.last().start = local(day.addDays(1), QTime(14, 0));
    EXPECT_EQ(count(check(), ConflictRule::TimeNotAllowed), 1) << "the same hours on another day";
}

TEST_F(ConflictCheckerTest, RoomChangeoverBoundary)
{
    d.event.roomChangeoverMinutes = 15;
    add(u"A"_s, hall, QTime(10, 0), 30);
    add(u"B"_s, hall, QTime(10, 45), 30);
    add(u"Elsewhere"_s, lab, QTime(10, 30), 30);
    EXPECT_TRUE(check().isEmpty()) << "exactly the changeover is enough; another room needs none";
    d.sessions[1].start = local(QDate(2026, 6, 10), QTime(10, 44));
    const QList<Conflict> conflicts = check();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().rule, ConflictRule::RoomChangeover);
    EXPECT_EQ(conflicts.first().severity, Severity::Warning);
    EXPECT_EQ(conflicts.first().rooms, QList<QUuid>{hall});
    EXPECT_EQ(conflicts.first().message, u"Hall has only 14 minutes between “A” and “B” (15 needed)."_s);
    // An overlap is a double booking, not a short changeover.
    d.sessions[1].start = local(QDate(2026, 6, 10), QTime(10, 15));
    EXPECT_EQ(count(check(), ConflictRule::RoomDoubleBooked), 1);
    EXPECT_EQ(count(check(), ConflictRule::RoomChangeover), 0);
    d.event.roomChangeoverMinutes = 0;
    d.sessions[1].start = local(QDate(2026, 6, 10), QTime(10, 30));
    EXPECT_TRUE(check().isEmpty()) << "no changeover by default";
}

TEST_F(ConflictCheckerTest, IncrementalMoveFindsARoomChangeover)
{
    d.event.roomChangeoverMinutes = 10;
    add(u"A"_s, hall, QTime(10, 0), 30);
    Session b = add(u"B"_s, lab, QTime(10, 35), 30);
    ConflictChecker checker(d);
    EXPECT_TRUE(checker.all().isEmpty());
    b.roomId = hall;
    checker.updateSession(b);
    ASSERT_EQ(checker.forSession(b.meta.id).size(), 1);
    EXPECT_EQ(checker.forSession(b.meta.id).first().rule, ConflictRule::RoomChangeover);
    b.start = b.start.addSecs(5 * 60);
    checker.updateSession(b);
    EXPECT_TRUE(checker.all().isEmpty());
}

TEST_F(ConflictCheckerTest, SeveritiesAreConfiguredPerEvent)
{
    add(u"A"_s, hall, QTime(10, 0), 30).trackId = track;
    add(u"B"_s, lab, QTime(10, 0), 30).trackId = track;
    d.event.conflictRules = {{u"track-parallel"_s, u"error"_s}};
    QList<Conflict> conflicts = check();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().severity, Severity::Error);
    d.event.conflictRules = {{u"track-parallel"_s, u"off"_s}};
    EXPECT_TRUE(check().isEmpty());
}

TEST_F(ConflictCheckerTest, UnscheduledAndDeletedSessionsAreIgnored)
{
    add(u"A"_s, hall, QTime(10, 0), 30);
    Session &b = add(u"B"_s, hall, QTime(10, 0), 30);
    b.start = QDateTime();
    EXPECT_TRUE(check().isEmpty());
    Session &c = add(u"C"_s, hall, QTime(10, 0), 30);
    c.meta.deleted = true;
    EXPECT_TRUE(check().isEmpty());
}

TEST_F(ConflictCheckerTest, IncrementalMoveMatchesFullCheck)
{
    const QUuid a = add(u"A"_s, hall, QTime(10, 0), 30).meta.id;
    add(u"B"_s, lab, QTime(10, 0), 30);
    ConflictChecker checker(d);
    EXPECT_TRUE(checker.all().isEmpty());
    Session moved = *d.session(a);
    moved.roomId = lab;
    checker.updateSession(moved);
    EXPECT_EQ(checker.forSession(a).size(), 1);
    EXPECT_EQ(checker.count(Severity::Error), 1);
    moved.start = local(QDate(2026, 6, 10), QTime(10, 30));
    checker.updateSession(moved);
    EXPECT_TRUE(checker.all().isEmpty());
    checker.removeSession(a);
    EXPECT_TRUE(checker.forSession(a).isEmpty());
}

// The oracle: the rules written again from their descriptions, plainly and separately from the engine (no
// shared helper, all pairs compared). A finding is its rule, severity, sessions, speakers and rooms.
namespace Oracle
{

struct Finding {
    ConflictRule rule;
    Severity severity;
    QList<QUuid> sessions; // sorted
    QList<QUuid> speakers;
    QList<QUuid> rooms; // the shared room, or each session's room in the order of sessions
};

struct RuleDefinition {
    ConflictRule rule;
    QString name;
    Severity byDefault;
};
// Double bookings and a session outside its own allowed rooms or times are errors; every other rule warns
// unless the event says otherwise.
const QList<RuleDefinition> kRules{
    {ConflictRule::RoomDoubleBooked, u"room-double-booked"_s, Severity::Error},
    {ConflictRule::SpeakerDoubleBooked, u"speaker-double-booked"_s, Severity::Error},
    {ConflictRule::SpeakerUnavailable, u"speaker-unavailable"_s, Severity::Warning},
    {ConflictRule::RoomUnavailable, u"room-unavailable"_s, Severity::Warning},
    {ConflictRule::OutsideEventHours, u"outside-event-hours"_s, Severity::Warning},
    {ConflictRule::OverCapacity, u"over-capacity"_s, Severity::Warning},
    {ConflictRule::TrackParallel, u"track-parallel"_s, Severity::Warning},
    {ConflictRule::SpeakerChangeover, u"speaker-changeover"_s, Severity::Warning},
    {ConflictRule::RoomNotAllowed, u"room-not-allowed"_s, Severity::Error},
    {ConflictRule::TimeNotAllowed, u"time-not-allowed"_s, Severity::Error},
    {ConflictRule::RoomChangeover, u"room-changeover"_s, Severity::Warning},
};

Severity severityOf(const Event &event, ConflictRule rule)
{
    for (const RuleDefinition &d : kRules) {
        if (d.rule != rule)
            continue;
        const QString configured = event.conflictRules.value(d.name).toString();
        if (configured == u"off")
            return Severity::Off;
        if (configured == u"warning")
            return Severity::Warning;
        if (configured == u"error")
            return Severity::Error;
        return d.byDefault;
    }
    return Severity::Warning;
}

// A session takes part when it is live and placed: a start, a room and a length.
bool takesPart(const Session &s)
{
    return !s.meta.deleted && s.start.isValid() && !s.roomId.isNull() && s.durationMinutes > 0;
}

QDateTime endOf(const Session &s)
{
    return s.start.addSecs(qint64(s.durationMinutes) * 60);
}

// Half-open times: a session ending at 10:30 and one starting at 10:30 do not overlap.
bool overlap(const Session &a, const Session &b)
{
    return a.start < endOf(b) && b.start < endOf(a);
}

// Whether the windows cover [from, to) without a gap; no windows at all means always available.
bool covered(const QList<TimeWindow> &windows, const QDateTime &from, const QDateTime &to)
{
    if (windows.isEmpty())
        return true;
    QDateTime reached = from;
    bool progressed = true;
    while (reached < to && progressed) {
        progressed = false;
        for (const TimeWindow &w : windows) {
            if (w.start <= reached && reached < w.end) {
                reached = w.end;
                progressed = true;
            }
        }
    }
    return reached >= to;
}

// Inside one day of the event, between its daily start and end in the event's time zone.
bool withinEventHours(const Event &event, const Session &s)
{
    const QTimeZone zone(event.timeZone.toUtf8());
    for (QDate day = event.startDate; day <= event.endDate; day = day.addDays(1)) {
        const QDateTime opens(day, event.dayStart, zone);
        const QDateTime closes(day, event.dayEnd, zone);
        if (opens <= s.start && endOf(s) <= closes)
            return true;
    }
    return false;
}

QList<Finding> check(const ScheduleData &data)
{
    QList<Finding> out;
    auto report = [&](ConflictRule rule, QList<QUuid> sessions, QList<QUuid> speakers, QList<QUuid> rooms) {
        const Severity severity = severityOf(data.event, rule);
        if (severity != Severity::Off)
            out.append({rule, severity, sessions, speakers, rooms});
    };
    auto roomOf = [&](const QUuid &id) -> const Room * {
        for (const Room &r : data.rooms)
            if (r.meta.id == id)
                return &r;
        return nullptr;
    };
    auto speakerOf = [&](const QUuid &id) -> const Speaker * {
        for (const Speaker &sp : data.speakers)
            if (sp.meta.id == id)
                return &sp;
        return nullptr;
    };

    QList<Session> placed;
    for (const Session &s : data.sessions)
        if (takesPart(s))
            placed.append(s);

    for (const Session &s : std::as_const(placed)) {
        const QUuid id = s.meta.id;
        if (!withinEventHours(data.event, s))
            report(ConflictRule::OutsideEventHours, {id}, {}, {s.roomId});
        const Room *room = roomOf(s.roomId);
        if (room && room->capacity > 0 && s.expectedAttendance > room->capacity)
            report(ConflictRule::OverCapacity, {id}, {}, {s.roomId});
        if (room && !covered(room->availability, s.start, endOf(s)))
            report(ConflictRule::RoomUnavailable, {id}, {}, {s.roomId});
        if (!s.allowedRoomIds.isEmpty() && !s.allowedRoomIds.contains(s.roomId))
            report(ConflictRule::RoomNotAllowed, {id}, {}, {s.roomId});
        if (!covered(s.allowedTimes, s.start, endOf(s)))
            report(ConflictRule::TimeNotAllowed, {id}, {}, {s.roomId});
        QList<QUuid> seen;
        for (const QUuid &speakerId : s.speakerIds) {
            if (seen.contains(speakerId))
                continue;
            seen.append(speakerId);
            const Speaker *speaker = speakerOf(speakerId);
            if (speaker && !covered(speaker->availability, s.start, endOf(s)))
                report(ConflictRule::SpeakerUnavailable, {id}, {speakerId}, {s.roomId});
        }
    }

    const qint64 changeoverSecs = qint64(data.event.changeoverMinutes) * 60;
    for (qsizetype i = 0; i < placed.size(); ++i) {
        for (qsizetype j = 0; j < placed.size(); ++j) {
            const Session &a = placed.at(i);
            const Session &b = placed.at(j);
            if (!(a.meta.id < b.meta.id))
                continue; // each pair once, the smaller id first
            const QList<QUuid> both{a.meta.id, b.meta.id};
            const bool together = overlap(a, b);
            if (together && a.roomId == b.roomId)
                report(ConflictRule::RoomDoubleBooked, both, {}, {a.roomId});
            if (!together && a.roomId == b.roomId) {
                const QDateTime firstEnd = a.start < b.start ? endOf(a) : endOf(b);
                const QDateTime secondStart = a.start < b.start ? b.start : a.start;
                if (firstEnd.secsTo(secondStart) < qint64(data.event.roomChangeoverMinutes) * 60)
                    report(ConflictRule::RoomChangeover, both, {}, {a.roomId});
            }
            if (together && !a.trackId.isNull() && a.trackId == b.trackId && a.roomId != b.roomId)
                report(ConflictRule::TrackParallel, both, {}, {a.roomId, b.roomId});
            QList<QUuid> shared;
            for (const QUuid &sp : a.speakerIds)
                if (b.speakerIds.contains(sp) && !shared.contains(sp))
                    shared.append(sp);
            for (const QUuid &sp : std::as_const(shared)) {
                if (together) {
                    report(ConflictRule::SpeakerDoubleBooked, both, {sp}, {a.roomId, b.roomId});
                    continue;
                }
                if (a.roomId == b.roomId)
                    continue; // staying in the room needs no changeover
                const QDateTime firstEnd = a.start < b.start ? endOf(a) : endOf(b);
                const QDateTime secondStart = a.start < b.start ? b.start : a.start;
                if (firstEnd.secsTo(secondStart) < changeoverSecs)
                    report(ConflictRule::SpeakerChangeover, both, {sp}, {a.roomId, b.roomId});
            }
        }
    }
    return out;
}

// One line per finding, sorted, with titles and names instead of ids, so a difference reads plainly.
QStringList describe(const ScheduleData &data, const QList<Finding> &findings)
{
    QHash<QUuid, QString> names;
    for (const Session &s : data.sessions)
        names.insert(s.meta.id, s.title);
    for (const Room &r : data.rooms)
        names.insert(r.meta.id, r.name);
    for (const Speaker &s : data.speakers)
        names.insert(s.meta.id, s.name);
    auto list = [&names](const QList<QUuid> &ids) {
        QStringList out;
        for (const QUuid &id : ids)
            out.append(names.value(id, id.toString()));
        return out.join(u", "_s);
    };
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(u"%1 %2 [%3] [%4] [%5]"_s.arg(conflictRuleName(f.rule), severityName(f.severity),
                                                   list(f.sessions), list(f.speakers), list(f.rooms)));
    lines.sort();
    return lines;
}

QList<Finding> fromEngine(const QList<Conflict> &conflicts)
{
    QList<Finding> out;
    for (const Conflict &c : conflicts)
        out.append({c.rule, c.severity, c.sessions, c.speakers, c.rooms});
    return out;
}

} // namespace Oracle

// Random schedules that reach every rule: several speakers per session, availability windows (some
// touching), rooms with and without a capacity, sessions near midnight and across the DST change, unplaced
// and deleted sessions, and severities and changeover times that vary per seed.
ScheduleData randomSchedule(quint32 seed)
{
    QRandomGenerator rng(seed);
    ScheduleData d;
    d.event.meta.id = QUuid::createUuid();
    d.event.timeZone = seed % 3 == 0 ? u"America/New_York"_s : u"Europe/Berlin"_s;
    d.event.startDate = seed % 2 == 0 ? QDate(2026, 3, 28) : QDate(2026, 6, 10); // 03-29: clocks change
    d.event.endDate = d.event.startDate.addDays(1);
    d.event.dayStart = QTime(9, 0);
    d.event.dayEnd = QTime(18, 0);
    d.event.changeoverMinutes = QList<int>{0, 5, 10, 15}.at(int(rng.bounded(4)));
    d.event.roomChangeoverMinutes = QList<int>{0, 5, 10}.at(int(rng.bounded(3)));
    const QList<QString> severities{u"off"_s, u"warning"_s, u"error"_s, QString()};
    for (const Oracle::RuleDefinition &rule : Oracle::kRules) {
        const QString s = severities.at(int(rng.bounded(4)));
        if (seed % 3 == 1 && !s.isEmpty()) // every third schedule configures its own severities
            d.event.conflictRules.insert(rule.name, s);
    }
    const QTimeZone zone(d.event.timeZone.toUtf8());
    auto at = [&](int dayOffset, int minutes) {
        return QDateTime(d.event.startDate.addDays(dayOffset), QTime(0, 0), zone)
            .addSecs(qint64(minutes) * 60);
    };
    auto randomWindows = [&] {
        QList<TimeWindow> windows;
        if (rng.bounded(3) != 0)
            return windows; // most are always available
        int minutes = 7 * 60 + 15 * int(rng.bounded(24));
        const int day = int(rng.bounded(2));
        for (int n = 1 + int(rng.bounded(3)); n > 0; --n) {
            const int length = 30 + 15 * int(rng.bounded(16));
            windows.append({at(day, minutes).toUTC(), at(day, minutes + length).toUTC()});
            minutes += length + (rng.bounded(2) == 0 ? 0 : 15 * int(rng.bounded(8))); // touching or a gap
        }
        return windows;
    };
    for (int i = 0; i < 4; ++i) {
        Room r;
        r.meta.id = QUuid::createUuid();
        r.name = u"Room %1"_s.arg(i);
        r.capacity = rng.bounded(4) == 0 ? 0 : 20 + int(rng.bounded(100));
        r.availability = randomWindows();
        d.rooms.append(r);
    }
    for (int i = 0; i < 12; ++i) {
        Speaker s;
        s.meta.id = QUuid::createUuid();
        s.name = u"Speaker %1"_s.arg(i);
        s.availability = randomWindows();
        d.speakers.append(s);
    }
    const QList<QUuid> tracks{QUuid(), QUuid::createUuid(), QUuid::createUuid(), QUuid::createUuid()};
    for (int i = 0; i < 70; ++i) {
        Session s;
        s.meta.id = QUuid::createUuid();
        s.title = u"Talk %1"_s.arg(i);
        s.roomId = d.rooms.at(int(rng.bounded(int(d.rooms.size())))).meta.id;
        s.trackId = tracks.at(int(rng.bounded(int(tracks.size()))));
        s.durationMinutes = rng.bounded(8) == 0 ? 1 + int(rng.bounded(10)) : 15 + 5 * int(rng.bounded(20));
        s.expectedAttendance = int(rng.bounded(130));
        for (int n = int(rng.bounded(4)); n > 0; --n) {
            const QUuid speaker = d.speakers.at(int(rng.bounded(int(d.speakers.size())))).meta.id;
            if (!s.speakerIds.contains(speaker))
                s.speakerIds.append(speaker);
        }
        // Mostly inside the days, some the day before or after, before opening or around midnight.
        const int day = rng.bounded(8) == 0 ? (rng.bounded(2) == 0 ? -1 : 2) : int(rng.bounded(2));
        const int minutes = rng.bounded(10) == 0 ? 22 * 60 + 5 * int(rng.bounded(30))
                                                 : 8 * 60 + 5 * int(rng.bounded(12 * 11));
        s.start = at(day, minutes).toUTC();
        if (rng.bounded(4) == 0) // some sessions may use only one or two of the rooms
            for (int n = 1 + int(rng.bounded(2)); n > 0; --n)
                s.allowedRoomIds.append(d.rooms.at(int(rng.bounded(int(d.rooms.size())))).meta.id);
        s.allowedTimes = randomWindows();
        if (rng.bounded(15) == 0)
            s.start = QDateTime();
        if (rng.bounded(20) == 0)
            s.roomId = QUuid();
        if (rng.bounded(20) == 0)
            s.meta.deleted = true;
        d.sessions.append(s);
    }
    return d;
}

void expectSameFindings(const ScheduleData &data, const QList<Conflict> &engine, const QString &when)
{
    const QStringList found = Oracle::describe(data, Oracle::fromEngine(engine));
    const QStringList expected = Oracle::describe(data, Oracle::check(data));
    QStringList missing, extra; // both lists are sorted
    std::set_difference(expected.begin(), expected.end(), found.begin(), found.end(),
                        std::back_inserter(missing));
    std::set_difference(found.begin(), found.end(), expected.begin(), expected.end(),
                        std::back_inserter(extra));
    EXPECT_TRUE(missing.isEmpty() && extra.isEmpty())
        << when.toStdString() << "\nthe engine misses:\n  " << missing.join(u"\n  "_s).toStdString()
        << "\nthe engine adds:\n  " << extra.join(u"\n  "_s).toStdString();
    // Errors first, then by rule.
    for (qsizetype i = 1; i < engine.size(); ++i) {
        const Conflict &x = engine.at(i - 1), &y = engine.at(i);
        EXPECT_TRUE(x.severity > y.severity || (x.severity == y.severity && x.rule <= y.rule))
            << when.toStdString() << ", position " << i;
    }
}

// Property test: on random schedules the engine's full check, and its incremental re-check after random
// moves and removals, find exactly what the oracle finds.
TEST(ConflictCheckerProperty, AgreesWithIndependentOracle)
{
    QHash<int, int> seen;
    for (quint32 seed = 1; seed <= 40; ++seed) {
        ScheduleData data = randomSchedule(seed);
        ConflictChecker checker(data);
        const QList<Conflict> full = checker.all();
        expectSameFindings(data, full, u"seed %1"_s.arg(seed));
        for (const Conflict &c : full)
            ++seen[int(c.rule)];

        QRandomGenerator rng(seed);
        for (int move = 0; move < 40; ++move) {
            const int i = int(rng.bounded(int(data.sessions.size())));
            Session &s = data.sessions[i];
            if (move % 13 == 12) {
                checker.removeSession(s.meta.id);
                s.meta.deleted = true;
                continue;
            }
            s.roomId = data.rooms.at(int(rng.bounded(int(data.rooms.size())))).meta.id;
            s.start = (s.start.isValid() ? s.start : data.sessions.first().start)
                          .addSecs(qint64(5 * 60) * (int(rng.bounded(25)) - 12));
            if (rng.bounded(10) == 0)
                s.start = QDateTime(); // unscheduled
            if (rng.bounded(4) == 0 && !data.speakers.isEmpty())
                s.speakerIds = {data.speakers.at(int(rng.bounded(int(data.speakers.size())))).meta.id};
            checker.updateSession(s);
            if (move % 10 == 9)
                expectSameFindings(data, checker.all(), u"seed %1, after move %2"_s.arg(seed).arg(move));
        }
        expectSameFindings(data, ConflictChecker(data).all(), u"seed %1, full check after moves"_s.arg(seed));
    }
    // The schedules must reach every rule, or the comparison proves little.
    for (ConflictRule rule : allConflictRules())
        EXPECT_GE(seen.value(int(rule)), 5) << conflictRuleName(rule).toStdString();
}

} // namespace
