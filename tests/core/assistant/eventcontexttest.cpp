#include "assistant/eventcontext.h"

#include "llm/tokenestimator.h"
#include "storage/sampleconference.h"
#include "support/largeevent.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{
// The short ids a context shows, in brackets: [1a2b3c4d].
QStringList bracketedIds(const QString &text)
{
    static const QRegularExpression re(u"\\[([0-9a-f][0-9a-f-]{3,35})\\]"_s);
    QStringList ids;
    for (auto it = re.globalMatch(text); it.hasNext();)
        ids << it.next().captured(1);
    return ids;
}

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
    ASSERT_EQ(EventContext::tools().size(), 6);
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

TEST_F(EventContextTest, SmallEventIsListedInFullWithIdsThatResolve)
{
    const EventContext context(m_store, m_eventId);
    auto text = context.build(8000);
    ASSERT_TRUE(text) << text.error().message.toStdString();
    const QString t = text.value();
    EXPECT_LE(TokenEstimator::estimate(t), 8000);
    EXPECT_TRUE(t.startsWith(u"Event context for the assistant, within a budget of 8000 tokens"_s));
    EXPECT_TRUE(t.contains(u"listed in full"_s));
    const Event event = m_store.get<Event>(m_eventId).value();
    EXPECT_TRUE(t.contains(u"Time zone: Europe/Berlin"_s));
    EXPECT_TRUE(t.contains(event.startDate.toString(Qt::ISODate)));
    EXPECT_TRUE(t.contains(u"hours 09:00-18:00"_s));
    for (const Room &r : m_store.list<Room>(m_eventId).value())
        EXPECT_TRUE(t.contains(u"%1, %2 seats"_s.arg(r.name).arg(r.capacity))) << r.name.toStdString();

    // Every session, room, track and speaker has an id in the text that resolves back to it.
    const QStringList ids = bracketedIds(t);
    auto check = [&](RecordKind kind, const QUuid &id) {
        const QString full = id.toString(QUuid::WithoutBraces);
        QString shown;
        for (const QString &candidate : ids)
            if (full.startsWith(candidate))
                shown = candidate;
        ASSERT_FALSE(shown.isEmpty()) << "no id for " << full.toStdString();
        EXPECT_GE(shown.size(), 8);
        auto resolved = context.resolve(kind, shown);
        ASSERT_TRUE(resolved) << resolved.error().message.toStdString();
        EXPECT_EQ(resolved.value(), id);
        EXPECT_EQ(m_store.resolveId(kind, shown).value(), id);
        EXPECT_EQ(context.resolve(kind, full).value(), id) << "a full id resolves too";
    };
    for (const Session &s : m_store.list<Session>(m_eventId).value())
        check(RecordKind::Session, s.meta.id);
    for (const Room &r : m_store.list<Room>(m_eventId).value())
        check(RecordKind::Room, r.meta.id);
    for (const Track &r : m_store.list<Track>(m_eventId).value())
        check(RecordKind::Track, r.meta.id);
    for (const Speaker &r : m_store.list<Speaker>(m_eventId).value())
        check(RecordKind::Speaker, r.meta.id);
    EXPECT_EQ(context.build(8000).value(), t) << "deterministic";
}

TEST_F(EventContextTest, IdsOfAnotherEventDoNotResolveInThisOne)
{
    auto other = SampleConference::create(m_store, SampleConference::Counts{}, 7);
    ASSERT_TRUE(other);
    const Room foreign = m_store.list<Room>(other.value()).value().first();
    const EventContext context(m_store, m_eventId);
    EXPECT_FALSE(context.resolve(RecordKind::Room, foreign.meta.id.toString(QUuid::WithoutBraces)));
    EXPECT_FALSE(context.resolve(RecordKind::Session, u"zzzzzzzz"_s));
}

namespace
{
class LargeEventContextTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_ws.path()));
        auto id = EventDesk::Test::LargeEvent::create(m_store);
        ASSERT_TRUE(id) << id.error().message.toStdString();
        m_eventId = id.value();
    }
    EventDesk::Test::TempWorkspace m_ws;
    EventStore m_store;
    QUuid m_eventId;
};
} // namespace

