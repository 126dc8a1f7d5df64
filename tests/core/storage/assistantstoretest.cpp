// The assistant's conversation and proposals in the workspace (schema 7): kept across reopening, per event.
#include "storage/assistantstore.h"

#include "storage/eventstore.h"
#include "support/rawsqlite.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::RawSqlite;
using EventDesk::Test::TempWorkspace;

namespace
{

class AssistantStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_ws.isValid());
        ASSERT_TRUE(m_store.open(m_ws.path()));
        m_a = addEvent(u"Alpha"_s);
        m_b = addEvent(u"Beta"_s);
    }

    QUuid addEvent(const QString &name)
    {
        Event e;
        e.name = name;
        e.timeZone = u"Europe/Berlin"_s;
        e.startDate = QDate(2026, 6, 1);
        e.endDate = QDate(2026, 6, 1);
        auto added = m_store.add(e);
        EXPECT_TRUE(added) << added.error().message.toStdString();
        return added ? added.value().meta.id : QUuid();
    }

    TempWorkspace m_ws;
    EventStore m_store;
    QUuid m_a, m_b;
};

} // namespace

TEST_F(AssistantStoreTest, KeepsEachEventsConversationInOrderAcrossReopening)
{
    AssistantStore chat(m_store);
    const QJsonObject meta{{u"tools"_s, QJsonArray{QJsonObject{{u"name"_s, u"search_sessions"_s}}}}};
    ASSERT_TRUE(chat.append({0, m_a, u"user"_s, u"Which room is busiest?"_s, {}, {}}));
    ASSERT_TRUE(chat.append({0, m_b, u"user"_s, u"Other event"_s, {}, {}}));
    auto answer = chat.append({0, m_a, u"assistant"_s, u"**Hall A**, 12 sessions."_s, meta, {}});
    ASSERT_TRUE(answer);
    EXPECT_GT(answer.value().seq, 0);
    EXPECT_TRUE(answer.value().created.isValid());
    m_store.close();

    EventStore reopened;
    ASSERT_TRUE(reopened.open(m_ws.path()));
    AssistantStore again(reopened);
    const auto a = again.messages(m_a);
    ASSERT_TRUE(a);
    ASSERT_EQ(a.value().size(), 2);
    EXPECT_EQ(a.value().at(0).content, u"Which room is busiest?"_s);
    EXPECT_EQ(a.value().at(1).role, u"assistant"_s);
    EXPECT_EQ(a.value().at(1).meta, meta);
    EXPECT_EQ(a.value().at(1), answer.value());
    EXPECT_EQ(again.messages(m_b).value().size(), 1);

    ASSERT_TRUE(again.clearMessages(m_a));
    EXPECT_TRUE(again.messages(m_a).value().isEmpty());
    EXPECT_EQ(again.messages(m_b).value().size(), 1); // the other event's conversation stays
}

TEST_F(AssistantStoreTest, ProposalsKeepTheirPayloadAndState)
{
    AssistantStore store(m_store);
    const QJsonObject payload{{u"request"_s, u"add lunch"_s},
                              {u"answer"_s, QJsonObject{{u"summary"_s, u"Lunch at 12:30"_s}}},
                              {u"checked"_s, QJsonArray{0, 2}}};
    auto saved =
        store.saveProposal({{}, m_a, u"agenda"_s, AssistantProposal::State::Pending, payload, {}, {}});
    ASSERT_TRUE(saved);
    const QUuid id = saved.value().id;
    EXPECT_FALSE(id.isNull());
    ASSERT_TRUE(store.saveProposal({{}, m_a, u"prefill"_s, AssistantProposal::State::Pending, {}, {}, {}}));
    ASSERT_TRUE(store.saveProposal({{}, m_b, u"agenda"_s, AssistantProposal::State::Pending, {}, {}, {}}));
    m_store.close();

    EventStore reopened;
    ASSERT_TRUE(reopened.open(m_ws.path()));
    AssistantStore again(reopened);
    auto pending = again.proposals(m_a, u"agenda"_s, AssistantProposal::State::Pending);
    ASSERT_TRUE(pending);
    ASSERT_EQ(pending.value().size(), 1);
    EXPECT_EQ(pending.value().at(0).id, id);
    EXPECT_EQ(pending.value().at(0).payload, payload);
    EXPECT_EQ(again.proposals(m_a, QString(), AssistantProposal::State::Pending).value().size(), 2);

    // Changing which items are checked replaces the payload, same id.
    AssistantProposal edited = pending.value().at(0);
    edited.payload.insert(u"checked"_s, QJsonArray{0});
    ASSERT_TRUE(again.saveProposal(edited));
    EXPECT_EQ(again.proposal(id).value()->payload.value(u"checked"_s).toArray(), QJsonArray{0});
    EXPECT_EQ(again.proposal(id).value()->created, pending.value().at(0).created);

    ASSERT_TRUE(again.setProposalState(id, AssistantProposal::State::Applied));
    EXPECT_TRUE(again.proposals(m_a, u"agenda"_s, AssistantProposal::State::Pending).value().isEmpty());
    EXPECT_EQ(again.proposals(m_a, u"agenda"_s, AssistantProposal::State::Applied).value().size(), 1);
    EXPECT_FALSE(again.setProposalState(QUuid::createUuid(), AssistantProposal::State::Rejected));
    EXPECT_FALSE(again.proposal(QUuid::createUuid()).value().has_value());
}

TEST_F(AssistantStoreTest, TheSchemaRefusesAnUnknownRoleOrState)
{
    m_store.close();
    RawSqlite raw(m_ws.path());
    EXPECT_NE(raw.exec(u"INSERT INTO assistant_messages (event_id, role, content, created_utc) "
                       "VALUES ('%1', 'robot', 'x', '2026-01-01T00:00:00Z')"_s.arg(
                           m_a.toString(QUuid::WithoutBraces))),
              QString());
    EXPECT_NE(
        raw.exec(u"INSERT INTO assistant_proposals (id, event_id, kind, state, created_utc, updated_utc) "
                 "VALUES ('p', '%1', 'agenda', 'maybe', 'x', 'x')"_s.arg(m_a.toString(QUuid::WithoutBraces))),
        QString());
}
