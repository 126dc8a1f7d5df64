#include "assistant/eventcontext.h"

#include "storage/sampleconference.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{
class EventContextTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_ws.path()));
        auto id = SampleConference::create(m_store);
        ASSERT_TRUE(id);
        m_eventId = id.value();
    }
    EventDesk::Test::TempWorkspace m_ws;
    EventStore m_store;
    QUuid m_eventId;
};
} // namespace

TEST_F(EventContextTest, SummarisesScheduleWithoutPersonalData)
{
    const EventContext context(m_store, m_eventId);
    auto text = context.text();
    ASSERT_TRUE(text) << text.error().message.toStdString();
    const auto event = m_store.get<Event>(m_eventId).value();
    EXPECT_TRUE(text.value().contains(event.name));
    for (const Room &r : m_store.list<Room>(m_eventId).value())
        EXPECT_TRUE(text.value().contains(r.name)) << r.name.toStdString();
    for (const Session &s : m_store.list<Session>(m_eventId).value())
        EXPECT_TRUE(text.value().contains(s.title)) << s.title.toStdString();
    for (const Speaker &s : m_store.list<Speaker>(m_eventId).value()) {
        EXPECT_TRUE(text.value().contains(s.name));
        if (!s.email.isEmpty()) {
            EXPECT_FALSE(text.value().contains(s.email)) << s.email.toStdString();
        }
    }
    const auto participants = m_store.list<Participant>(m_eventId).value();
    ASSERT_FALSE(participants.isEmpty());
    for (const Participant &p : participants) {
        EXPECT_FALSE(!p.email.isEmpty() && text.value().contains(p.email)) << p.email.toStdString();
        EXPECT_FALSE(!p.phone.isEmpty() && text.value().contains(p.phone)) << p.phone.toStdString();
    }
    EXPECT_TRUE(text.value().contains(u"Participants: %1 registered"_s.arg(participants.size())));
    EXPECT_FALSE(text.value().contains(u'@'));
}

TEST_F(EventContextTest, PersonalNamesForRedaction)
{
    const EventContext context(m_store, m_eventId);
    const QStringList names = context.personalNames();
    EXPECT_TRUE(names.contains(m_store.list<Speaker>(m_eventId).value().first().name));
    EXPECT_TRUE(names.contains(m_store.list<Participant>(m_eventId).value().first().name));
}

TEST_F(EventContextTest, SearchSessionsTool)
{
    const EventContext context(m_store, m_eventId);
    ASSERT_EQ(EventContext::tools().size(), 1);
    const Session first = m_store.list<Session>(m_eventId).value().first();
    const QString result =
        context.runTool(u"search_sessions"_s, u"{\"query\":\"%1\"}"_s.arg(first.title.left(6)));
    const QJsonArray found = QJsonDocument::fromJson(result.toUtf8()).object()[u"sessions"_s].toArray();
    ASSERT_FALSE(found.isEmpty());
    bool seen = false;
    for (const QJsonValue &v : found)
        seen = seen || v[u"title"_s].toString() == first.title;
    EXPECT_TRUE(seen);
    EXPECT_TRUE(context.runTool(u"drop_tables"_s, u"{}"_s).contains(u"unknown tool"_s));
}

TEST_F(EventContextTest, UnknownEventIsAnError)
{
    const EventContext context(m_store, QUuid::createUuid());
    EXPECT_FALSE(context.text());
}
