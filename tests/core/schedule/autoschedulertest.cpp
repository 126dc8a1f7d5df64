// The auto-scheduler against a brute-force oracle written here (independent of the solver), its reasons for
// sessions it cannot place, pinned sessions, determinism, the conflict engine, and re-planning.
#include "schedule/autoscheduler.h"
#include "schedule/cbcsolver.h"
#include "schedule/conflictchecker.h"
#include "schedule/schedulegenerator.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

QDateTime utc(int h, int m, QDate date = QDate(2026, 6, 10))
{
    return QDateTime(date, QTime(h, m), QTimeZone::utc());
}

ScheduleData smallEvent(QTime dayEnd = QTime(11, 0))
{
    ScheduleData d;
    d.event.meta.id = QUuid::createUuid();
    d.event.name = u"Small"_s;
    d.event.timeZone = u"UTC"_s;
    d.event.startDate = QDate(2026, 6, 10);
    d.event.endDate = QDate(2026, 6, 10);
    d.event.dayStart = QTime(9, 0);
    d.event.dayEnd = dayEnd;
    d.event.changeoverMinutes = 15;
    return d;
}

QUuid addRoom(ScheduleData &d, const QString &name, int capacity)
{
    Room r;
    r.meta.id = QUuid::createUuid();
    r.eventId = d.event.meta.id;
    r.name = name;
    r.capacity = capacity;
    d.rooms.append(r);
    return r.meta.id;
}

QUuid addSpeaker(ScheduleData &d, const QString &name)
{
    Speaker s;
    s.meta.id = QUuid::createUuid();
    s.eventId = d.event.meta.id;
    s.name = name;
    d.speakers.append(s);
    return s.meta.id;
}

Session &addSession(ScheduleData &d, const QString &title, int minutes, int attendance = 0)
{
    Session s;
    s.meta.id = QUuid::createUuid();
    s.eventId = d.event.meta.id;
    s.title = title;
    s.durationMinutes = minutes;
    s.expectedAttendance = attendance;
    d.sessions.append(s);
    return d.sessions.last();
}

ScheduleData applied(ScheduleData d, const AutoScheduleResult &result)
{
    for (const auto &c : result.changes)
        for (Session &s : d.sessions)
            if (s.meta.id == c.session) {
                s.roomId = c.room;
                s.start = c.start;
            }
    return d;
}

// The oracle: every assignment of the sessions to (room, start on the grid) or "unplaced", with the rules
// written again here. Returns the most sessions that fit together and, among those, the least popularity
// cost (attendance × (largest − room capacity) / largest / 10).
struct OracleAnswer {
    int placed = -1;
    double popularity = 0;
};
OracleAnswer oracle(const ScheduleData &d, int step)
{
    struct Place {
        int room;
        qint64 start;
    };
    const qint64 dayStart = utc(9, 0).toSecsSinceEpoch() / 60;
    const qint64 dayEnd =
        QDateTime(d.event.startDate, d.event.dayEnd, QTimeZone::utc()).toSecsSinceEpoch() / 60;
    int largest = 0;
    for (const Room &r : d.rooms)
        largest = qMax(largest, r.capacity);
    const int n = int(d.sessions.size());
    QList<std::optional<Place>> chosen(n);
    OracleAnswer best;
    std::function<void(int, int, double)> go = [&](int i, int placed, double cost) {
        if (placed + (n - i) < best.placed)
            return;
        if (i == n) {
            if (placed > best.placed || (placed == best.placed && cost < best.popularity - 1e-9))
                best = {placed, cost};
            return;
        }
        const Session &s = d.sessions.at(i);
        for (int r = 0; r < d.rooms.size(); ++r) {
            if (s.expectedAttendance > d.rooms.at(r).capacity)
                continue;
            if (!s.allowedRoomIds.isEmpty() && !s.allowedRoomIds.contains(d.rooms.at(r).meta.id))
                continue;
            for (qint64 t = dayStart; t + s.durationMinutes <= dayEnd; t += step) {
                bool allowedNow = s.allowedTimes.isEmpty();
                for (const TimeWindow &w : s.allowedTimes)
                    if (w.start.toSecsSinceEpoch() / 60 <= t &&
                        t + s.durationMinutes <= w.end.toSecsSinceEpoch() / 60)
                        allowedNow = true;
                if (!allowedNow)
                    continue;
                bool ok = true;
                for (int j = 0; j < i && ok; ++j) {
                    if (!chosen[j])
                        continue;
                    const Session &o = d.sessions.at(j);
                    const qint64 os = chosen[j]->start, oe = os + o.durationMinutes,
                                 e = t + s.durationMinutes;
                    const bool overlap = t < oe && os < e;
                    // One room: apart by the room changeover at least (0: back to back is fine).
                    if (chosen[j]->room == r && t < oe + d.event.roomChangeoverMinutes &&
                        os < e + d.event.roomChangeoverMinutes)
                        ok = false;
                    for (const QUuid &sp : s.speakerIds) {
                        if (!o.speakerIds.contains(sp))
                            continue;
                        if (overlap)
                            ok = false;
                        else if (qMax(t - oe, os - e) < d.event.changeoverMinutes) // also in one room
                            ok = false;
                    }
                }
                if (!ok)
                    continue;
                chosen[i] = Place{r, t};
                go(i + 1, placed + 1,
                   cost + double(s.expectedAttendance) * (largest - d.rooms.at(r).capacity) / largest / 10.0);
                chosen[i].reset();
            }
        }
        go(i + 1, placed, cost);
    };
    go(0, 0, 0);
    return best;
}

