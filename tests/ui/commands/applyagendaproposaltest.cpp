// Command::applyAgendaProposal with a real workspace and the storage thread: one undo step, re-checked at
// write time, invalid items never written.
#include "commands/command.h"
#include "support/agendafixture.h"
#include "support/guifixture.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using namespace EventDesk::Test;

namespace
{

class ApplyAgendaProposalTest : public GuiFixture
{
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        m_ids = writeAgendaEvent(m_probe);
    }
    CheckedProposal check(const QString &placements, const QString &newSessions = {})
    {
        auto p = AgendaProposal::parse(u"{\"summary\": \"s\", \"placements\": ["_s + placements +
                                       u"], \"new_sessions\": ["_s + newSessions + u"]}"_s);
        EXPECT_TRUE(p);
        return ProposalChecker::check(ScheduleData::load(m_probe, m_ids.event).value(), p.value());
    }
    static QString placement(const QUuid &session, const QUuid &room, const QString &start, int minutes = 30)
    {
        return uR"({"session": "%1", "room": "%2", "start": "2026-05-04T%3", "duration_minutes": %4})"_s
            .arg(prefix(session), prefix(room), start)
            .arg(minutes);
    }
    Result<AgendaApplyOutcome> apply(const QList<ProposalItem> &items)
    {
        std::optional<Result<AgendaApplyOutcome>> result;
        Command::applyAgendaProposal(m_ids.event, items, &m_context,
                                     [&](const Result<AgendaApplyOutcome> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        return result.value_or(Error{});
    }
    Session session(const QUuid &id) { return m_probe.get<Session>(id).value(); }
    void waitIdle()
    {
        ASSERT_TRUE(QTest::qWaitFor([] { return !Command::isBusy(); }, 10000));
    }

    AgendaEvent m_ids;
    QObject m_context;
};

} // namespace

TEST_F(ApplyAgendaProposalTest, AValidProposalIsOneUndoStepThatUndoesAndRedoes)
{
    const CheckedProposal c = check(
        placement(m_ids.qtQuick, m_ids.mainHall, u"10:00"_s, 45) + u","_s +
            placement(m_ids.opening, m_ids.roomB, u"09:00"_s),
        uR"({"title": "Lunch", "type": "break", "room": "b2cafe00", "start": "2026-05-04T12:00", "duration_minutes": 60})"_s);
    ASSERT_EQ(c.validCount(), 3) << c.problems().join(u' ').toStdString();
    const qint64 sessionsBefore = m_probe.count<Session>(m_ids.event).value();
    auto outcome = apply(c.items);
    ASSERT_TRUE(outcome) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome.value().applied.size(), 3);
    EXPECT_TRUE(outcome.value().refused.isEmpty());
    EXPECT_EQ(m_undo.count(), 1);
    EXPECT_EQ(session(m_ids.qtQuick).roomId, m_ids.mainHall);
    EXPECT_EQ(session(m_ids.qtQuick).start, berlin(10));
    EXPECT_EQ(session(m_ids.opening).roomId, m_ids.roomB);
    const QUuid lunch = c.items[2].session.meta.id;
    EXPECT_EQ(session(lunch).title, u"Lunch"_s);
    EXPECT_EQ(m_probe.count<Session>(m_ids.event).value(), sessionsBefore + 1);

    Command::undo();
    waitIdle();
    EXPECT_EQ(m_undo.index(), 0);
    EXPECT_FALSE(session(m_ids.qtQuick).start.isValid());
    EXPECT_TRUE(session(m_ids.qtQuick).roomId.isNull());
    EXPECT_EQ(session(m_ids.opening).roomId, m_ids.mainHall);
    EXPECT_EQ(session(m_ids.opening).start, berlin(9));
    EXPECT_TRUE(session(lunch).meta.deleted);
    EXPECT_EQ(m_probe.count<Session>(m_ids.event).value(), sessionsBefore);

    Command::redo();
    waitIdle();
    EXPECT_EQ(m_undo.index(), 1);
    EXPECT_EQ(session(m_ids.qtQuick).roomId, m_ids.mainHall);
    EXPECT_EQ(session(m_ids.opening).roomId, m_ids.roomB);
    EXPECT_FALSE(session(lunch).meta.deleted);
}

TEST_F(ApplyAgendaProposalTest, AnUnknownIdAndAClashApplyOnlyTheValidItems)
{
    const CheckedProposal c = check(
        uR"({"session": "deadbeef", "room": "%1", "start": "2026-05-04T11:00", "duration_minutes": 30},)"_s
            .arg(prefix(m_ids.mainHall)) +
        placement(m_ids.cmake, m_ids.roomB, u"10:00"_s) + u","_s +
        placement(m_ids.tests, m_ids.roomB, u"10:15"_s) + u","_s +
        placement(m_ids.qtQuick, m_ids.mainHall, u"10:00"_s, 45));
    ASSERT_EQ(c.items.size(), 4);
    ASSERT_EQ(c.validCount(), 1);
    auto outcome = apply(c.items); // the invalid ones too: they must never be written
    ASSERT_TRUE(outcome) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome.value().applied, QList<QUuid>{m_ids.qtQuick});
    EXPECT_EQ(outcome.value().refused.size(), 3);
    EXPECT_EQ(session(m_ids.qtQuick).roomId, m_ids.mainHall);
    EXPECT_FALSE(session(m_ids.cmake).start.isValid());
    EXPECT_FALSE(session(m_ids.tests).start.isValid());
    EXPECT_EQ(m_undo.count(), 1);
}

TEST_F(ApplyAgendaProposalTest, ASessionChangedSinceTheCheckIsRefusedAndNothingIsWritten)
{
    const CheckedProposal c = check(placement(m_ids.cmake, m_ids.roomB, u"10:00"_s));
    ASSERT_EQ(c.validCount(), 1);
    Session changed = session(m_ids.cmake);
    changed.title = u"CMake tricks"_s;
    ASSERT_TRUE(m_probe.update(changed));
    auto outcome = apply(c.items);
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().message,
              u"None of the chosen items could be applied. “CMake tips” was changed since "
              u"the proposal was checked, so it was left as it is."_s);
    EXPECT_EQ(m_undo.count(), 0);
    EXPECT_FALSE(session(m_ids.cmake).start.isValid());
}
