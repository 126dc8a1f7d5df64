// The assistant's read-only tools: their schemas, their answers against a real workspace, and a round trip
// through the fake language-model server in both providers' wire formats.
#include "assistant/assistanttools.h"
#include "assistant/eventcontext.h"
#include "llm/llmclient.h"
#include "registration/registrations.h"
#include "schedule/conflictchecker.h"
#include "storage/sampleconference.h"
#include "support/fakellmserver.h"
#include "support/largeevent.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{
QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

class AssistantToolsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_ws.path()));
        auto id = SampleConference::create(m_store);
        ASSERT_TRUE(id);
        m_eventId = id.value();
    }
    QJsonObject call(const QString &tool, const QString &args = u"{}"_s)
    {
        return json(AssistantTools(m_store, m_eventId).run(tool, args));
    }
    EventDesk::Test::TempWorkspace m_ws;
    EventStore m_store;
    QUuid m_eventId;
};
} // namespace

TEST_F(AssistantToolsTest, EachToolHasAnObjectSchema)
{
    const QList<ToolDefinition> tools = AssistantTools::definitions();
    QStringList names;
    for (const ToolDefinition &t : tools) {
        names << t.name;
        EXPECT_FALSE(t.description.isEmpty());
        EXPECT_EQ(t.parameters[u"type"_s].toString(), u"object"_s) << t.name.toStdString();
        EXPECT_TRUE(t.parameters[u"properties"_s].isObject()) << t.name.toStdString();
    }
    EXPECT_EQ(names, (QStringList{u"search_sessions"_s, u"search_speakers"_s, u"search_rooms"_s,
                                  u"search_participants"_s, u"get_conflicts"_s, u"get_event_facts"_s}));
}

TEST_F(AssistantToolsTest, SearchSessionsByRoomDayAndUnscheduled)
{
    const QList<Session> sessions = m_store.list<Session>(m_eventId).value();
    const Session scheduled =
        *std::find_if(sessions.cbegin(), sessions.cend(), [](const Session &s) { return s.isScheduled(); });
    const Room room = m_store.get<Room>(scheduled.roomId).value();
    const Event event = m_store.get<Event>(m_eventId).value();
    const QString day =
        scheduled.start.toTimeZone(QTimeZone(event.timeZone.toUtf8())).date().toString(Qt::ISODate);
    const QJsonObject r =
        call(u"search_sessions"_s, u"{\"room\":\"%1\",\"day\":\"%2\",\"limit\":50}"_s.arg(room.name, day));
    qsizetype expected = 0;
    for (const Session &s : sessions)
        if (s.isScheduled() && s.roomId == room.meta.id &&
            s.start.toTimeZone(QTimeZone(event.timeZone.toUtf8())).date().toString(Qt::ISODate) == day)
            ++expected;
    EXPECT_EQ(r[u"total"_s].toInt(), expected);
    for (const QJsonValue &v : r[u"sessions"_s].toArray()) {
        EXPECT_EQ(v[u"room"_s][u"name"_s].toString(), room.name);
        EXPECT_TRUE(v[u"start"_s].toString().startsWith(day));
        EXPECT_TRUE(m_store.resolveId(RecordKind::Session, v[u"id"_s].toString()));
    }
    // The same room by its short id.
    const QString roomId = room.meta.id.toString(QUuid::WithoutBraces).left(8);
    EXPECT_EQ(call(u"search_sessions"_s, u"{\"room\":\"%1\",\"day\":\"%2\",\"limit\":50}"_s.arg(roomId, day)),
              r);

    const qsizetype unscheduled = std::count_if(sessions.cbegin(), sessions.cend(),
                                                [](const Session &s) { return !s.start.isValid(); });
    EXPECT_EQ(call(u"search_sessions"_s, u"{\"unscheduled\":true}"_s)[u"total"_s].toInt(), unscheduled);
    EXPECT_TRUE(call(u"search_sessions"_s, u"{\"day\":\"Saturday\"}"_s).contains(u"error"_s));
}

TEST_F(AssistantToolsTest, SpeakersAndRoomsWithoutContactDetails)
{
    const QJsonObject speakers = call(u"search_speakers"_s, u"{\"limit\":50}"_s);
    EXPECT_EQ(speakers[u"total"_s].toInt(), m_store.count<Speaker>(m_eventId).value());
    const QString text = QString::fromUtf8(QJsonDocument(speakers).toJson());
    for (const Speaker &s : m_store.list<Speaker>(m_eventId).value())
        if (!s.email.isEmpty()) {
            EXPECT_FALSE(text.contains(s.email));
        }
    EXPECT_FALSE(text.contains(u'@'));

    const QJsonObject rooms = call(u"search_rooms"_s);
    const QList<Room> all = m_store.list<Room>(m_eventId).value();
    ASSERT_EQ(rooms[u"rooms"_s].toArray().size(), all.size());
    for (const QJsonValue &v : rooms[u"rooms"_s].toArray()) {
        auto id = m_store.resolveId(RecordKind::Room, v[u"id"_s].toString());
        ASSERT_TRUE(id);
        EXPECT_EQ(v[u"capacity"_s].toInt(), m_store.get<Room>(id.value()).value().capacity);
    }
}

