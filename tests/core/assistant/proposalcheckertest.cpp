#include "assistant/proposalchecker.h"

#include "support/agendafixture.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace EventDesk::Test;
using namespace Qt::StringLiterals;

namespace
{
class ProposalCheckerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_ws.path()));
        m_ids = writeAgendaEvent(m_store);
    }
    CheckedProposal check(const QString &json)
    {
        auto proposal = AgendaProposal::parse(json);
        EXPECT_TRUE(proposal) << proposal.error().message.toStdString();
        auto data = ScheduleData::load(m_store, m_ids.event);
        EXPECT_TRUE(data);
        return ProposalChecker::check(data.value(), proposal.value());
    }
    static QString placement(const QString &session, const QString &room, const QString &start, int minutes)
    {
        return uR"({"session": "%1", "room": "%2", "start": "%3", "duration_minutes": %4})"_s
            .arg(session, room, start)
            .arg(minutes);
    }
    TempWorkspace m_ws;
    EventStore m_store;
    AgendaEvent m_ids;
};
} // namespace

TEST_F(ProposalCheckerTest, ValidPlacementsMovesAndNewSessions)
{
    const CheckedProposal c =
        check(u"{\"summary\": \"s\", \"placements\": ["_s +
              placement(prefix(m_ids.qtQuick), prefix(m_ids.mainHall), u"2026-05-04T10:00"_s, 45) + u","_s +
              placement(m_ids.opening.toString(QUuid::WithoutBraces), prefix(m_ids.roomB),
                        u"2026-05-04 09:15"_s, 30) +
              u"], \"new_sessions\": [{\"title\": \"Lunch\", \"type\": \"Break\", \"room\": \"b2cafe00\", "
              u"\"start\": \"2026-05-04T12:00\", \"duration_minutes\": 60}]}"_s);
    ASSERT_EQ(c.items.size(), 3);
    EXPECT_EQ(c.validCount(), 3) << c.problems().join(u'\n').toStdString();
    EXPECT_EQ(c.items[0].kind, ProposalItemKind::Placed);
    EXPECT_EQ(c.items[0].session.start, berlin(10)); // read in the event's time zone
    EXPECT_EQ(c.items[0].session.roomId, m_ids.mainHall);
    EXPECT_EQ(c.items[1].kind, ProposalItemKind::Moved);
    EXPECT_EQ(c.items[1].fromRoomName, u"Main Hall"_s);
    EXPECT_EQ(c.items[2].kind, ProposalItemKind::New);
    EXPECT_EQ(c.items[2].session.type, SessionType::Break);
    EXPECT_FALSE(c.items[2].session.meta.id.isNull());
    EXPECT_EQ(ProposalChecker::describe(c.items[1], QTimeZone("Europe/Berlin")),
              u"Move “Opening” from Main Hall, 2026-05-04 09:00 to Room B, 2026-05-04 09:15–09:45"_s);
}

TEST_F(ProposalCheckerTest, UnknownAndAmbiguousIdsAreItemErrors)
{
    const CheckedProposal c =
        check(u"{\"summary\": \"s\", \"placements\": ["_s +
              placement(u"deadbeef"_s, prefix(m_ids.mainHall), u"2026-05-04T10:00"_s, 30) + u","_s +
              placement(u"5"_s, prefix(m_ids.mainHall), u"2026-05-04T11:00"_s, 30) + u","_s +
              placement(prefix(m_ids.cmake), u"nowhere"_s, u"2026-05-04T12:00"_s, 30) +
              u"], \"new_sessions\": []}"_s);
    ASSERT_EQ(c.items.size(), 3);
    EXPECT_EQ(c.validCount(), 0);
    EXPECT_EQ(c.items[0].problems,
              QStringList{u"The proposal names a session “deadbeef” that this event does not have."_s});
    EXPECT_TRUE(c.items[1].problems.value(0).startsWith(u"The session id “5” matches several sessions"_s));
    EXPECT_EQ(c.items[2].problems,
              QStringList{u"The room “nowhere” given for “CMake tips” is not a room of this event."_s});
    EXPECT_EQ(c.unknownIdProblems().size(), 3);
}

