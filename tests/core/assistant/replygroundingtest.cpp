#include "assistant/replygrounding.h"

#include "assistant/structuredcall.h"
#include "reviewfixture.h"
#include "support/fakellmserver.h"
#include "support/tempworkspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;
using EventDesk::Test::FakeLlmServer;

namespace
{
class ReplyGroundingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_ws.path()));
        m_e.create(m_store);
        m_profile.name = u"test"_s;
        m_profile.baseUrl = m_server.baseUrl().toString();
        m_profile.model = u"model-x"_s;
    }
    // Sends the grounded request to the fake model, which answers with answer.
    Result<ReplyDraft> ask(const ReplyGrounding &g, const QString &answer)
    {
        m_server.enqueue(FakeLlmServer::Scenario::Normal, answer);
        StructuredCall call;
        QSignalSpy finished(&call, &StructuredCall::finished);
        call.start(m_profile, g.request(), u"sk-test"_s);
        EXPECT_TRUE(finished.wait(10000));
        if (!*call.result())
            return call.result()->error();
        return g.draft(call.result()->value());
    }
    EventDesk::Test::TempWorkspace m_ws;
    EventStore m_store;
    EventDesk::Test::ReviewEvent m_e;
    FakeLlmServer m_server;
    ProviderProfile m_profile;
};
} // namespace

TEST_F(ReplyGroundingTest, DraftListsItsFactsResolvedToRecordsAndReportsUnknownOnes)
{
    auto g = ReplyGrounding::build(m_store, m_e.event.meta.id, u"When does Anna speak, and where?"_s);
    ASSERT_TRUE(g) << g.error().message.toStdString();
    // The request offers the records with their short ids, the event's hours and venue.
    const QString system = g.value().request().messages.first().content;
    EXPECT_TRUE(
        system.contains(u"session [%1] \"Anna's talk\""_s.arg(RecordIndex::shortId(m_e.annasTalk.meta.id))));
    EXPECT_TRUE(system.contains(u"Kulturhaus"_s));
    EXPECT_TRUE(system.contains(u"09:00-18:00"_s));
    EXPECT_TRUE(system.contains(u"ticket [%1] Student"_s.arg(RecordIndex::shortId(m_e.student.meta.id))));
    EXPECT_TRUE(system.contains(u"never invent"_s));
    EXPECT_FALSE(g.value().request().jsonSchema.isEmpty());

    const QString answer =
        u"{\"reply\":\"Anna speaks at 14:00 in the Hall.\",\"answered\":true,\"facts\":["
        "{\"kind\":\"session\",\"id\":\"%1\",\"text\":\"Anna's talk starts at 14:00\"},"
        "{\"kind\":\"room\",\"id\":\"%2\",\"text\":\"in the Hall\"},"
        "{\"kind\":\"session\",\"id\":\"deadbeef\",\"text\":\"an invented session\"}]}"_s.arg(
            RecordIndex::shortId(m_e.annasTalk.meta.id), m_e.hall.meta.id.toString(QUuid::WithoutBraces));
    auto draft = ask(g.value(), answer);
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    EXPECT_TRUE(draft.value().answered);
    EXPECT_EQ(draft.value().reply, u"Anna speaks at 14:00 in the Hall."_s);
    ASSERT_EQ(draft.value().facts.size(), 2);
    EXPECT_EQ(draft.value().facts[0].kind, u"session"_s);
    EXPECT_EQ(draft.value().facts[0].id, m_e.annasTalk.meta.id);
    EXPECT_EQ(draft.value().facts[0].label, u"Anna's talk"_s);
    EXPECT_EQ(draft.value().facts[1].kind, u"room"_s);
    EXPECT_EQ(draft.value().facts[1].id, m_e.hall.meta.id);
    ASSERT_EQ(draft.value().unresolved.size(), 1);
    EXPECT_TRUE(draft.value().unresolved.first().contains(u"deadbeef"_s));
    const QJsonObject json = draft.value().toJson();
    EXPECT_EQ(json[u"facts"_s].toArray().size(), 2);
    EXPECT_FALSE(QJsonDocument(json[u"facts"_s].toArray()).toJson().contains("deadbeef"));
}