TEST_F(LargeEventContextTest, NineHundredSessionsFitTheBudgetDeterministically)
{
    ASSERT_EQ(m_store.count<Session>(m_eventId).value(), 900);
    ASSERT_EQ(m_store.count<Room>(m_eventId).value(), 30);
    const EventContext context(m_store, m_eventId);
    auto first = context.text();
    ASSERT_TRUE(first) << first.error().message.toStdString();
    const QString t = first.value();
    const int tokens = TokenEstimator::estimate(t);
    EXPECT_LE(tokens, 8000);
    EXPECT_GT(tokens, 4000) << "the budget is used, not wasted";
    EXPECT_TRUE(t.contains(u"budget of 8000 tokens (this text: about %1 tokens)"_s.arg(tokens)))
        << t.left(200).toStdString();
    EXPECT_EQ(context.build(8000).value(), t) << "two builds are equal";
    EXPECT_TRUE(t.contains(u"search_sessions"_s));
    EXPECT_TRUE(t.contains(u"Time zone: Europe/Brussels"_s));
    EXPECT_TRUE(t.contains(u"Days: 2027-02-06 Sat, 2027-02-07 Sun; hours 09:00-19:00"_s));
    for (const Room &r : m_store.list<Room>(m_eventId).value())
        EXPECT_TRUE(t.contains(u"%1, %2 seats"_s.arg(r.name).arg(r.capacity))) << r.name.toStdString();
    // Unscheduled sessions are listed first of all sessions, as far as their share of the budget goes.
    int unscheduledShown = 0;
    for (const Session &s : m_store.list<Session>(m_eventId).value())
        if (!s.start.isValid() && t.contains(u'"' + s.title + u'"'))
            ++unscheduledShown;
    EXPECT_GT(unscheduledShown, 20);
    for (const QString &id : bracketedIds(t))
        EXPECT_TRUE(m_store.resolveId(RecordKind::Session, id) || m_store.resolveId(RecordKind::Room, id) ||
                    m_store.resolveId(RecordKind::Track, id) || m_store.resolveId(RecordKind::Speaker, id) ||
                    m_store.resolveId(RecordKind::TicketType, id))
            << id.toStdString();
}

TEST_F(LargeEventContextTest, SmallerBudgetsAreKept)
{
    const EventContext context(m_store, m_eventId);
    for (int budget : {4000, 2000, 1000, 300}) {
        auto t = context.build(budget);
        ASSERT_TRUE(t);
        EXPECT_LE(TokenEstimator::estimate(t.value()), budget) << budget;
        EXPECT_TRUE(t.value().contains(u"budget of %1 tokens"_s.arg(budget)));
    }
}

TEST_F(LargeEventContextTest, NoEmailOrPhoneOfAnyone)
{
    const EventContext context(m_store, m_eventId);
    const QString t = context.text().value();
    const auto participants = m_store.list<Participant>(m_eventId).value();
    ASSERT_EQ(participants.size(), 3000);
    QStringList results;
    for (const QString &args : {u"{\"limit\":50}"_s, u"{\"query\":\"Nguyen\",\"limit\":50}"_s,
                                u"{\"status\":\"confirmed\",\"limit\":50}"_s, u"{\"ticket\":\"Student\"}"_s,
                                u"{\"query\":\"example.net\"}"_s, u"{\"query\":\"+32 470\"}"_s})
        results << context.runTool(u"search_participants"_s, args);
    results << context.runTool(u"search_speakers"_s, u"{\"limit\":50}"_s);
    for (int i = 0; i < participants.size(); ++i) {
        const QString email = EventDesk::Test::LargeEvent::participantEmail(i);
        const QString phone = EventDesk::Test::LargeEvent::participantPhone(i);
        ASSERT_FALSE(t.contains(email) || t.contains(phone)) << i;
        for (const QString &r : std::as_const(results))
            ASSERT_FALSE(r.contains(email) || r.contains(phone)) << i;
    }
    for (const QString &r : std::as_const(results)) {
        EXPECT_FALSE(r.contains(u'@')) << r.left(300).toStdString();
        EXPECT_FALSE(r.contains(u"+32"_s));
    }
    EXPECT_FALSE(t.contains(u'@'));
    EXPECT_FALSE(t.contains(u"+32"_s));
    const QJsonObject all = QJsonDocument::fromJson(results.first().toUtf8()).object();
    EXPECT_EQ(all[u"returned"_s].toInt(), 50);
    EXPECT_EQ(all[u"total"_s].toInt(), 3000);
    const QJsonObject one = all[u"participants"_s].toArray().first().toObject();
    EXPECT_EQ(one.keys(), (QStringList{u"id"_s, u"name"_s, u"organisation"_s, u"status"_s, u"ticket"_s}));
    // Searching by contact details finds nothing: it would reveal them.
    EXPECT_EQ(QJsonDocument::fromJson(results[4].toUtf8()).object()[u"total"_s].toInt(), 0);
    EXPECT_EQ(QJsonDocument::fromJson(results[5].toUtf8()).object()[u"total"_s].toInt(), 0);
}