TEST(AutoSchedulerTest, SmallInstancesMatchBruteForce)
{
    QRandomGenerator rng(7);
    for (int round = 0; round < 12; ++round) {
        ScheduleData d = smallEvent(QTime(10, 30 + 15 * int(rng.bounded(3))));
        addRoom(d, u"Hall"_s, 100);
        addRoom(d, u"Lab"_s, 30 + 10 * int(rng.bounded(4)));
        // Odd rounds share speakers (the score then has speaker gaps, so only the count is compared).
        const bool shared = round % 2 == 1;
        QList<QUuid> speakers;
        for (int k = 0; k < 3; ++k)
            speakers << addSpeaker(d, u"Speaker %1"_s.arg(k));
        const int n = 4 + int(rng.bounded(5)); // 4 … 8
        for (int i = 0; i < n; ++i) {
            Session &s = addSession(d, u"S%1"_s.arg(i), 15 * (1 + int(rng.bounded(4))), int(rng.bounded(90)));
            if (shared)
                s.speakerIds = {speakers.at(int(rng.bounded(3)))};
        }
        // From round 6 on, the schema-8 rules too (their own generator, so the first rounds stay as they
        // were): a room changeover, sessions allowed only in the Lab, sessions allowed only in a window.
        if (round >= 6) {
            QRandomGenerator extra(100 + round);
            d.event.roomChangeoverMinutes = 15 * int(extra.bounded(2));
            for (Session &s : d.sessions) {
                if (extra.bounded(3) == 0)
                    s.allowedRoomIds = {d.rooms.last().meta.id};
                if (extra.bounded(3) == 0) {
                    const int from = 15 * int(extra.bounded(4));
                    s.allowedTimes = {{utc(9, 0).addSecs(from * 60), utc(9, 0).addSecs((from + 75) * 60)}};
                }
            }
        }
        AutoScheduleOptions options;
        options.stepMinutes = 15;
        options.timeLimitSeconds = 20;
        const AutoScheduleResult result = AutoScheduler::run(d, options);
        const OracleAnswer expected = oracle(d, 15);
        SCOPED_TRACE(round);
        EXPECT_EQ(result.report.placed, expected.placed);
        EXPECT_EQ(result.report.unplaced.size(), n - expected.placed);
        if (!shared) {
            EXPECT_NEAR(result.report.score.popularity, expected.popularity, 1e-6);
            if (result.report.unplaced.isEmpty()) {
                EXPECT_EQ(result.report.status, AutoScheduleReport::Status::Optimal);
            }
        }
        EXPECT_EQ(ConflictChecker(applied(d, result)).count(Severity::Error), 0);
        EXPECT_EQ(ConflictChecker(applied(d, result)).count(Severity::Warning), 0);
    }
}

