// The dashboard's numbers against the records the test wrote, counted again here (and by plain SQL), not
// with the code under test.
#include "dashboard/dashboardstats.h"

#include "storage/eventstore.h"
#include "support/rawsqlite.h"
#include "support/tempworkspace.h"

#include <QMap>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{

const QDate kDay1(2027, 3, 10);

class DashboardStatsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_ws.path()));
        Event e;
        e.name = u"Dash Conf"_s;
        e.timeZone = u"Asia/Shanghai"_s; // UTC+8 all year
        e.startDate = kDay1;
        e.endDate = kDay1.addDays(1);
        e.dayStart = QTime(9, 0);
        e.dayEnd = QTime(17, 0);
        e.capacity = 30;
        m_event = m_store.add(e).value();
        Event other = e;
        other.name = u"Other Conf"_s;
        m_other = m_store.add(other).value().meta.id;
    }
    QUuid addTicket(const QString &name, std::optional<int> quota)
    {
        TicketType t;
        t.eventId = m_event.meta.id;
        t.name = name;
        t.quota = quota;
        return m_store.add(t).value().meta.id;
    }
    Room addRoom(const QString &name, int capacity, const QList<TimeWindow> &availability = {})
    {
        Room r;
        r.eventId = m_event.meta.id;
        r.name = name;
        r.capacity = capacity;
        r.availability = availability;
        return m_store.add(r).value();
    }
    QDateTime local(QDate day, int hour, int minute = 0) const
    {
        return QDateTime(day, QTime(hour, minute), QTimeZone("Asia/Shanghai"));
    }
    void addSession(const QString &title, const QUuid &room, const QDateTime &start, int minutes,
                    int expected)
    {
        Session s;
        s.eventId = m_event.meta.id;
        s.title = title;
        s.roomId = room;
        s.start = start;
        s.durationMinutes = minutes;
        s.expectedAttendance = expected;
        ASSERT_TRUE(m_store.add(s));
    }

    EventDesk::Test::TempWorkspace m_ws;
    EventStore m_store;
    Event m_event;
    QUuid m_other;
};

} // namespace