TEST_F(AssistantToolsTest, ConflictsAreTheCheckersFindings)
{
    auto data = ScheduleData::load(m_store, m_eventId);
    ASSERT_TRUE(data);
    // A clash: the second scheduled session moves onto the first one's room and time.
    QList<Session> scheduled;
    for (const Session &s : data.value().sessions)
        if (s.isScheduled())
            scheduled << s;
    ASSERT_GE(scheduled.size(), 2);
    Session moved = scheduled[1];
    moved.roomId = scheduled[0].roomId;
    moved.start = scheduled[0].start;
    ASSERT_TRUE(m_store.update(moved));
    const ConflictChecker checker(ScheduleData::load(m_store, m_eventId).value());
    ASSERT_GE(checker.count(Severity::Error), 1);

    const QJsonObject r = call(u"get_conflicts"_s, u"{\"limit\":50}"_s);
    EXPECT_EQ(r[u"errors"_s].toInt(), checker.count(Severity::Error));
    EXPECT_EQ(r[u"warnings"_s].toInt(), checker.count(Severity::Warning));
    EXPECT_EQ(r[u"total"_s].toInt(), checker.all().size());
    const QString movedId = moved.meta.id.toString(QUuid::WithoutBraces).left(8);
    const QJsonObject mine = call(u"get_conflicts"_s, u"{\"session\":\"%1\"}"_s.arg(movedId));
    ASSERT_EQ(mine[u"total"_s].toInt(), checker.forSession(moved.meta.id).size());
    bool clash = false;
    for (const QJsonValue &v : mine[u"conflicts"_s].toArray())
        clash = clash || v[u"rule"_s].toString() == u"room-double-booked"_s;
    EXPECT_TRUE(clash);
}

TEST_F(AssistantToolsTest, EventFactsWithFreePlaces)
{
    const QJsonObject facts = call(u"get_event_facts"_s);
    const Event event = m_store.get<Event>(m_eventId).value();
    EXPECT_EQ(facts[u"venue"_s].toString(), event.venueName);
    EXPECT_EQ(facts[u"timeZone"_s].toString(), u"Europe/Berlin"_s);
    EXPECT_EQ(facts[u"startDate"_s].toString(), event.startDate.toString(Qt::ISODate));
    EXPECT_EQ(facts[u"dailyHours"_s][u"start"_s].toString(), u"09:00"_s);
    const auto places = Registrations::freePlaces(m_store, m_eventId).value();
    const QJsonArray tickets = facts[u"ticketTypes"_s].toArray();
    ASSERT_EQ(tickets.size(), m_store.count<TicketType>(m_eventId).value());
    for (const QJsonValue &t : tickets) {
        const QUuid id = m_store.resolveId(RecordKind::TicketType, t[u"id"_s].toString()).value();
        const std::optional<int> free = places.tickets.value(id);
        if (free) {
            EXPECT_EQ(t[u"freePlaces"_s].toInt(), *free) << t[u"name"_s].toString().toStdString();
        } else {
            EXPECT_TRUE(t[u"freePlaces"_s].isNull());
        }
    }
    EXPECT_EQ(facts[u"participants"_s][u"confirmed"_s].toInt(),
              m_store.listParticipants(m_eventId, {}, {ParticipantStatus::Confirmed}).value().size());
}

TEST_F(AssistantToolsTest, BadCallsAreErrorsNotCrashes)
{
    EXPECT_TRUE(call(u"drop_tables"_s).contains(u"error"_s));
    EXPECT_TRUE(call(u"search_sessions"_s, u"[1,2"_s).contains(u"error"_s));
    EXPECT_TRUE(call(u"search_participants"_s, u"{\"status\":\"vip\"}"_s).contains(u"error"_s));
    EXPECT_FALSE(call(u"search_sessions"_s, QString()).contains(u"error"_s)) << "no arguments: all";
}

TEST(AssistantToolsLargeTest, ResultsAreCappedAndDeterministic)
{
    EventDesk::Test::TempWorkspace ws;
    EventStore store;
    ASSERT_TRUE(store.open(ws.path()));
    auto id = EventDesk::Test::LargeEvent::create(store);
    ASSERT_TRUE(id);
    const AssistantTools tools(store, id.value());
    for (const QString &tool : {u"search_sessions"_s, u"search_speakers"_s, u"search_rooms"_s,
                                u"search_participants"_s, u"get_conflicts"_s}) {
        const QString a = tools.run(tool, u"{\"limit\":50}"_s);
        EXPECT_LE(a.size(), AssistantTools::kMaxResultChars) << tool.toStdString();
        EXPECT_EQ(a, tools.run(tool, u"{\"limit\":50}"_s)) << tool.toStdString();
        const QJsonObject o = json(a);
        EXPECT_FALSE(o.contains(u"error"_s)) << a.left(200).toStdString();
        EXPECT_GT(o[u"returned"_s].toInt(), 0) << tool.toStdString();
    }
    EXPECT_EQ(json(tools.run(u"search_sessions"_s, u"{\"limit\":50}"_s))[u"total"_s].toInt(), 900);
}