TEST(AutoSchedulerTest, SpeakerWithoutEnoughHoursIsExplained)
{
    ScheduleData d = smallEvent(QTime(17, 0));
    addRoom(d, u"Hall"_s, 100);
    const QUuid ada = addSpeaker(d, u"Ada Lovelace"_s);
    d.speakers.last().availability = {{utc(9, 0), utc(11, 15)}};
    for (int i = 0; i < 3; ++i)
        addSession(d, u"Talk %1"_s.arg(i), 60).speakerIds = {ada};
    const AutoScheduleResult result = AutoScheduler::run(d, AutoScheduleOptions());
    EXPECT_EQ(result.report.status, AutoScheduleReport::Status::Infeasible);
    ASSERT_EQ(result.report.unplaced.size(), 1);
    EXPECT_EQ(result.report.unplaced.first().reason,
              u"Speaker Ada Lovelace has 3 h of sessions but 2 h 15 min of availability."_s);
    EXPECT_EQ(result.report.placed, 2);
}

TEST(AutoSchedulerTest, TooLargeForEveryRoomIsExplained)
{
    ScheduleData d = smallEvent();
    addRoom(d, u"Hall"_s, 100);
    addSession(d, u"Keynote"_s, 30, 250);
    const AutoScheduleResult result = AutoScheduler::run(d, AutoScheduleOptions());
    ASSERT_EQ(result.report.unplaced.size(), 1);
    EXPECT_EQ(result.report.unplaced.first().reason,
              u"“Keynote” expects 250 people but the largest room it may use seats 100."_s);
}

TEST(AutoSchedulerTest, FullRoomIsExplained)
{
    ScheduleData d = smallEvent(QTime(10, 0));
    addRoom(d, u"Lab 1"_s, 100);
    addSession(d, u"First"_s, 60);
    addSession(d, u"Workshop X"_s, 60);
    const AutoScheduleResult result = AutoScheduler::run(d, AutoScheduleOptions());
    ASSERT_EQ(result.report.unplaced.size(), 1);
    EXPECT_TRUE(result.report.unplaced.first().reason.startsWith(u"Every room is full"_s))
        << result.report.unplaced.first().reason.toStdString();
}

TEST(AutoSchedulerTest, AWorkshopAllowedOnlyInTheLabLandsThere)
{
    ScheduleData d = smallEvent(QTime(12, 0));
    const QUuid hall = addRoom(d, u"Hall"_s, 100);
    const QUuid lab = addRoom(d, u"Lab 1"_s, 30);
    // Popular enough that the score would rather have it in the Hall.
    addSession(d, u"Workshop X"_s, 60, 25).allowedRoomIds = {lab};
    addSession(d, u"Talk"_s, 30, 10);
    const AutoScheduleResult result = AutoScheduler::run(d, AutoScheduleOptions());
    ASSERT_TRUE(result.report.unplaced.isEmpty());
    for (const auto &c : result.changes)
        if (c.session == d.sessions.first().meta.id) {
            EXPECT_EQ(c.room, lab);
        }
    EXPECT_TRUE(ConflictChecker(applied(d, result)).all().isEmpty());

    // With the rule off the allowed rooms are no constraint: the Hall is better for it.
    d.event.conflictRules = {{u"room-not-allowed"_s, u"off"_s}};
    const AutoScheduleResult free = AutoScheduler::run(d, AutoScheduleOptions());
    for (const auto &c : free.changes)
        if (c.session == d.sessions.first().meta.id) {
            EXPECT_EQ(c.room, hall);
        }
}