TEST_F(DashboardStatsTest, RegistrationsAreCountedByStatusTicketQuotaAndDayInTheEventsTimeZone)
{
    const QUuid standard = addTicket(u"Standard"_s, 10);
    const QUuid vip = addTicket(u"VIP"_s, 2);
    const QUuid free = addTicket(u"Free"_s, std::nullopt);
    const QList<QUuid> tickets{standard, vip, free, QUuid()};
    const QList<ParticipantStatus> statuses{ParticipantStatus::Confirmed, ParticipantStatus::Pending,
                                            ParticipantStatus::Waitlisted, ParticipantStatus::Cancelled,
                                            ParticipantStatus::CheckedIn};
    // Every five hours from 15:30 UTC (23:30 in Shanghai): days are counted in the event's time zone.
    const QDateTime first(QDate(2027, 1, 1), QTime(15, 30), Qt::UTC);
    QList<Participant> people;
    for (int i = 0; i < 57; ++i) {
        Participant p;
        p.eventId = m_event.meta.id;
        p.name = u"P%1"_s.arg(i);
        p.email = u"p%1@example.org"_s.arg(i);
        p.status = statuses.at(i % statuses.size());
        p.ticketTypeId = tickets.at(i % tickets.size());
        p.meta.createdUtc = first.addSecs(qint64(i) * 5 * 3600);
        people.append(p);
    }
    auto added = m_store.addMany(people, {}, EventStore::CreatedTime::AsGiven);
    ASSERT_TRUE(added) << added.error().detail.toStdString();
    // One deleted registration and one of another event are not counted.
    const auto live = m_store.list<Participant>(m_event.meta.id).value();
    const Participant removed = live.first();
    ASSERT_TRUE(m_store.remove<Participant>(removed.meta.id));
    Participant elsewhere = people.first();
    elsewhere.eventId = m_other;
    elsewhere.ticketTypeId = QUuid();
    ASSERT_TRUE(m_store.add(elsewhere));

    // The oracle: the same records, counted here.
    QList<Participant> counted;
    for (const Participant &p : live)
        if (p.meta.id != removed.meta.id)
            counted.append(p);
    ASSERT_EQ(counted.size(), 56);
    QMap<QDate, qint64> perDay;
    QHash<int, qint64> perStatus;
    QHash<QUuid, qint64> perTicket, heldPerTicket;
    qint64 held = 0;
    for (const Participant &p : std::as_const(counted)) {
        perDay[p.meta.createdUtc.toUTC().addSecs(8 * 3600).date()] += 1; // UTC+8 by hand
        perStatus[int(p.status)] += 1;
        if (p.status != ParticipantStatus::Cancelled)
            perTicket[p.ticketTypeId] += 1;
        if (p.status == ParticipantStatus::Confirmed || p.status == ParticipantStatus::CheckedIn) {
            heldPerTicket[p.ticketTypeId] += 1;
            ++held;
        }
    }

    auto result = DashboardStats::compute(m_store, m_event.meta.id);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    const DashboardStats &stats = result.value();
    EXPECT_EQ(stats.registrations, 56);

    // By status, also against plain SQL.
    EventDesk::Test::RawSqlite raw(m_ws.path());
    ASSERT_TRUE(raw.isOpen());
    const auto rows =
        raw.rows(u"SELECT status, count(*) FROM participants WHERE deleted = 0 AND event_id = '"_s +
                 m_event.meta.id.toString(QUuid::WithoutBraces) + u"' GROUP BY status"_s);
    ASSERT_EQ(rows.size(), 5);
    for (const auto &row : rows)
        EXPECT_EQ(stats.count(participantStatusFromName(row.at(0).toString()).value()),
                  row.at(1).toLongLong())
            << row.at(0).toString().toStdString();
    ASSERT_EQ(stats.byStatus.size(), 5);
    for (const auto &s : stats.byStatus)
        EXPECT_EQ(s.count, perStatus.value(int(s.status))) << int(s.status);

    // By ticket type (not cancelled), in the order the workspace lists them, then those without one.
    ASSERT_EQ(stats.byTicket.size(), 4);
    const auto ticketTypes = m_store.list<TicketType>(m_event.meta.id).value();
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(stats.byTicket.at(i).ticketTypeId, ticketTypes.at(i).meta.id);
    EXPECT_EQ(stats.byTicket.at(3).ticketTypeId, QUuid());
    for (const auto &t : stats.byTicket)
        EXPECT_EQ(t.count, perTicket.value(t.ticketTypeId)) << t.name.toStdString();

    // Quotas: the event's capacity, then each ticket type with one.
    ASSERT_EQ(stats.quotas.size(), 3);
    EXPECT_EQ(stats.quotas.at(0).ticketTypeId, QUuid());
    EXPECT_EQ(stats.quotas.at(0).quota, 30);
    EXPECT_EQ(stats.quotas.at(0).held, held);
    EXPECT_EQ(stats.quotas.at(1).ticketTypeId, standard);
    EXPECT_EQ(stats.quotas.at(1).quota, 10);
    EXPECT_EQ(stats.quotas.at(1).held, heldPerTicket.value(standard));
    EXPECT_EQ(stats.quotas.at(2).ticketTypeId, vip);
    EXPECT_EQ(stats.quotas.at(2).held, heldPerTicket.value(vip));

    // Over time: every day from the first to the last, cumulative.
    ASSERT_FALSE(stats.registrationsByDay.isEmpty());
    EXPECT_EQ(stats.registrationsByDay.first().date, perDay.firstKey());
    EXPECT_EQ(stats.registrationsByDay.last().date, perDay.lastKey());
    EXPECT_EQ(stats.registrationsByDay.size(), perDay.firstKey().daysTo(perDay.lastKey()) + 1);
    qint64 total = 0;
    for (const auto &d : stats.registrationsByDay) {
        total += perDay.value(d.date);
        EXPECT_EQ(d.registrations, perDay.value(d.date)) << d.date.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(d.cumulative, total);
    }
    EXPECT_EQ(total, 56);
}