// Round trips: the fake server asks for tool calls, the answers go back in the next request.
namespace
{
class AssistantToolRoundTripTest : public AssistantToolsTest,
                                   public ::testing::WithParamInterface<ProviderKind>
{
protected:
    ProviderProfile profile() const
    {
        ProviderProfile p;
        p.name = u"fake"_s;
        p.provider = GetParam();
        p.baseUrl =
            m_server.baseUrl().toString() + (GetParam() == ProviderKind::Anthropic ? QString() : u"/v1"_s);
        p.model = u"fake-model"_s;
        return p;
    }
    const ChatResponse *send(const ChatRequest &request)
    {
        LlmCall *call = m_client.send(profile(), request, QString());
        QSignalSpy finished(call, &LlmCall::finished);
        EXPECT_TRUE(finished.wait(10000));
        EXPECT_FALSE(call->error()) << call->error()->message.toStdString();
        return &call->response();
    }
    EventDesk::Test::FakeLlmServer m_server;
    LlmClient m_client;
};
} // namespace

TEST_P(AssistantToolRoundTripTest, ToolResultsGoBackToTheModel)
{
    const EventContext context(m_store, m_eventId);
    const Room room = m_store.list<Room>(m_eventId).value().first();
    m_server.enqueueToolCalls(
        {{u"search_rooms"_s, u"{\"query\":\"%1\"}"_s.arg(room.name)}, {u"get_event_facts"_s, u"{}"_s}});
    ChatRequest request;
    request.messages = {{ChatMessage::Role::System, context.text().value(), {}, {}, {}},
                        {ChatMessage::Role::User, u"How many seats has %1?"_s.arg(room.name), {}, {}, {}}};
    request.tools = EventContext::tools();
    // Byte-for-byte comparison below: without redaction, as an all-digit short id (about 2 % of them)
    // matches the phone pattern and would travel as a placeholder (restored in the answer).
    request.redact = false;
    const ChatResponse *first = send(request);
    ASSERT_EQ(first->toolCalls.size(), 2);
    EXPECT_EQ(first->toolCalls[0].name, u"search_rooms"_s);
    EXPECT_EQ(first->toolCalls[1].name, u"get_event_facts"_s);
    ASSERT_EQ(m_server.requestCount(), 1);
    const QJsonObject sent = m_server.requests()[0].json();
    EXPECT_EQ(sent[u"tools"_s].toArray().size(), 6);

    request.messages.append({ChatMessage::Role::Assistant, first->text, first->toolCalls, {}, {}});
    QStringList results;
    for (const ToolCall &c : first->toolCalls) {
        results << context.runTool(c.name, c.arguments);
        request.messages.append({ChatMessage::Role::Tool, results.last(), {}, c.id, c.name});
    }
    EXPECT_EQ(json(results[0])[u"rooms"_s][0][u"capacity"_s].toInt(), room.capacity);
    const ChatResponse *second = send(request);
    EXPECT_EQ(second->text, m_server.answerText());
    ASSERT_EQ(m_server.requestCount(), 2);

    // The second request carries both results, each tied to its call, in the provider's format.
    const QJsonArray messages = m_server.requests()[1].json()[u"messages"_s].toArray();
    QStringList carried, ids;
    for (const QJsonValue &m : messages) {
        if (m[u"role"_s].toString() == u"tool") {
            carried << m[u"content"_s].toString();
            ids << m[u"tool_call_id"_s].toString();
        }
        for (const QJsonValue &block : m[u"content"_s].toArray())
            if (block[u"type"_s].toString() == u"tool_result") {
                carried << block[u"content"_s].toString();
                ids << block[u"tool_use_id"_s].toString();
            }
    }
    EXPECT_EQ(carried, results);
    const QString prefix = GetParam() == ProviderKind::Anthropic ? u"toolu_1_"_s : u"call_1_"_s;
    EXPECT_EQ(ids, (QStringList{prefix + u'0', prefix + u'1'}));
}

TEST_P(AssistantToolRoundTripTest, WholeJsonAnswersCarryToolCallsToo)
{
    m_server.enqueueToolCalls({{u"search_sessions"_s, u"{\"unscheduled\":true}"_s}});
    ChatRequest request;
    request.stream = false;
    request.messages = {{ChatMessage::Role::User, u"What is not scheduled yet?"_s, {}, {}, {}}};
    request.tools = EventContext::tools();
    const ChatResponse *first = send(request);
    ASSERT_EQ(first->toolCalls.size(), 1);
    EXPECT_EQ(first->toolCalls[0].name, u"search_sessions"_s);
    EXPECT_EQ(json(first->toolCalls[0].arguments)[u"unscheduled"_s].toBool(), true);
}

INSTANTIATE_TEST_SUITE_P(BothProviders, AssistantToolRoundTripTest,
                         ::testing::Values(ProviderKind::OpenAiCompatible, ProviderKind::Anthropic),
                         [](const ::testing::TestParamInfo<ProviderKind> &info) {
                             return info.param == ProviderKind::Anthropic ? std::string("Anthropic")
                                                                          : std::string("OpenAi");
                         });