TEST_F(ReplyGroundingTest, AnswerNotInTheDataIsKeptAsNotAnswered)
{
    auto g = ReplyGrounding::build(m_store, m_e.event.meta.id, u"Is there vegan food?"_s);
    ASSERT_TRUE(g);
    auto draft = ask(g.value(), u"{\"reply\":\"The event's details do not say; we will check and get back to "
                                "you.\",\"answered\":false,\"facts\":[]}"_s);
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    EXPECT_FALSE(draft.value().answered);
    EXPECT_TRUE(draft.value().facts.isEmpty());
    EXPECT_FALSE(draft.value().toJson()[u"answered"_s].toBool(true));
}

TEST_F(ReplyGroundingTest, RequestCarriesStatusAndTicketButNoEmailOrPhone)
{
    const QString question = u"Hi, this is Wen (wen.wait@example.cn, +86 10 87654321). Am I in?"_s;
    auto g = ReplyGrounding::build(m_store, m_e.event.meta.id, question, m_e.waitlisted.meta.id);
    ASSERT_TRUE(g) << g.error().message.toStdString();
    auto draft = ask(
        g.value(), u"{\"reply\":\"You are on the waitlist for a Student ticket.\",\"answered\":"
                   "true,\"facts\":[{\"kind\":\"participant\",\"id\":\"%1\",\"text\":\"waitlisted\"}]}"_s.arg(
                       RecordIndex::shortId(m_e.waitlisted.meta.id)));
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    ASSERT_EQ(draft.value().facts.size(), 1);
    EXPECT_EQ(draft.value().facts[0].id, m_e.waitlisted.meta.id);
    ASSERT_EQ(m_server.requestCount(), 1);
    const QString body = QString::fromUtf8(m_server.requests()[0].body);
    EXPECT_TRUE(body.contains(u"registration status waitlisted, ticket type Student"_s))
        << body.toStdString();
    EXPECT_FALSE(body.contains(u"wen.wait@example.cn"_s));
    EXPECT_FALSE(body.contains(u"87654321"_s));
    EXPECT_FALSE(body.contains(u"person1@example.org"_s));
}

TEST_F(ReplyGroundingTest, ARegistrationOfAnotherEventIsRefused)
{
    Event other;
    other.name = u"Other"_s;
    other.startDate = other.endDate = QDate(2026, 6, 1);
    auto o = m_store.add(other);
    ASSERT_TRUE(o);
    auto g = ReplyGrounding::build(m_store, o.value().meta.id, u"Am I in?"_s, m_e.waitlisted.meta.id);
    ASSERT_FALSE(g);
    EXPECT_EQ(g.error().code, ErrorCode::NotFound);
}

TEST(StructuredCallTest, CancelStopsTheRequestAndReportsCancelled)
{
    FakeLlmServer server;
    server.enqueue(FakeLlmServer::Scenario::Stalled);
    ProviderProfile profile;
    profile.name = u"test"_s;
    profile.baseUrl = server.baseUrl().toString();
    profile.model = u"model-x"_s;
    ChatRequest request;
    request.messages = {{ChatMessage::Role::User, u"Hi"_s, {}, {}, {}}};
    request.jsonSchema = ReplyGrounding::schema();
    StructuredCall call;
    QSignalSpy finished(&call, &StructuredCall::finished);
    call.start(profile, request, {});
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount() == 1; }, 10000));
    EXPECT_TRUE(call.isRunning());
    call.cancel();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(call.isRunning());
    ASSERT_FALSE(*call.result());
    EXPECT_EQ(call.result()->error().code, ErrorCode::Cancelled);
    QCoreApplication::processEvents(); // anything the cancelled client still reports must not finish the call
                                       // twice
    EXPECT_EQ(finished.count(), 1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return server.openConnections() == 0; }, 10000));
}
