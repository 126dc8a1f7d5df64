#include "storage/sampleconference.h"

#include "support/fielderrors.h"
#include "support/tempworkspace.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::TempWorkspace;

namespace
{

bool hasCjk(const QString &text)
{
    static const QRegularExpression han(u"\\p{Han}"_s);
    return han.match(text).hasMatch();
}

class SampleConferenceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_ws.isValid());
        ASSERT_TRUE(m_store.open(m_ws.path()));
        auto created = SampleConference::create(m_store);
        ASSERT_TRUE(created) << created.error().message.toStdString() << created.error().detail.toStdString();
        m_eventId = created.value();
    }

    template <typename T> QList<T> all() const
    {
        auto listed = m_store.list<T>(m_eventId);
        EXPECT_TRUE(listed);
        return listed ? listed.value() : QList<T>{};
    }

    TempWorkspace m_ws;
    EventStore m_store;
    QUuid m_eventId;
};

} // namespace

TEST_F(SampleConferenceTest, HasARealisticAmountOfData)
{
    EXPECT_EQ(m_store.count<Event>().value(), 1);
    EXPECT_GE(m_store.count<Room>(m_eventId).value(), 3);
    EXPECT_GE(m_store.count<Track>(m_eventId).value(), 2);
    EXPECT_GE(m_store.count<Session>(m_eventId).value(), 40);
    EXPECT_GE(m_store.count<Speaker>(m_eventId).value(), 20);
    EXPECT_GE(m_store.count<Participant>(m_eventId).value(), 200);
    EXPECT_GE(m_store.count<TicketType>(m_eventId).value(), 2);
}

TEST_F(SampleConferenceTest, SomeTextIsChinese)
{
    const auto countCjk = [](const QStringList &texts) {
        return std::count_if(texts.begin(), texts.end(), hasCjk);
    };
    QStringList speakers, titles, participants;
    for (const Speaker &s : all<Speaker>())
        speakers.append(s.name);
    for (const Session &s : all<Session>())
        titles.append(s.title);
    for (const Participant &p : all<Participant>())
        participants.append(p.name);
    EXPECT_GT(countCjk(speakers), 0);
    EXPECT_GT(countCjk(titles), 0);
    EXPECT_GT(countCjk(participants), 0);
    EXPECT_LT(countCjk(participants), participants.size()); // a mix, not all of it
    EXPECT_TRUE(hasCjk(m_store.get<Event>(m_eventId).value().name));
}

TEST_F(SampleConferenceTest, AllRecordsAreValid)
{
    const auto expectValid = [](const auto &records) {
        EXPECT_FALSE(records.isEmpty());
        for (const auto &r : records)
            EXPECT_EQ(r.validate(), FieldErrors{}) << r.meta.id.toString().toStdString();
    };
    expectValid(m_store.list<Event>().value());
    expectValid(all<Room>());
    expectValid(all<Track>());
    expectValid(all<Speaker>());
    expectValid(all<Session>());
    expectValid(all<TicketType>());
    expectValid(all<Participant>());
}

TEST_F(SampleConferenceTest, ReferencesPointAtExistingRecords)
{
    QList<QUuid> rooms, tracks, speakers, tickets;
    for (const Room &r : all<Room>())
        rooms.append(r.meta.id);
    for (const Track &t : all<Track>())
        tracks.append(t.meta.id);
    for (const Speaker &s : all<Speaker>())
        speakers.append(s.meta.id);
    for (const TicketType &t : all<TicketType>())
        tickets.append(t.meta.id);
    int scheduled = 0;
    int unscheduled = 0;
    for (const Session &s : all<Session>()) {
        (s.isScheduled() ? scheduled : unscheduled)++;
        EXPECT_TRUE(s.roomId.isNull() || rooms.contains(s.roomId));
        EXPECT_TRUE(s.trackId.isNull() || tracks.contains(s.trackId));
        for (const QUuid &id : s.speakerIds)
            EXPECT_TRUE(speakers.contains(id));
    }
    EXPECT_GT(scheduled, 0);
    EXPECT_GT(unscheduled, 0); // something left for the scheduler to do
    for (const Participant &p : all<Participant>())
        EXPECT_TRUE(p.ticketTypeId.isNull() || tickets.contains(p.ticketTypeId));
}