TEST_F(ProposalCheckerTest, TwoSessionsInOneRoomAtOnceAreAConflictOnBoth)
{
    const CheckedProposal c =
        check(u"{\"summary\": \"s\", \"placements\": ["_s +
              placement(prefix(m_ids.cmake), prefix(m_ids.roomB), u"2026-05-04T10:00"_s, 30) + u","_s +
              placement(prefix(m_ids.tests), prefix(m_ids.roomB), u"2026-05-04T10:15"_s, 30) + u","_s +
              placement(prefix(m_ids.qtQuick), prefix(m_ids.mainHall), u"2026-05-04T09:15"_s, 45) + u"]}"_s);
    ASSERT_EQ(c.items.size(), 3);
    for (const ProposalItem &item : c.items) {
        EXPECT_FALSE(item.valid());
        EXPECT_TRUE(item.conflicting);
    }
    EXPECT_TRUE(c.items[0].problems.join(u' ').contains(u"Testing with QTest"_s));
    EXPECT_TRUE(c.items[2].problems.join(u' ').contains(u"Opening"_s)); // clashes with a stored session
}

TEST_F(ProposalCheckerTest, TimesOutsideTheEventAndBadLengths)
{
    const CheckedProposal c =
        check(u"{\"summary\": \"s\", \"placements\": ["_s +
              placement(prefix(m_ids.cmake), prefix(m_ids.roomB), u"2026-05-06T10:00"_s, 30) + u","_s +
              placement(prefix(m_ids.tests), prefix(m_ids.roomB), u"2026-05-04T17:45"_s, 30) + u","_s +
              placement(prefix(m_ids.qtQuick), prefix(m_ids.roomB), u"tomorrow"_s, 0) + u"]}"_s);
    ASSERT_EQ(c.items.size(), 3);
    EXPECT_EQ(c.items[0].problems,
              QStringList{u"“CMake tips” would start on 2026-05-06, outside the event's dates (2026-05-04 to "
                          u"2026-05-04)."_s});
    EXPECT_EQ(c.items[1].problems,
              QStringList{u"“Testing with QTest” would run from 17:45 to 18:15, outside the event's hours "
                          u"(09:00–18:00)."_s});
    EXPECT_EQ(c.items[2].problems.size(), 2);
}

TEST_F(ProposalCheckerTest, ANewSessionWithoutARoomCannotBeApplied)
{
    const CheckedProposal c = check(uR"({"summary": "s", "placements": [], "new_sessions": [{"title": "Lunch",
        "type": "break", "room": null, "start": "2026-05-04T12:00", "duration_minutes": 60}]})"_s);
    ASSERT_EQ(c.items.size(), 1);
    EXPECT_EQ(c.items[0].problems,
              QStringList{u"“Lunch” has no room; every new session needs one (a break for all "
                          u"rooms is one session per room)."_s});
}

TEST_F(ProposalCheckerTest, RecheckRefusesASessionChangedSince)
{
    const CheckedProposal c =
        check(u"{\"summary\": \"s\", \"placements\": ["_s +
              placement(prefix(m_ids.cmake), prefix(m_ids.roomB), u"2026-05-04T10:00"_s, 30) + u","_s +
              placement(prefix(m_ids.tests), prefix(m_ids.roomB), u"2026-05-04T11:00"_s, 30) + u"]}"_s);
    ASSERT_EQ(c.validCount(), 2);
    Session changed = m_store.get<Session>(m_ids.cmake).value();
    changed.title = u"CMake tricks"_s;
    ASSERT_TRUE(m_store.update(changed));
    const auto r = ProposalChecker::recheck(ScheduleData::load(m_store, m_ids.event).value(), c.items);
    ASSERT_EQ(r.applicable.size(), 1);
    EXPECT_EQ(r.applicable[0].session.meta.id, m_ids.tests);
    EXPECT_EQ(
        r.refused,
        QStringList{u"“CMake tips” was changed since the proposal was checked, so it was left as it is."_s});
}