TEST(AutoSchedulerTest, AllowedTimeWindowsAreRespected)
{
    ScheduleData d = smallEvent(QTime(17, 0));
    d.event.endDate = d.event.startDate.addDays(1);
    addRoom(d, u"Hall"_s, 100);
    addRoom(d, u"Lab 1"_s, 100);
    const QDate second = d.event.endDate;
    addSession(d, u"Afternoon"_s, 60).allowedTimes = {{utc(14, 0), utc(16, 0)}};
    addSession(d, u"Day two"_s, 45).allowedTimes = {{utc(9, 0, second), utc(17, 0, second)}};
    addSession(d, u"Two windows"_s, 30).allowedTimes = {{utc(9, 0), utc(9, 20)}, {utc(15, 30), utc(16, 0)}};
    for (int i = 0; i < 6; ++i)
        addSession(d, u"Any %1"_s.arg(i), 60);
    const AutoScheduleResult result = AutoScheduler::run(d, AutoScheduleOptions());
    ASSERT_TRUE(result.report.unplaced.isEmpty());
    QHash<QUuid, QDateTime> start;
    for (const auto &c : result.changes)
        start.insert(c.session, c.start);
    EXPECT_GE(start.value(d.sessions.at(0).meta.id), utc(14, 0));
    EXPECT_LE(start.value(d.sessions.at(0).meta.id), utc(15, 0));
    EXPECT_EQ(start.value(d.sessions.at(1).meta.id).date(), second);
    EXPECT_EQ(start.value(d.sessions.at(2).meta.id), utc(15, 30));
    EXPECT_TRUE(ConflictChecker(applied(d, result)).all().isEmpty());
}

TEST(AutoSchedulerTest, TheRoomChangeoverIsKept)
{
    ScheduleData d = smallEvent(QTime(11, 0));
    d.event.roomChangeoverMinutes = 15;
    addRoom(d, u"Hall"_s, 100);
    for (int i = 0; i < 3; ++i)
        addSession(d, u"Talk %1"_s.arg(i), 30);
    const AutoScheduleResult result = AutoScheduler::run(d, AutoScheduleOptions());
    ASSERT_TRUE(result.report.unplaced.isEmpty()) << "09:00, 09:45 and 10:30 fit exactly";
    QList<QDateTime> starts;
    for (const auto &c : result.changes)
        starts << c.start;
    std::sort(starts.begin(), starts.end());
    EXPECT_EQ(starts, (QList<QDateTime>{utc(9, 0), utc(9, 45), utc(10, 30)}));
    EXPECT_TRUE(ConflictChecker(applied(d, result)).all().isEmpty());

    // Five minutes less and the third no longer fits.
    d.event.dayEnd = QTime(10, 55);
    const AutoScheduleResult tight = AutoScheduler::run(d, AutoScheduleOptions());
    ASSERT_EQ(tight.report.unplaced.size(), 1);
    EXPECT_TRUE(tight.report.unplaced.first().reason.startsWith(u"Every room is full"_s))
        << tight.report.unplaced.first().reason.toStdString();
    EXPECT_TRUE(ConflictChecker(applied(d, tight)).all().isEmpty());
}

TEST(AutoSchedulerTest, AWorkshopWhoseOnlyRoomIsFullIsExplained)
{
    ScheduleData d = smallEvent(QTime(10, 0));
    d.event.endDate = d.event.startDate.addDays(1);
    addRoom(d, u"Hall"_s, 100);
    const QUuid lab = addRoom(d, u"Lab 1"_s, 30);
    for (const QDate day : {d.event.startDate, d.event.endDate}) {
        Session &pinned = addSession(d, u"Soldering"_s, 60);
        pinned.roomId = lab;
        pinned.start = utc(9, 0, day);
        pinned.pinned = true;
    }
    addSession(d, u"Workshop X"_s, 60).allowedRoomIds = {lab};
    const AutoScheduleResult result = AutoScheduler::run(d, AutoScheduleOptions());
    EXPECT_EQ(result.report.status, AutoScheduleReport::Status::Infeasible);
    ASSERT_EQ(result.report.unplaced.size(), 1);
    EXPECT_EQ(result.report.unplaced.first().reason,
              u"“Workshop X” is allowed only in Lab 1, which is full on both days."_s);

    // Two allowed rooms, both full; then only the first day's morning, when they are full too.
    const QUuid lab2 = addRoom(d, u"Lab 2"_s, 30);
    for (const QDate day : {d.event.startDate, d.event.endDate}) {
        Session &pinned = addSession(d, u"Robotics"_s, 60);
        pinned.roomId = lab2;
        pinned.start = utc(9, 0, day);
        pinned.pinned = true;
    }
    Session &workshop = *std::find_if(d.sessions.begin(), d.sessions.end(),
                                      [](const Session &s) { return s.title == u"Workshop X"; });
    workshop.allowedRoomIds = {lab, lab2};
    const QString labs =
        QLocale().createSeparatedList({u"Lab 1"_s, u"Lab 2"_s}); // "Lab 1 and Lab 2" in English
    AutoScheduleResult two = AutoScheduler::run(d, AutoScheduleOptions());
    ASSERT_EQ(two.report.unplaced.size(), 1);
    EXPECT_EQ(two.report.unplaced.first().reason,
              u"“Workshop X” is allowed only in %1, which are all full on both days."_s.arg(labs))
        << two.report.unplaced.first().reason.toStdString();
    workshop.allowedTimes = {{utc(9, 0), utc(10, 0)}};
    two = AutoScheduler::run(d, AutoScheduleOptions());
    ASSERT_EQ(two.report.unplaced.size(), 1);
    EXPECT_EQ(
        two.report.unplaced.first().reason,
        u"“Workshop X” is allowed only in %1 and only at Wed 10 Jun 09:00–10:00, and those rooms are full "
        "then."_s.arg(labs))
        << two.report.unplaced.first().reason.toStdString();
}