TEST_F(SampleConferenceTest, ScheduledSessionsFitTheDaysAndDoNotOverlap)
{
    const Event event = m_store.get<Event>(m_eventId).value();
    const QTimeZone tz(event.timeZone.toUtf8());
    ASSERT_TRUE(tz.isValid());
    QHash<QUuid, QList<Session>> byRoom;
    for (const Session &s : all<Session>()) {
        if (!s.isScheduled())
            continue;
        const QDateTime localStart = s.start.toTimeZone(tz);
        const QDateTime localEnd = s.end().toTimeZone(tz);
        EXPECT_GE(localStart.date(), event.startDate);
        EXPECT_LE(localStart.date(), event.endDate);
        EXPECT_GE(localStart.time(), event.dayStart) << s.title.toStdString();
        EXPECT_EQ(localEnd.date(), localStart.date());
        EXPECT_LE(localEnd.time(), event.dayEnd) << s.title.toStdString();
        byRoom[s.roomId].append(s);
    }
    for (QList<Session> &sessions : byRoom) {
        std::sort(sessions.begin(), sessions.end(),
                  [](const Session &a, const Session &b) { return a.start < b.start; });
        for (qsizetype i = 1; i < sessions.size(); ++i)
            EXPECT_LE(sessions.at(i - 1).end(), sessions.at(i).start)
                << sessions.at(i - 1).title.toStdString() << " / " << sessions.at(i).title.toStdString();
    }
}

TEST_F(SampleConferenceTest, SameSeedGivesTheSameConference)
{
    TempWorkspace other;
    EventStore second;
    ASSERT_TRUE(second.open(other.path()));
    auto created = SampleConference::create(second);
    ASSERT_TRUE(created);
    const auto fingerprint = [](const EventStore &store, const QUuid &eventId) {
        QStringList out;
        const QList<Participant> participants = store.list<Participant>(eventId).value();
        const QList<Session> sessions = store.list<Session>(eventId).value();
        for (const Participant &p : participants)
            out.append(p.name + u'|' + p.email + u'|' + p.phone + u'|' + participantStatusName(p.status));
        for (const Session &s : sessions)
            out.append(s.title + u'|' + QString::number(s.expectedAttendance));
        return out;
    };
    EXPECT_EQ(fingerprint(second, created.value()), fingerprint(m_store, m_eventId));
}

// The sample is believable (issue 17): its name's year is the year it takes place, each day has a program,
// no title is numbered "(2)", no two speakers share a name, and participants have names, not "陈静52".
TEST_F(SampleConferenceTest, NameAndDatesAgree)
{
    const Event event = m_store.get<Event>(m_eventId).value();
    EXPECT_TRUE(event.name.contains(QString::number(event.startDate.year()))) << event.name.toStdString();
    static const QRegularExpression year(u"\\b(19|20)\\d\\d\\b"_s);
    auto years = year.globalMatch(event.name);
    while (years.hasNext()) {
        const int y = years.next().captured(0).toInt();
        EXPECT_TRUE(y == event.startDate.year() || y == event.endDate.year()) << event.name.toStdString();
    }
}

TEST_F(SampleConferenceTest, SessionsSpreadOverEveryDay)
{
    const Event event = m_store.get<Event>(m_eventId).value();
    ASSERT_EQ(event.dayCount(), 2);
    const QTimeZone tz(event.timeZone.toUtf8());
    QMap<QDate, int> perDay;
    for (const Session &s : all<Session>())
        if (s.isScheduled())
            ++perDay[s.start.toTimeZone(tz).date()];
    ASSERT_EQ(perDay.size(), 2);
    EXPECT_GE(perDay.value(event.startDate), 10);
    EXPECT_GE(perDay.value(event.endDate), 10);
}

TEST_F(SampleConferenceTest, TitlesAreNotNumberedAndNotRepeated)
{
    static const QRegularExpression numbered(u"\\(\\d+\\)|（\\d+）"_s);
    QSet<QString> seen;
    for (const Session &s : all<Session>()) {
        EXPECT_FALSE(numbered.match(s.title).hasMatch()) << s.title.toStdString();
        EXPECT_FALSE(seen.contains(s.title)) << "twice: " << s.title.toStdString();
        seen.insert(s.title);
    }
}

TEST_F(SampleConferenceTest, NoTwoSpeakersShareAName)
{
    QSet<QString> seen;
    for (const Speaker &s : all<Speaker>()) {
        EXPECT_FALSE(seen.contains(s.name)) << "twice: " << s.name.toStdString();
        seen.insert(s.name);
    }
    EXPECT_EQ(seen.size(), 24);
}

TEST_F(SampleConferenceTest, ParticipantsHavePlausibleNames)
{
    static const QRegularExpression digit(u"\\d"_s);
    QSet<QString> seen;
    for (const Participant &p : all<Participant>()) {
        EXPECT_FALSE(digit.match(p.name).hasMatch()) << p.name.toStdString();
        // A Chinese name is 2 to 4 characters; a Western one a first and a last name.
        if (hasCjk(p.name))
            EXPECT_TRUE(p.name.size() >= 2 && p.name.size() <= 4) << p.name.toStdString();
        else
            EXPECT_EQ(p.name.split(u' ').size(), 2) << p.name.toStdString();
        seen.insert(p.name);
    }
    EXPECT_EQ(seen.size(), all<Participant>().size()); // no two people of the same name
}