TEST_F(DashboardStatsTest, RoomUseDayFillAndConflictsFollowTheSchedule)
{
    // Room B is open on the first day from 13:00 to 17:00 only (two overlapping windows, counted once).
    const Room a = addRoom(u"A"_s, 100);
    const Room b =
        addRoom(u"B"_s, 50, {{local(kDay1, 13), local(kDay1, 16)}, {local(kDay1, 15), local(kDay1, 17)}});
    addSession(u"Keynote"_s, a.meta.id, local(kDay1, 9), 60, 120); // over capacity
    addSession(u"Talk"_s, a.meta.id, local(kDay1, 10), 30, 80);
    addSession(u"Workshop"_s, b.meta.id, local(kDay1, 13), 90, 40);
    addSession(u"Clash"_s, b.meta.id, local(kDay1, 13, 30), 30, 10);           // double-books B
    addSession(u"Late"_s, a.meta.id, local(kDay1.addDays(1), 16, 30), 60, 30); // half after hours
    addSession(u"Unplaced"_s, QUuid(), QDateTime(), 45, 0);

    auto result = DashboardStats::compute(m_store, m_event.meta.id);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    const DashboardStats &stats = result.value();
    EXPECT_EQ(stats.sessions, 6);
    EXPECT_EQ(stats.scheduledSessions, 5);

    ASSERT_EQ(stats.rooms.size(), 2);
    const auto &roomA = stats.rooms.at(stats.rooms.at(0).roomId == a.meta.id ? 0 : 1);
    const auto &roomB = stats.rooms.at(stats.rooms.at(0).roomId == a.meta.id ? 1 : 0);
    EXPECT_EQ(roomA.capacity, 100);
    EXPECT_EQ(roomA.sessions, 3);
    EXPECT_EQ(roomA.peakAttendance, 120);
    EXPECT_DOUBLE_EQ(roomA.meanAttendance, (120 + 80 + 30) / 3.0);
    EXPECT_EQ(roomA.overCapacity, 1);
    EXPECT_EQ(roomB.sessions, 2);
    EXPECT_EQ(roomB.peakAttendance, 40);
    EXPECT_EQ(roomB.overCapacity, 0);

    // Day 1: A's 8 hours and B's 4; 60 + 30 + 90 + 30 minutes scheduled. Day 2: A only; 30 minutes before
    // 17:00.
    ASSERT_EQ(stats.days.size(), 2);
    EXPECT_EQ(stats.days.at(0).date, kDay1);
    EXPECT_EQ(stats.days.at(0).availableMinutes, 480 + 240);
    EXPECT_EQ(stats.days.at(0).scheduledMinutes, 210);
    EXPECT_DOUBLE_EQ(stats.days.at(0).fill(), 210.0 / 720);
    EXPECT_EQ(stats.days.at(1).availableMinutes, 480);
    EXPECT_EQ(stats.days.at(1).scheduledMinutes, 30);

    // Conflicts by rule: one double booking, one over capacity, one outside the event's hours.
    QHash<ConflictRule, int> found;
    for (const auto &c : stats.conflicts)
        found.insert(c.rule, c.errors + c.warnings);
    EXPECT_EQ(stats.conflicts.size(), allConflictRules().size());
    EXPECT_EQ(found.value(ConflictRule::RoomDoubleBooked), 1);
    EXPECT_EQ(found.value(ConflictRule::OverCapacity), 1);
    EXPECT_EQ(found.value(ConflictRule::OutsideEventHours), 1);
    EXPECT_EQ(found.value(ConflictRule::RoomUnavailable), 0);
    EXPECT_EQ(stats.conflictCount(), 3);
}

TEST_F(DashboardStatsTest, AnEmptyEventHasZerosNotGaps)
{
    auto result = DashboardStats::compute(m_store, m_event.meta.id);
    ASSERT_TRUE(result);
    EXPECT_EQ(result.value().registrations, 0);
    EXPECT_TRUE(result.value().registrationsByDay.isEmpty());
    EXPECT_EQ(result.value().byStatus.size(), 5);
    EXPECT_TRUE(result.value().byTicket.isEmpty());
    EXPECT_EQ(result.value().days.size(), 2);
    EXPECT_EQ(result.value().days.at(0).availableMinutes, 0);
    EXPECT_EQ(result.value().conflictCount(), 0);
}