TEST(AutoSchedulerTest, AllowedTimesThatCannotBeMetAreExplained)
{
    ScheduleData d = smallEvent(QTime(17, 0));
    addRoom(d, u"Hall"_s, 100);
    addSession(d, u"Evening"_s, 30).allowedTimes = {{utc(18, 0), utc(19, 0)}};
    addSession(d, u"Keynote"_s, 60).pinned = true;
    d.sessions.last().roomId = d.rooms.first().meta.id;
    d.sessions.last().start = utc(14, 0);
    addSession(d, u"Sponsor talk"_s, 30).allowedTimes = {{utc(14, 0), utc(15, 0)}};
    const AutoScheduleResult result = AutoScheduler::run(d, AutoScheduleOptions());
    ASSERT_EQ(result.report.unplaced.size(), 2);
    QHash<QString, QString> reasons;
    for (const auto &u : result.report.unplaced)
        reasons.insert(u.title, u.reason);
    EXPECT_EQ(
        reasons.value(u"Evening"_s),
        u"“Evening” is allowed only at Wed 10 Jun 18:00–19:00, which leaves no 30 min within the event's "
        "days and hours."_s);
    EXPECT_EQ(reasons.value(u"Sponsor talk"_s),
              u"“Sponsor talk” is allowed only at Wed 10 Jun 14:00–15:00, and every room it may use is full "
              "then."_s);
}

ScheduleData generated(int sessions, int rooms, bool scheduled)
{
    ScheduleGenerator::Options o;
    o.sessions = sessions;
    o.rooms = rooms;
    o.days = 1;
    o.speakers = sessions / 2;
    o.tracks = rooms;
    ScheduleData d = ScheduleGenerator::generate(o);
    if (!scheduled)
        for (Session &s : d.sessions) {
            s.start = {};
            s.roomId = {};
        }
    return d;
}

TEST(AutoSchedulerTest, ResultsPassTheConflictEngineAndRepeatForASeed)
{
    const ScheduleData d = generated(80, 6, false);
    AutoScheduleOptions options;
    options.seed = 42;
    options.timeLimitSeconds = 3;
    options.useSolver = false; // the heuristic alone is deterministic whatever the machine's speed
    const AutoScheduleResult a = AutoScheduler::run(d, options);
    const AutoScheduleResult b = AutoScheduler::run(d, options);
    ASSERT_EQ(a.changes.size(), b.changes.size());
    for (int i = 0; i < a.changes.size(); ++i) {
        EXPECT_EQ(a.changes.at(i).session, b.changes.at(i).session);
        EXPECT_EQ(a.changes.at(i).room, b.changes.at(i).room);
        EXPECT_EQ(a.changes.at(i).start, b.changes.at(i).start);
    }
    EXPECT_TRUE(a.report.unplaced.isEmpty());
    EXPECT_EQ(a.changes.size(), 80);
    EXPECT_TRUE(ConflictChecker(applied(d, a)).all().isEmpty());

    options.useSolver = true;
    const AutoScheduleResult solved = AutoScheduler::run(d, options);
    EXPECT_TRUE(solved.report.unplaced.isEmpty());
    EXPECT_TRUE(ConflictChecker(applied(d, solved)).all().isEmpty());
    EXPECT_LE(solved.report.score.total(), solved.report.greedyScore.total() + 1e-9);
}

TEST(AutoSchedulerTest, PinnedSessionsStayAndOthersPlanAround)
{
    ScheduleData d = smallEvent(QTime(10, 0));
    const QUuid hall = addRoom(d, u"Hall"_s, 100);
    Session &pinned = addSession(d, u"Pinned"_s, 30);
    pinned.roomId = hall;
    pinned.start = utc(9, 0);
    pinned.pinned = true;
    addSession(d, u"Other"_s, 30);
    AutoScheduleOptions options;
    options.scope = AutoScheduleOptions::Scope::Replan;
    const AutoScheduleResult result = AutoScheduler::run(d, options);
    ASSERT_EQ(result.changes.size(), 1);
    EXPECT_EQ(result.changes.first().session, d.sessions.last().meta.id);
    EXPECT_EQ(result.changes.first().start, utc(9, 30));
}

TEST(AutoSchedulerTest, ReplanningMovesNothingThenOnlyTheClosedRoomsSessions)
{
    const ScheduleData start = generated(60, 5, false);
    AutoScheduleOptions options;
    options.timeLimitSeconds = 3;
    const AutoScheduleResult first = AutoScheduler::run(start, options);
    ASSERT_TRUE(first.report.unplaced.isEmpty());
    ScheduleData planned = applied(start, first);
    ASSERT_TRUE(ConflictChecker(planned).all().isEmpty());

    options.scope = AutoScheduleOptions::Scope::Replan;
    const AutoScheduleResult again = AutoScheduler::run(planned, options);
    EXPECT_TRUE(again.changes.isEmpty());
    EXPECT_EQ(again.report.moved, 0);

    // Room 1 closes after lunch: only the sessions it had then move.
    Room &closing = planned.rooms.first();
    const QDateTime day = QDateTime(planned.event.startDate, QTime(0, 0), QTimeZone("Europe/Brussels"));
    closing.availability = {{day.addSecs(9 * 3600), day.addSecs(13 * 3600)}};
    QSet<QUuid> mustMove;
    for (const Session &s : planned.sessions)
        if (s.roomId == closing.meta.id && s.end() > day.addSecs(13 * 3600))
            mustMove.insert(s.meta.id);
    ASSERT_FALSE(mustMove.isEmpty());
    const AutoScheduleResult replanned = AutoScheduler::run(planned, options);
    EXPECT_TRUE(replanned.report.unplaced.isEmpty());
    QSet<QUuid> moved;
    for (const auto &c : replanned.changes)
        moved.insert(c.session);
    EXPECT_EQ(moved, mustMove);
    EXPECT_TRUE(ConflictChecker(applied(planned, replanned)).all().isEmpty());
}

} // namespace

// CBC is loaded at run time on Linux (core/CMakeLists.txt): it is there, and it solves. Two slots for one
// session, the cheaper one wins; the unplaced column costs most.
TEST(AutoSchedulerTest, CbcIsLoadedAndSolves)
{
    ASSERT_TRUE(CbcSolver::isAvailable()) << CbcSolver::name().toStdString();
    EXPECT_TRUE(CbcSolver::name().startsWith(u"COIN-OR CBC 2."_s)) << CbcSolver::name().toStdString();
    MipModel model;
    model.columns = {{0, Slot{0, 0}, 5.0}, {0, Slot{1, 0}, 1.0}, {0, Slot{}, 100.0}};
    model.exactlyOne = {{0, 1, 2}};
    model.start = {1.0, 0.0, 0.0};
    const CbcSolver::Outcome outcome = CbcSolver::solve(model, 5.0, 1);
    ASSERT_EQ(outcome.values.size(), 3);
    EXPECT_NEAR(outcome.values.at(1), 1.0, 1e-6);
    EXPECT_TRUE(outcome.optimal);
    EXPECT_NEAR(outcome.objective, 1.0, 1e-6);
}
