#include "storage/eventstore.h"

#include "storage/outbox.h"
#include "storage/statushistory.h"
#include "support/fielderrors.h"
#include "support/rawsqlite.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::fileBytes;
using EventDesk::Test::RawSqlite;
using EventDesk::Test::TempWorkspace;

namespace
{

QDateTime berlin(int day, int hour, int minute = 0, int ms = 0)
{
    return QDateTime(QDate(2026, 5, day), QTime(hour, minute, 0, ms), QTimeZone("Europe/Berlin"));
}

Event makeEvent(const QString &name = u"OpenTech Summit · 开放技术峰会"_s)
{
    Event e;
    e.name = name;
    e.description = u"Two days of talks.\nAnd workshops."_s;
    e.timeZone = u"Asia/Shanghai"_s;
    e.startDate = QDate(2026, 5, 4);
    e.endDate = QDate(2026, 5, 5);
    e.dayStart = QTime(8, 30);
    e.dayEnd = QTime(19, 15);
    e.venueName = u"Kulturbrauerei"_s;
    e.venueAddress = u"Schönhauser Allee 36, 10435 Berlin"_s;
    e.status = EventStatus::Published;
    return e;
}

Room makeRoom(const QUuid &eventId, const QString &name = u"Room A · 一号厅"_s)
{
    Room r;
    r.eventId = eventId;
    r.name = name;
    r.capacity = 120;
    r.availability = {{berlin(4, 9, 0, 250), berlin(4, 12, 30)}, {berlin(5, 13), berlin(5, 18)}};
    return r;
}

Track makeTrack(const QUuid &eventId)
{
    Track t;
    t.eventId = eventId;
    t.name = u"Community · 社区"_s;
    t.color = u"#fb8c00"_s;
    return t;
}

Speaker makeSpeaker(const QUuid &eventId, const QString &name = u"张伟"_s)
{
    Speaker s;
    s.eventId = eventId;
    s.name = name;
    s.email = u"zhang.wei@example.org"_s;
    s.organisation = u"清华大学"_s;
    s.bio = u"Builds scheduling tools."_s;
    s.availability = {{berlin(4, 10), berlin(4, 16)}};
    return s;
}

TicketType makeTicketType(const QUuid &eventId, std::optional<int> quota = 250)
{
    TicketType t;
    t.eventId = eventId;
    t.name = u"Student · 学生票"_s;
    t.quota = quota;
    t.priceCents = 9900;
    t.currency = u"CNY"_s;
    return t;
}

Participant makeParticipant(const QUuid &eventId, int n = 1)
{
    Participant p;
    p.eventId = eventId;
    p.name = u"Participant %1"_s.arg(n);
    p.email = u"p%1@example.org"_s.arg(n);
    return p;
}

// A record with every field set away from its default.
Participant fullParticipant(const QUuid &eventId, const QUuid &ticketTypeId)
{
    Participant p;
    p.eventId = eventId;
    p.name = u"李娜"_s;
    p.email = u"li.na@example.org"_s;
    p.phone = u"+86 10 1234 5678"_s;
    p.organisation = u"阿里云"_s;
    p.ticketTypeId = ticketTypeId;
    p.status = ParticipantStatus::CheckedIn;
    p.answers = QJsonObject{{u"diet"_s, u"vegan"_s},
                            {u"age"_s, 33},
                            {u"workshops"_s, QJsonArray{u"qt"_s, u"sqlite"_s}},
                            {u"travel"_s, QJsonObject{{u"needsVisa"_s, true}, {u"from"_s, u"北京"_s}}}};
    p.notes = u"Arrives on day 2."_s;
    p.source = u"import"_s;
    return p;
}

template <typename T> QList<QUuid> idsOf(const QList<T> &records)
{
    QList<QUuid> out;
    for (const T &r : records)
        out.append(r.meta.id);
    return out;
}

QList<QUuid> sorted(QList<QUuid> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

void expectFreshMeta(const RecordMeta &m)
{
    EXPECT_FALSE(m.id.isNull());
    EXPECT_EQ(m.revision, 1);
    EXPECT_FALSE(m.deleted);
    EXPECT_TRUE(m.createdUtc.isValid());
    EXPECT_EQ(m.createdUtc, m.updatedUtc);
    EXPECT_LE(qAbs(m.createdUtc.secsTo(QDateTime::currentDateTimeUtc())), 60);
}

void expectSameMeta(const RecordMeta &a, const RecordMeta &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.createdUtc, b.createdUtc);
    EXPECT_EQ(a.updatedUtc, b.updatedUtc);
    EXPECT_EQ(a.revision, b.revision);
    EXPECT_EQ(a.deleted, b.deleted);
}

class EventStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_ws.isValid());
        auto opened = m_store.open(m_ws.path());
        ASSERT_TRUE(opened) << opened.error().message.toStdString() << opened.error().detail.toStdString();
    }

    QUuid addEvent(const QString &name = u"OpenTech Summit"_s)
    {
        auto added = m_store.add(makeEvent(name));
        EXPECT_TRUE(added) << added.error().message.toStdString();
        return added ? added.value().meta.id : QUuid();
    }

    template <typename T> T added(const T &record)
    {
        auto result = m_store.add(record);
        EXPECT_TRUE(result) << result.error().message.toStdString();
        return result ? result.value() : T{};
    }

    QList<Change> changes()
    {
        auto c = Outbox(m_store).pending(1000000);
        EXPECT_TRUE(c) << c.error().message.toStdString();
        return c ? c.value() : QList<Change>{};
    }

    TempWorkspace m_ws; // declared first: the store closes before the folder goes
    EventStore m_store;
};

} // namespace

// ---- Round trips ----------------------------------------------------------------------------------------

TEST_F(EventStoreTest, EventRoundTrip)
{
    const Event in = makeEvent();
    const Event out = added(in);
    expectFreshMeta(out.meta);
    EXPECT_EQ(out.name, in.name);
    EXPECT_EQ(out.description, in.description);
    EXPECT_EQ(out.timeZone, in.timeZone);
    EXPECT_EQ(out.startDate, in.startDate);
    EXPECT_EQ(out.endDate, in.endDate);
    EXPECT_EQ(out.dayStart, in.dayStart);
    EXPECT_EQ(out.dayEnd, in.dayEnd);
    EXPECT_EQ(out.venueName, in.venueName);
    EXPECT_EQ(out.venueAddress, in.venueAddress);
    EXPECT_EQ(out.status, in.status);

    auto all = m_store.list<Event>();
    ASSERT_TRUE(all);
    ASSERT_EQ(all.value().size(), 1);
    const Event &listed = all.value().first();
    expectSameMeta(listed.meta, out.meta);
    EXPECT_EQ(listed.name, in.name);
    EXPECT_EQ(listed.dayEnd, in.dayEnd);
    EXPECT_EQ(listed.status, EventStatus::Published);
}

TEST_F(EventStoreTest, RoomRoundTripKeepsAvailabilityWindows)
{
    const QUuid eventId = addEvent();
    const Room in = makeRoom(eventId);
    const Room out = added(in);
    expectFreshMeta(out.meta);
    EXPECT_EQ(out.eventId, eventId);
    EXPECT_EQ(out.name, in.name);
    EXPECT_EQ(out.capacity, 120);
    ASSERT_EQ(out.availability.size(), 2);
    EXPECT_EQ(out.availability, in.availability); // same instants, milliseconds included
    EXPECT_EQ(out.availability.first().start.toMSecsSinceEpoch() % 1000, 250);

    auto all = m_store.list<Room>(eventId);
    ASSERT_TRUE(all);
    ASSERT_EQ(all.value().size(), 1);
    expectSameMeta(all.value().first().meta, out.meta);
    EXPECT_EQ(all.value().first().availability, in.availability);
}

TEST_F(EventStoreTest, TrackRoundTrip)
{
    const QUuid eventId = addEvent();
    const Track in = makeTrack(eventId);
    const Track out = added(in);
    expectFreshMeta(out.meta);
    EXPECT_EQ(out.eventId, eventId);
    EXPECT_EQ(out.name, in.name);
    EXPECT_EQ(out.color, in.color);
    auto all = m_store.list<Track>(eventId);
    ASSERT_TRUE(all);
    ASSERT_EQ(all.value().size(), 1);
    EXPECT_EQ(all.value().first().color, in.color);
}

TEST_F(EventStoreTest, SpeakerRoundTrip)
{
    const QUuid eventId = addEvent();
    const Speaker in = makeSpeaker(eventId);
    const Speaker out = added(in);
    expectFreshMeta(out.meta);
    EXPECT_EQ(out.eventId, eventId);
    EXPECT_EQ(out.name, in.name);
    EXPECT_EQ(out.email, in.email);
    EXPECT_EQ(out.organisation, in.organisation);
    EXPECT_EQ(out.bio, in.bio);
    EXPECT_EQ(out.availability, in.availability);
    auto all = m_store.list<Speaker>(eventId);
    ASSERT_TRUE(all);
    ASSERT_EQ(all.value().size(), 1);
    EXPECT_EQ(all.value().first().availability, in.availability);
}

TEST_F(EventStoreTest, TicketTypeRoundTripWithAndWithoutQuota)
{
    const QUuid eventId = addEvent();
    const TicketType limited = added(makeTicketType(eventId, 250));
    TicketType unlimitedIn = makeTicketType(eventId, std::nullopt);
    unlimitedIn.name = u"Regular"_s;
    unlimitedIn.currency = u"EUR"_s;
    unlimitedIn.priceCents = 34900;
    const TicketType unlimited = added(unlimitedIn);

    expectFreshMeta(limited.meta);
    EXPECT_EQ(limited.name, u"Student · 学生票"_s);
    EXPECT_EQ(limited.quota, std::optional<int>(250));
    EXPECT_EQ(limited.priceCents, 9900);
    EXPECT_EQ(limited.currency, u"CNY"_s);
    EXPECT_FALSE(unlimited.quota.has_value());
    EXPECT_EQ(unlimited.priceCents, 34900);

    auto all = m_store.list<TicketType>(eventId);
    ASSERT_TRUE(all);
    ASSERT_EQ(all.value().size(), 2); // ordered by name
    EXPECT_EQ(all.value().at(0).name, u"Regular"_s);
    EXPECT_FALSE(all.value().at(0).quota.has_value());
    EXPECT_EQ(all.value().at(1).quota, std::optional<int>(250));
}

TEST_F(EventStoreTest, SessionRoundTripKeepsExchangeAndPlacementFields)
{
    const QUuid eventId = addEvent();
    const Room lab = added(makeRoom(eventId, u"Lab 1"_s));
    Session in;
    in.eventId = eventId;
    in.title = u"Soldering for beginners"_s;
    in.subtitle = u"Bring nothing, leave with a badge"_s;
    in.description = u"A long text with **Markdown** and 中文."_s;
    in.links = {{u"https://example.org/slides"_s, u"Slides"_s}, {u"https://example.org/repo"_s, QString()}};
    in.attachments = {{u"https://example.org/handout.pdf"_s, u"Handout · 讲义"_s}};
    in.allowedRoomIds = {lab.meta.id};
    in.allowedTimes = {{berlin(4, 13, 0), berlin(4, 18, 0)}, {berlin(5, 9, 0), berlin(5, 12, 30)}};
    const Session out = added(in);
    EXPECT_EQ(out.subtitle, in.subtitle);
    EXPECT_EQ(out.description, in.description);
    EXPECT_EQ(out.links, in.links);
    EXPECT_EQ(out.attachments, in.attachments);
    EXPECT_EQ(out.allowedRoomIds, in.allowedRoomIds);
    EXPECT_EQ(out.allowedTimes, in.allowedTimes);

    Event event = m_store.get<Event>(eventId).value();
    event.acronym = u"qtcon27"_s;
    event.roomChangeoverMinutes = 15;
    ASSERT_TRUE(m_store.update(event));
    const Event reread = m_store.get<Event>(eventId).value();
    EXPECT_EQ(reread.acronym, u"qtcon27"_s);
    EXPECT_EQ(reread.roomChangeoverMinutes, 15);
}

TEST_F(EventStoreTest, SessionRoundTripScheduledAndUnscheduled)
{
    const QUuid eventId = addEvent();
    const Room room = added(makeRoom(eventId));
    const Track track = added(makeTrack(eventId));
    const Speaker s1 = added(makeSpeaker(eventId, u"Ada"_s));
    const Speaker s2 = added(makeSpeaker(eventId, u"Grace"_s));

    Session in;
    in.eventId = eventId;
    in.title = u"用 Qt 构建跨平台桌面应用"_s;
    in.abstract = u"Practical advice."_s;
    in.type = SessionType::Keynote;
    in.durationMinutes = 45;
    in.language = u"zh"_s;
    in.trackId = track.meta.id;
    in.roomId = room.meta.id;
    in.start = berlin(4, 10, 15);
    in.speakerIds = {s2.meta.id, s1.meta.id}; // order matters
    in.expectedAttendance = 140;
    in.pinned = true;
    in.tags = {u"qt"_s, u"中文"_s, u"desktop apps"_s};
    const Session out = added(in);

    expectFreshMeta(out.meta);
    EXPECT_EQ(out.eventId, eventId);
    EXPECT_EQ(out.title, in.title);
    EXPECT_EQ(out.abstract, in.abstract);
    EXPECT_EQ(out.type, SessionType::Keynote);
    EXPECT_EQ(out.durationMinutes, 45);
    EXPECT_EQ(out.language, u"zh"_s);
    EXPECT_EQ(out.trackId, track.meta.id);
    EXPECT_EQ(out.roomId, room.meta.id);
    EXPECT_EQ(out.start, in.start);
    EXPECT_EQ(out.speakerIds, in.speakerIds);
    EXPECT_EQ(out.expectedAttendance, 140);
    EXPECT_TRUE(out.pinned);
    EXPECT_EQ(out.tags, in.tags);
    EXPECT_TRUE(out.isScheduled());

    Session loose;
    loose.eventId = eventId;
    loose.title = u"Unscheduled lightning talks"_s;
    const Session looseOut = added(loose);
    EXPECT_FALSE(looseOut.start.isValid());
    EXPECT_TRUE(looseOut.roomId.isNull());
    EXPECT_TRUE(looseOut.trackId.isNull());
    EXPECT_TRUE(looseOut.speakerIds.isEmpty());
    EXPECT_TRUE(looseOut.tags.isEmpty());
    EXPECT_FALSE(looseOut.isScheduled());

    auto all = m_store.list<Session>(eventId);
    ASSERT_TRUE(all);
    ASSERT_EQ(all.value().size(), 2); // scheduled first, unscheduled last
    EXPECT_EQ(all.value().at(0).meta.id, out.meta.id);
    EXPECT_EQ(all.value().at(0).speakerIds, in.speakerIds);
    EXPECT_EQ(all.value().at(0).tags, in.tags);
    EXPECT_EQ(all.value().at(1).meta.id, looseOut.meta.id);
    EXPECT_FALSE(all.value().at(1).start.isValid());
}

TEST_F(EventStoreTest, ParticipantRoundTripKeepsAnswersJson)
{
    const QUuid eventId = addEvent();
    const TicketType ticket = added(makeTicketType(eventId));
    const Participant in = fullParticipant(eventId, ticket.meta.id);
    const Participant out = added(in);
    expectFreshMeta(out.meta);
    EXPECT_EQ(out.eventId, eventId);
    EXPECT_EQ(out.name, in.name);
    EXPECT_EQ(out.email, in.email);
    EXPECT_EQ(out.phone, in.phone);
    EXPECT_EQ(out.organisation, in.organisation);
    EXPECT_EQ(out.ticketTypeId, ticket.meta.id);
    EXPECT_EQ(out.status, ParticipantStatus::CheckedIn);
    EXPECT_EQ(out.answers, in.answers);
    EXPECT_EQ(out.answers.value(u"travel"_s).toObject().value(u"from"_s).toString(), u"北京"_s);
    EXPECT_EQ(out.notes, in.notes);
    EXPECT_EQ(out.source, u"import"_s);

    Participant bare = makeParticipant(eventId, 2);
    const Participant bareOut = added(bare);
    EXPECT_TRUE(bareOut.ticketTypeId.isNull());
    EXPECT_TRUE(bareOut.answers.isEmpty());

    auto all = m_store.list<Participant>(eventId);
    ASSERT_TRUE(all);
    ASSERT_EQ(all.value().size(), 2);
    EXPECT_EQ(sorted(idsOf(all.value())), sorted({out.meta.id, bareOut.meta.id}));
    for (const Participant &p : all.value()) {
        if (p.meta.id == out.meta.id) {
            EXPECT_EQ(p.answers, in.answers);
        }
    }
}

TEST_F(EventStoreTest, ListAndCountAreScopedToTheEvent)
{
    const QUuid a = addEvent(u"A"_s);
    const QUuid b = addEvent(u"B"_s);
    added(makeRoom(a, u"A1"_s));
    added(makeRoom(a, u"A2"_s));
    added(makeRoom(b, u"B1"_s));
    EXPECT_EQ(m_store.count<Room>(a).value(), 2);
    EXPECT_EQ(m_store.count<Room>(b).value(), 1);
    EXPECT_EQ(m_store.count<Room>().value(), 3);
    EXPECT_EQ(m_store.count<Event>().value(), 2);
    auto listed = m_store.list<Room>(b);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed.value().size(), 1);
    EXPECT_EQ(listed.value().first().name, u"B1"_s);
}

// ---- Revisions and the change outbox --------------------------------------------------------------------

TEST_F(EventStoreTest, AddAppendsACreateChange)
{
    const QUuid eventId = addEvent();
    const Room room = added(makeRoom(eventId));
    const QList<Change> all = changes();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).kind, RecordKind::Event);
    EXPECT_EQ(all.at(0).recordId, eventId);
    const Change &c = all.at(1);
    EXPECT_GT(c.sequence, all.at(0).sequence);
    EXPECT_EQ(c.kind, RecordKind::Room);
    EXPECT_EQ(c.recordId, room.meta.id);
    EXPECT_EQ(c.fields, (QStringList{u"event_id"_s, u"name"_s, u"capacity"_s, u"availability"_s}));
    EXPECT_EQ(c.baseRevision, 0);
    EXPECT_EQ(c.revision, 1);
    EXPECT_FALSE(c.pushed);
    EXPECT_TRUE(c.changedUtc.isValid());
}

TEST_F(EventStoreTest, UpdateBumpsRevisionAndRecordsChangedFields)
{
    const QUuid eventId = addEvent();
    Room room = added(makeRoom(eventId));
    room.name = u"Main Hall"_s;
    room.capacity = 600;
    auto updated = m_store.update(room);
    ASSERT_TRUE(updated) << updated.error().message.toStdString();
    EXPECT_EQ(updated.value().meta.revision, 2);
    EXPECT_EQ(updated.value().meta.createdUtc, room.meta.createdUtc);
    EXPECT_GE(updated.value().meta.updatedUtc, room.meta.createdUtc);
    EXPECT_EQ(updated.value().name, u"Main Hall"_s);
    EXPECT_EQ(updated.value().capacity, 600);
    EXPECT_EQ(updated.value().availability, room.availability);

    const QList<Change> all = changes();
    ASSERT_EQ(all.size(), 3);
    const Change &c = all.last();
    EXPECT_EQ(c.kind, RecordKind::Room);
    EXPECT_EQ(c.recordId, room.meta.id);
    EXPECT_EQ(c.fields, (QStringList{u"name"_s, u"capacity"_s}));
    EXPECT_EQ(c.baseRevision, 1);
    EXPECT_EQ(c.revision, 2);

    Room again = updated.value();
    again.availability.clear();
    auto third = m_store.update(again);
    ASSERT_TRUE(third);
    EXPECT_EQ(third.value().meta.revision, 3);
    EXPECT_TRUE(third.value().availability.isEmpty());
    const QList<Change> after = changes();
    ASSERT_EQ(after.size(), 4);
    EXPECT_EQ(after.last().fields, QStringList{u"availability"_s});
    EXPECT_EQ(after.last().baseRevision, 2);
    EXPECT_EQ(after.last().revision, 3);
}

TEST_F(EventStoreTest, UpdateOfOptionalFieldsIsDetected)
{
    const QUuid eventId = addEvent();
    TicketType ticket = added(makeTicketType(eventId, 100));
    ticket.quota = std::nullopt;
    auto unlimited = m_store.update(ticket);
    ASSERT_TRUE(unlimited);
    EXPECT_FALSE(unlimited.value().quota.has_value());
    EXPECT_EQ(unlimited.value().meta.revision, 2);
    EXPECT_EQ(changes().last().fields, QStringList{u"quota"_s});

    const Room room = added(makeRoom(eventId));
    Session s;
    s.eventId = eventId;
    s.title = u"Moves around"_s;
    s = added(s);
    s.roomId = room.meta.id;
    s.start = berlin(4, 11);
    auto scheduled = m_store.update(s);
    ASSERT_TRUE(scheduled);
    EXPECT_TRUE(scheduled.value().isScheduled());
    EXPECT_EQ(changes().last().fields, (QStringList{u"room_id"_s, u"start_utc"_s}));

    Session back = scheduled.value();
    back.roomId = QUuid();
    back.start = QDateTime();
    auto unscheduled = m_store.update(back);
    ASSERT_TRUE(unscheduled);
    EXPECT_FALSE(unscheduled.value().start.isValid());
    EXPECT_TRUE(unscheduled.value().roomId.isNull());
    EXPECT_EQ(unscheduled.value().meta.revision, 3);
}

TEST_F(EventStoreTest, UpdateWithoutChangesWritesNothing)
{
    const QUuid eventId = addEvent();
    const Participant p = added(fullParticipant(eventId, added(makeTicketType(eventId)).meta.id));
    const qsizetype before = changes().size();
    QSignalSpy spy(&m_store, &EventStore::recordsChanged);

    auto same = m_store.update(p);
    ASSERT_TRUE(same) << same.error().message.toStdString();
    EXPECT_EQ(same.value().meta.revision, 1);
    EXPECT_EQ(same.value().meta.updatedUtc, p.meta.updatedUtc);
    EXPECT_EQ(changes().size(), before);
    EXPECT_EQ(spy.count(), 0);
    EXPECT_EQ(m_store.get<Participant>(p.meta.id).value().meta.revision, 1);
}

TEST_F(EventStoreTest, StaleRevisionIsAConflict)
{
    const QUuid eventId = addEvent();
    const Track original = added(makeTrack(eventId));
    Track mine = original;
    Track theirs = original;
    theirs.name = u"Theirs"_s;
    ASSERT_TRUE(m_store.update(theirs));
    const qsizetype before = changes().size();

    mine.name = u"Mine"_s;
    auto conflict = m_store.update(mine);
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(conflict.error().message.contains(u"changed elsewhere"_s));
    EXPECT_EQ(m_store.get<Track>(original.meta.id).value().name, u"Theirs"_s);
    EXPECT_EQ(m_store.get<Track>(original.meta.id).value().meta.revision, 2);
    EXPECT_EQ(changes().size(), before);

    auto forced = m_store.update(mine, EventStore::RevisionCheck::Ignore);
    ASSERT_TRUE(forced);
    EXPECT_EQ(forced.value().name, u"Mine"_s);
    EXPECT_EQ(forced.value().meta.revision, 3);
    EXPECT_EQ(changes().last().baseRevision, 2);
}

TEST_F(EventStoreTest, AConflictNamesTheRecordAndItsKind)
{
    const QUuid eventId = addEvent();
    const Track original = added(makeTrack(eventId));
    Track theirs = original;
    theirs.name = u"Theirs"_s;
    ASSERT_TRUE(m_store.update(theirs));
    Track mine = original;
    mine.color = u"#123456"_s;
    auto conflict = m_store.updateMany(QList<Track>{mine});
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(conflict.error().message.contains(u"track \"Theirs\""_s))
        << conflict.error().message.toStdString();
}

TEST_F(EventStoreTest, SetDeletedWithExpectedRevisionsIsAllOrNothing)
{
    const QUuid eventId = addEvent();
    const Room a = added(makeRoom(eventId));
    Room b = makeRoom(eventId);
    b.name = u"Second room"_s;
    b = added(b);
    const qsizetype before = changes().size();
    // b moved on since the caller last wrote it: neither is tombstoned.
    Room theirs = b;
    theirs.capacity = 7;
    ASSERT_TRUE(m_store.update(theirs));
    auto refused = m_store.setDeleted<Room>({a.meta.id, b.meta.id}, true, {{a.meta.id, 1}, {b.meta.id, 1}});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().message.contains(u"Second room"_s)) << refused.error().message.toStdString();
    EXPECT_FALSE(m_store.get<Room>(a.meta.id).value().meta.deleted);
    EXPECT_FALSE(m_store.get<Room>(b.meta.id).value().meta.deleted);
    EXPECT_EQ(changes().size(), before + 1);

    ASSERT_TRUE(m_store.setDeleted<Room>({a.meta.id, b.meta.id}, true, {{a.meta.id, 1}, {b.meta.id, 2}}));
    EXPECT_TRUE(m_store.get<Room>(b.meta.id).value().meta.deleted);
    auto revisions = m_store.revisions(RecordKind::Room, {a.meta.id, b.meta.id, QUuid::createUuid()});
    ASSERT_TRUE(revisions);
    EXPECT_EQ(revisions.value(), (QHash<QUuid, qint64>{{a.meta.id, 2}, {b.meta.id, 3}}));
}

TEST_F(EventStoreTest, InvalidUpdateIsRejectedAndWritesNothing)
{
    const QUuid eventId = addEvent();
    Room room = added(makeRoom(eventId));
    const qsizetype before = changes().size();
    room.capacity = -1;
    auto result = m_store.update(room);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Validation);
    EXPECT_TRUE(result.error().detail.contains(u"capacity"_s));
    EXPECT_EQ(m_store.get<Room>(room.meta.id).value().capacity, 120);
    EXPECT_EQ(changes().size(), before);
}

// ---- Tombstones -----------------------------------------------------------------------------------------

TEST_F(EventStoreTest, RemoveTombstonesAndRestoreBringsBack)
{
    const QUuid eventId = addEvent();
    const Speaker speaker = added(makeSpeaker(eventId));
    const Speaker other = added(makeSpeaker(eventId, u"Other"_s));

    ASSERT_TRUE(m_store.remove<Speaker>(speaker.meta.id));
    EXPECT_EQ(m_store.count<Speaker>(eventId).value(), 1);
    EXPECT_EQ(idsOf(m_store.list<Speaker>(eventId).value()), QList<QUuid>{other.meta.id});
    EXPECT_EQ(m_store.list<Speaker>(eventId, true).value().size(), 2);
    auto gone = m_store.get<Speaker>(speaker.meta.id);
    ASSERT_TRUE(gone);
    EXPECT_TRUE(gone.value().meta.deleted);
    EXPECT_EQ(gone.value().meta.revision, 2);
    EXPECT_EQ(gone.value().name, speaker.name);
    Change c = changes().last();
    EXPECT_EQ(c.kind, RecordKind::Speaker);
    EXPECT_EQ(c.recordId, speaker.meta.id);
    EXPECT_EQ(c.fields, QStringList{u"deleted"_s});
    EXPECT_EQ(c.baseRevision, 1);
    EXPECT_EQ(c.revision, 2);

    ASSERT_TRUE(m_store.restore<Speaker>(speaker.meta.id));
    EXPECT_EQ(m_store.count<Speaker>(eventId).value(), 2);
    auto back = m_store.get<Speaker>(speaker.meta.id);
    ASSERT_TRUE(back);
    EXPECT_FALSE(back.value().meta.deleted);
    EXPECT_EQ(back.value().meta.revision, 3);
    c = changes().last();
    EXPECT_EQ(c.fields, QStringList{u"deleted"_s});
    EXPECT_EQ(c.baseRevision, 2);
    EXPECT_EQ(c.revision, 3);
}

TEST_F(EventStoreTest, RemoveTwiceAndRestoreLiveAreErrors)
{
    const QUuid eventId = addEvent();
    const Room room = added(makeRoom(eventId));
    auto restoreLive = m_store.restore<Room>(room.meta.id);
    ASSERT_FALSE(restoreLive);
    EXPECT_TRUE(restoreLive.error().message.contains(u"not deleted"_s));

    ASSERT_TRUE(m_store.remove<Room>(room.meta.id));
    const qsizetype before = changes().size();
    auto twice = m_store.remove<Room>(room.meta.id);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(twice.error().message.contains(u"already deleted"_s));
    EXPECT_EQ(m_store.get<Room>(room.meta.id).value().meta.revision, 2);
    EXPECT_EQ(changes().size(), before);

    auto unknown = m_store.remove<Room>(QUuid::createUuid());
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

TEST_F(EventStoreTest, TombstonedRecordsCannotBeUpdatedOrReferenced)
{
    const QUuid eventId = addEvent();
    Room room = added(makeRoom(eventId));
    ASSERT_TRUE(m_store.remove<Room>(room.meta.id));
    room.meta.revision = 2;
    room.name = u"Renamed"_s;
    auto update = m_store.update(room);
    ASSERT_FALSE(update);
    EXPECT_EQ(update.error().code, ErrorCode::NotFound);

    Session s;
    s.eventId = eventId;
    s.title = u"In a deleted room"_s;
    s.roomId = room.meta.id;
    s.start = berlin(4, 10);
    auto result = m_store.add(s);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::NotFound);
    EXPECT_EQ(m_store.count<Session>().value(), 0);
}

TEST_F(EventStoreTest, GetUnknownIdIsNotFound)
{
    auto missing = m_store.get<Event>(QUuid::createUuid());
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

// ---- Ids and references ---------------------------------------------------------------------------------

TEST_F(EventStoreTest, DuplicateExplicitIdIsRejectedAndWritesNothing)
{
    const QUuid eventId = addEvent();
    Room first = makeRoom(eventId, u"First"_s);
    first.meta.id = QUuid::createUuid();
    ASSERT_TRUE(m_store.add(first));
    const qsizetype before = changes().size();
    QSignalSpy spy(&m_store, &EventStore::recordsChanged);

    Room second = makeRoom(eventId, u"Second"_s);
    second.meta.id = first.meta.id;
    auto result = m_store.add(second);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::DuplicateId);
    EXPECT_TRUE(result.error().message.contains(first.meta.id.toString(QUuid::WithoutBraces)));
    EXPECT_EQ(m_store.count<Room>().value(), 1);
    EXPECT_EQ(m_store.get<Room>(first.meta.id).value().name, u"First"_s);
    EXPECT_EQ(changes().size(), before);
    EXPECT_EQ(spy.count(), 0);
}

TEST_F(EventStoreTest, DuplicateIdWithinOneBatchWritesNothing)
{
    const QUuid eventId = addEvent();
    const qsizetype before = changes().size();
    QList<Participant> batch;
    for (int i = 0; i < 4; ++i)
        batch.append(makeParticipant(eventId, i));
    batch[3].meta.id = batch[1].meta.id = QUuid::createUuid();
    auto result = m_store.addMany(batch);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::DuplicateId);
    EXPECT_EQ(m_store.count<Participant>().value(), 0);
    EXPECT_EQ(changes().size(), before);
}

TEST_F(EventStoreTest, ReferencesToMissingRecordsAreRejected)
{
    const QUuid eventId = addEvent();
    const QUuid otherEventId = addEvent(u"Other event"_s);
    const Room otherRoom = added(makeRoom(otherEventId));
    const qsizetype before = changes().size();

    const QUuid nowhere = QUuid::createUuid();
    auto roomResult = m_store.add(makeRoom(nowhere));
    ASSERT_FALSE(roomResult);
    EXPECT_EQ(roomResult.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(roomResult.error().message.contains(nowhere.toString(QUuid::WithoutBraces)));
    EXPECT_TRUE(roomResult.error().message.contains(u"event"_s));

    auto orphan = m_store.add(makeRoom(QUuid()));
    ASSERT_FALSE(orphan);
    EXPECT_EQ(orphan.error().code, ErrorCode::Validation);

    const auto sessionWith = [&](auto change) {
        Session s;
        s.eventId = eventId;
        s.title = u"Dangling"_s;
        change(s);
        return m_store.add(s);
    };
    auto noRoom = sessionWith([](Session &s) {
        s.roomId = QUuid::createUuid();
        s.start = berlin(4, 9);
    });
    ASSERT_FALSE(noRoom);
    EXPECT_EQ(noRoom.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(noRoom.error().message.contains(u"room"_s));

    auto roomOfOtherEvent = sessionWith([&](Session &s) {
        s.roomId = otherRoom.meta.id;
        s.start = berlin(4, 9);
    });
    ASSERT_FALSE(roomOfOtherEvent);
    EXPECT_EQ(roomOfOtherEvent.error().code, ErrorCode::NotFound);

    auto noTrack = sessionWith([](Session &s) { s.trackId = QUuid::createUuid(); });
    ASSERT_FALSE(noTrack);
    EXPECT_EQ(noTrack.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(noTrack.error().message.contains(u"track"_s));

    auto noSpeaker = sessionWith([](Session &s) { s.speakerIds = {QUuid::createUuid()}; });
    ASSERT_FALSE(noSpeaker);
    EXPECT_EQ(noSpeaker.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(noSpeaker.error().message.contains(u"speaker"_s));

    Participant p = makeParticipant(eventId);
    p.ticketTypeId = QUuid::createUuid();
    auto noTicket = m_store.add(p);
    ASSERT_FALSE(noTicket);
    EXPECT_EQ(noTicket.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(noTicket.error().message.contains(u"ticket type"_s));

    EXPECT_EQ(m_store.count<Session>().value(), 0);
    EXPECT_EQ(m_store.count<Participant>().value(), 0);
    EXPECT_EQ(m_store.count<Room>().value(), 1);
    EXPECT_EQ(changes().size(), before);
}

// ---- addMany --------------------------------------------------------------------------------------------

TEST_F(EventStoreTest, AddManyWritesAllInOneGo)
{
    const QUuid eventId = addEvent();
    QList<Participant> batch;
    for (int i = 0; i < 25; ++i)
        batch.append(makeParticipant(eventId, i));
    auto result = m_store.addMany(batch);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_EQ(result.value(), 25);
    EXPECT_EQ(m_store.count<Participant>(eventId).value(), 25);

    // One outbox entry for the whole batch, listing every record in the order it was saved.
    const QList<Change> c = changes();
    ASSERT_EQ(c.size(), 26);
    const QList<Participant> saved = m_store.list<Participant>(eventId).value();
    ASSERT_EQ(saved.size(), 25);
    for (int i = 0; i < 25; ++i) {
        const Change &change = c.at(i + 1);
        EXPECT_EQ(change.kind, RecordKind::Participant);
        EXPECT_EQ(change.recordId, saved.at(i).meta.id) << i;
        EXPECT_EQ(change.sequence, c.at(1).sequence);
        EXPECT_EQ(change.baseRevision, 0);
        EXPECT_EQ(change.revision, 1);
        EXPECT_TRUE(change.fields.contains(u"email"_s));
        EXPECT_EQ(saved.at(i).name, u"Participant %1"_s.arg(i)); // saved in the order given
        // new ids are handed out in ascending order within one call
        if (i > 0) {
            EXPECT_LT(saved.at(i - 1).meta.id.toString(), saved.at(i).meta.id.toString());
        }
    }
    EXPECT_NE(c.at(0).sequence, c.at(1).sequence);
    RawSqlite raw(m_ws.path());
    EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM changes"_s).toInt(), 2);

    // The next change to one of them is its own entry.
    Participant renamed = saved.at(3);
    renamed.name = u"Renamed"_s;
    ASSERT_TRUE(m_store.update(renamed));
    const QList<Change> after = changes();
    ASSERT_EQ(after.size(), 27);
    EXPECT_EQ(after.last().recordId, renamed.meta.id);
    EXPECT_EQ(after.last().fields, QStringList{u"name"_s});
    EXPECT_EQ(after.last().baseRevision, 1);
}

// A large batch reads each referenced table's live ids once (ReferenceChecker's bulk form); it refuses the
// same references one by one does: a deleted room, a speaker of another event, and writes nothing.
TEST_F(EventStoreTest, AddManyChecksReferencesInALargeBatch)
{
    const QUuid eventId = addEvent();
    const QUuid otherEvent = addEvent(u"Other"_s);
    const Room room = added(makeRoom(eventId));
    const Room gone = added(makeRoom(eventId, u"Gone"_s));
    ASSERT_TRUE(m_store.remove<Room>(gone.meta.id));
    const Speaker ada = added(makeSpeaker(eventId, u"Ada"_s));
    const Speaker elsewhere = added(makeSpeaker(otherEvent, u"Grace"_s));
    auto batch = [&](int bad, const QUuid &roomId, const QUuid &speakerId) {
        QList<Session> sessions;
        for (int i = 0; i < 30; ++i) {
            Session s;
            s.eventId = eventId;
            s.title = u"Talk %1"_s.arg(i);
            s.durationMinutes = 30;
            s.roomId = i == bad ? roomId : room.meta.id;
            s.speakerIds = {i == bad ? speakerId : ada.meta.id};
            sessions.append(s);
        }
        return sessions;
    };
    auto refused = m_store.addMany(batch(17, gone.meta.id, ada.meta.id));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(refused.error().message.contains(gone.meta.id.toString(QUuid::WithoutBraces)))
        << refused.error().message.toStdString();
    refused = m_store.addMany(batch(29, room.meta.id, elsewhere.meta.id));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(elsewhere.meta.id.toString(QUuid::WithoutBraces)))
        << refused.error().message.toStdString();
    EXPECT_EQ(m_store.count<Session>(eventId).value(), 0);
    auto added = m_store.addMany(batch(-1, {}, {}));
    ASSERT_TRUE(added) << added.error().message.toStdString();
    EXPECT_EQ(added.value(), 30);
}

TEST_F(EventStoreTest, ParticipantsAreListedByIdOrStatusAndCountedByTicket)
{
    const QUuid eventId = addEvent();
    const QUuid otherEvent = addEvent(u"Other"_s);
    TicketType t;
    t.eventId = eventId;
    t.name = u"Regular"_s;
    const QUuid ticket = added(t).meta.id;
    QList<Participant> batch;
    for (int i = 0; i < 6; ++i) {
        Participant p = makeParticipant(eventId, i);
        p.status = i % 2 ? ParticipantStatus::Waitlisted : ParticipantStatus::Confirmed;
        p.ticketTypeId = i < 4 ? ticket : QUuid();
        batch.append(p);
    }
    ASSERT_TRUE(m_store.addMany(batch));
    ASSERT_TRUE(m_store.add(makeParticipant(otherEvent, 9)));
    const QList<Participant> all = m_store.list<Participant>(eventId).value();
    ASSERT_EQ(all.size(), 6);
    ASSERT_TRUE(m_store.setDeleted<Participant>({all.at(5).meta.id}, true));

    const auto names = [](const QList<Participant> &list) {
        QStringList out;
        for (const Participant &p : list)
            out.append(p.name);
        return out;
    };
    // The waitlisted ones and participant 2, in registration order; the deleted one is left out.
    auto listed = m_store.listParticipants(eventId, {all.at(2).meta.id}, {ParticipantStatus::Waitlisted});
    ASSERT_TRUE(listed) << listed.error().message.toStdString();
    EXPECT_EQ(names(listed.value()),
              (QStringList{u"Participant 1"_s, u"Participant 2"_s, u"Participant 3"_s}));
    EXPECT_EQ(names(m_store.listParticipants(eventId, {all.at(4).meta.id}, {}).value()),
              QStringList{u"Participant 4"_s});
    EXPECT_TRUE(m_store.listParticipants(eventId, {}, {}).value().isEmpty());

    auto counted = m_store.countParticipantsByTicket(eventId, {ParticipantStatus::Confirmed});
    ASSERT_TRUE(counted) << counted.error().message.toStdString();
    EXPECT_EQ(counted.value(), (QHash<QUuid, qint64>{{ticket, 2}, {QUuid(), 1}}));
}

TEST_F(EventStoreTest, ForeignKeysAreDeferredOnlyWhileABulkAddRuns)
{
    const QUuid eventId = addEvent();
    QStringList storeConnections;
    for (const QString &name : QSqlDatabase::connectionNames())
        if (name.startsWith(u"eventstore-"_s))
            storeConnections.append(name);
    ASSERT_EQ(storeConnections.size(), 1);
    const auto deferred = [&] {
        QSqlQuery q(QSqlDatabase::database(storeConnections.first(), false));
        return q.exec(u"PRAGMA defer_foreign_keys"_s) && q.next() ? q.value(0).toInt() : -1;
    };
    // Inside an outer transaction, the statements after the bulk add are checked immediately again.
    auto ok = m_store.inTransaction([&]() -> Result<void> {
        if (auto added =
                m_store.addMany(QList<Participant>{makeParticipant(eventId, 1), makeParticipant(eventId, 2)});
            !added)
            return added.error();
        EXPECT_EQ(deferred(), 0);
        QSqlQuery orphan(QSqlDatabase::database(storeConnections.first(), false));
        EXPECT_FALSE(
            orphan.exec(u"INSERT INTO rooms (id, created_utc, updated_utc, event_id, name, capacity) "
                        "VALUES ('r1', 'now', 'now', 'no-such-event', 'Hall', 10)"_s));
        return {};
    });
    ASSERT_TRUE(ok) << ok.error().message.toStdString();
    EXPECT_EQ(m_store.count<Participant>(eventId).value(), 2);
    EXPECT_EQ(m_store.count<Room>().value(), 0);
}

TEST_F(EventStoreTest, FirstHistoryEntryIsWhoRegisteredWithTheFirstStatus)
{
    const QUuid eventId = addEvent();
    m_store.setActor(u"desk-1"_s);
    QList<Participant> batch{makeParticipant(eventId, 1), makeParticipant(eventId, 2)};
    batch[0].status = ParticipantStatus::Waitlisted;
    ASSERT_TRUE(m_store.addMany(batch));
    const Participant p = m_store.list<Participant>(eventId).value().first();
    auto history = StatusHistory(m_store).forParticipant(p.meta.id);
    ASSERT_TRUE(history) << history.error().message.toStdString();
    ASSERT_EQ(history.value().size(), 1);
    EXPECT_FALSE(history.value().at(0).from.has_value());
    EXPECT_EQ(history.value().at(0).to, ParticipantStatus::Waitlisted);
    EXPECT_EQ(history.value().at(0).changedBy, u"desk-1"_s);
    EXPECT_EQ(history.value().at(0).changedUtc, p.meta.createdUtc);

    // Later changes follow it, and it keeps showing the status the registration started with.
    m_store.setActor(u"desk-2"_s);
    for (ParticipantStatus s : {ParticipantStatus::Confirmed, ParticipantStatus::CheckedIn}) {
        Participant next = m_store.get<Participant>(p.meta.id).value();
        next.status = s;
        ASSERT_TRUE(m_store.update(next));
    }
    history = StatusHistory(m_store).forParticipant(p.meta.id);
    ASSERT_EQ(history.value().size(), 3);
    EXPECT_EQ(history.value().at(0).to, ParticipantStatus::Waitlisted);
    EXPECT_EQ(history.value().at(0).changedBy, u"desk-1"_s);
    EXPECT_EQ(history.value().at(1).from, ParticipantStatus::Waitlisted);
    EXPECT_EQ(history.value().at(1).to, ParticipantStatus::Confirmed);
    EXPECT_EQ(history.value().at(2).to, ParticipantStatus::CheckedIn);
    EXPECT_EQ(history.value().at(2).changedBy, u"desk-2"_s);
    EXPECT_TRUE(StatusHistory(m_store).forParticipant(QUuid::createUuid()).value().isEmpty());
}

TEST_F(EventStoreTest, AddManyIsAllOrNothing)
{
    const QUuid eventId = addEvent();
    const qsizetype before = changes().size();
    QSignalSpy spy(&m_store, &EventStore::recordsChanged);
    QList<Participant> batch;
    for (int i = 1; i <= 5; ++i)
        batch.append(makeParticipant(eventId, i));
    batch[2].email = u"not-an-email"_s;

    auto result = m_store.addMany(batch);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Validation);
    EXPECT_TRUE(result.error().message.contains(u"Record 3"_s)) << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(u"not-an-email"_s));
    EXPECT_EQ(result.error().detail, u"email"_s);
    EXPECT_EQ(m_store.count<Participant>().value(), 0);
    EXPECT_EQ(m_store.list<Participant>({}, true).value().size(), 0);
    EXPECT_EQ(changes().size(), before);
    EXPECT_EQ(spy.count(), 0);
}

TEST_F(EventStoreTest, AddManyReportsProgressEveryThousandRows)
{
    const QUuid eventId = addEvent();
    QList<Participant> batch;
    for (int i = 0; i < 2500; ++i)
        batch.append(makeParticipant(eventId, i));
    QList<int> calls;
    auto result = m_store.addMany(batch, [&](int done) {
        calls.append(done);
        return true;
    });
    ASSERT_TRUE(result);
    EXPECT_EQ(result.value(), 2500);
    EXPECT_EQ(calls, (QList<int>{1000, 2000}));
    EXPECT_EQ(m_store.count<Participant>().value(), 2500);
}

TEST_F(EventStoreTest, AddManyCancelledByProgressWritesNothing)
{
    const QUuid eventId = addEvent();
    const qsizetype before = changes().size();
    QSignalSpy spy(&m_store, &EventStore::recordsChanged);
    QList<Participant> batch;
    for (int i = 0; i < 2500; ++i)
        batch.append(makeParticipant(eventId, i));
    QList<int> calls;
    auto result = m_store.addMany(batch, [&](int done) {
        calls.append(done);
        return done < 2000;
    });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(calls, (QList<int>{1000, 2000}));
    EXPECT_EQ(m_store.count<Participant>().value(), 0);
    EXPECT_EQ(changes().size(), before);
    EXPECT_EQ(spy.count(), 0);

    // The store is still usable afterwards: the transaction was rolled back, not left open.
    ASSERT_TRUE(m_store.add(makeParticipant(eventId, 1)));
    EXPECT_EQ(m_store.count<Participant>().value(), 1);
}

// ---- recordsChanged -------------------------------------------------------------------------------------

TEST_F(EventStoreTest, RecordsChangedFiresAfterCommitWithTheIds)
{
    const QUuid eventId = addEvent();
    QSignalSpy spy(&m_store, &EventStore::recordsChanged);
    ASSERT_TRUE(spy.isValid());

    // A separate connection sees only committed rows, so this proves the signal comes after the commit.
    RawSqlite raw(m_ws.path());
    ASSERT_TRUE(raw.isOpen());
    QList<qint64> visibleAtSignal;
    QObject::connect(&m_store, &EventStore::recordsChanged, &m_store, [&] {
        visibleAtSignal.append(raw.scalar(u"SELECT count(*) FROM rooms WHERE deleted = 0"_s).toLongLong());
    });

    QList<Room> rooms{makeRoom(eventId, u"R1"_s), makeRoom(eventId, u"R2"_s), makeRoom(eventId, u"R3"_s)};
    ASSERT_TRUE(m_store.addMany(rooms));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<RecordKind>(), RecordKind::Room);
    const QList<QUuid> ids = spy.at(0).at(1).value<QList<QUuid>>();
    EXPECT_EQ(sorted(ids), sorted(idsOf(m_store.list<Room>(eventId).value())));
    EXPECT_EQ(visibleAtSignal, QList<qint64>{3});

    Room r = m_store.get<Room>(ids.first()).value();
    r.capacity = 10;
    ASSERT_TRUE(m_store.update(r));
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(1).at(1).value<QList<QUuid>>(), QList<QUuid>{r.meta.id});

    ASSERT_TRUE(m_store.remove<Room>(r.meta.id));
    ASSERT_EQ(spy.count(), 3);
    EXPECT_EQ(spy.at(2).at(1).value<QList<QUuid>>(), QList<QUuid>{r.meta.id});
    EXPECT_EQ(visibleAtSignal.last(), 2);

    ASSERT_TRUE(m_store.restore<Room>(r.meta.id));
    ASSERT_EQ(spy.count(), 4);
    EXPECT_EQ(visibleAtSignal.last(), 3);
}

TEST_F(EventStoreTest, RecordsChangedDoesNotFireOnFailure)
{
    const QUuid eventId = addEvent();
    Room room = added(makeRoom(eventId));
    QSignalSpy spy(&m_store, &EventStore::recordsChanged);

    EXPECT_FALSE(m_store.add(makeRoom(QUuid::createUuid())));
    Room stale = room;
    room.name = u"Newer"_s;
    ASSERT_TRUE(m_store.update(room));
    ASSERT_EQ(spy.count(), 1);
    stale.name = u"Stale"_s;
    EXPECT_FALSE(m_store.update(stale));
    EXPECT_FALSE(m_store.restore<Room>(room.meta.id));
    EXPECT_FALSE(m_store.remove<Room>(QUuid::createUuid()));
    EXPECT_EQ(spy.count(), 1);
}

// ---- resolveId ------------------------------------------------------------------------------------------

TEST_F(EventStoreTest, ResolveIdByUniquePrefix)
{
    const QUuid eventId = addEvent();
    const QUuid a1 = QUuid::fromString(u"aaaa1111-0000-4000-8000-000000000001"_s);
    const QUuid a2 = QUuid::fromString(u"aaaa2222-0000-4000-8000-000000000002"_s);
    const QUuid b = QUuid::fromString(u"bbbb3333-0000-4000-8000-000000000003"_s);
    for (const QUuid &id : {a1, a2, b}) {
        Room r = makeRoom(eventId);
        r.meta.id = id;
        ASSERT_TRUE(m_store.add(r));
    }

    EXPECT_EQ(m_store.resolveId(RecordKind::Room, u"bbbb"_s).value(), b);
    EXPECT_EQ(m_store.resolveId(RecordKind::Room, u"aaaa1"_s).value(), a1);
    EXPECT_EQ(m_store.resolveId(RecordKind::Room, u"AAAA2222"_s).value(), a2);
    EXPECT_EQ(m_store.resolveId(RecordKind::Room, a1.toString()).value(), a1); // full id with braces
    EXPECT_EQ(m_store.resolveId(RecordKind::Room, u"  "_s + b.toString(QUuid::WithoutBraces)).value(), b);

    auto ambiguous = m_store.resolveId(RecordKind::Room, u"aaaa"_s);
    ASSERT_FALSE(ambiguous);
    EXPECT_TRUE(ambiguous.error().message.contains(u"more than one"_s))
        << ambiguous.error().message.toStdString();

    auto unknown = m_store.resolveId(RecordKind::Room, u"cccc"_s);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);

    auto tooShort = m_store.resolveId(RecordKind::Room, u"bbb"_s);
    ASSERT_FALSE(tooShort);
    EXPECT_TRUE(tooShort.error().message.contains(u"at least 4"_s));

    auto wildcard = m_store.resolveId(RecordKind::Room, u"aaaa%"_s);
    ASSERT_FALSE(wildcard);

    auto otherKind = m_store.resolveId(RecordKind::Track, u"bbbb"_s);
    ASSERT_FALSE(otherKind);
    EXPECT_EQ(otherKind.error().code, ErrorCode::NotFound);

    ASSERT_TRUE(m_store.remove<Room>(a2));
    EXPECT_EQ(m_store.resolveId(RecordKind::Room, u"aaaa"_s).value(), a1); // tombstones do not count
    EXPECT_FALSE(m_store.resolveId(RecordKind::Room, u"aaaa2"_s));
}

// ---- Opening --------------------------------------------------------------------------------------------

namespace
{

class EventStoreOpenTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_ws.isValid()); }

    // A workspace with one event in it, closed again.
    void createWorkspace()
    {
        EventStore store;
        ASSERT_TRUE(store.open(m_ws.path()));
        ASSERT_TRUE(store.add(makeEvent()));
    }

    void writeFile(const QByteArray &bytes)
    {
        QFile f(m_ws.path());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(f.write(bytes), bytes.size());
    }

    TempWorkspace m_ws;
};

} // namespace

TEST_F(EventStoreOpenTest, NewFileGetsTheLatestSchema)
{
    const QString path = m_ws.filePath(u"nested/folder/new.eventdesk"_s);
    EventStore store;
    auto opened = store.open(path);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_TRUE(store.isOpen());
    EXPECT_EQ(store.path(), path);
    EXPECT_EQ(store.schemaVersion(), EventStore::kLatestSchemaVersion);
    EXPECT_FALSE(QUuid::fromString(store.workspaceId()).isNull());
    store.close();
    EXPECT_FALSE(store.isOpen());
    EXPECT_TRUE(store.path().isEmpty());
    EXPECT_EQ(store.schemaVersion(), -1);
}

TEST_F(EventStoreOpenTest, EmptyFileIsTreatedAsNew)
{
    writeFile({});
    EventStore store;
    auto opened = store.open(m_ws.path());
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_EQ(store.schemaVersion(), EventStore::kLatestSchemaVersion);
}

TEST_F(EventStoreOpenTest, ReopenKeepsDataAndWorkspaceId)
{
    QString id;
    QUuid eventId;
    {
        EventStore store;
        ASSERT_TRUE(store.open(m_ws.path()));
        id = store.workspaceId();
        eventId = store.add(makeEvent()).value().meta.id;
    }
    EventStore store;
    ASSERT_TRUE(store.open(m_ws.path()));
    EXPECT_EQ(store.workspaceId(), id);
    EXPECT_EQ(store.get<Event>(eventId).value().name, makeEvent().name);
    EXPECT_EQ(Outbox(store).pending().value().size(), 1);
}

TEST_F(EventStoreOpenTest, WalModeAndForeignKeysAreOn)
{
    EventStore store;
    ASSERT_TRUE(store.open(m_ws.path()));
    ASSERT_TRUE(store.add(makeEvent()));
    EXPECT_TRUE(QFileInfo::exists(m_ws.path() + u"-wal"_s));

    RawSqlite raw(m_ws.path());
    ASSERT_TRUE(raw.isOpen());
    EXPECT_EQ(raw.scalar(u"PRAGMA journal_mode"_s).toString(),
              u"wal"_s);                                         // persistent, so any connection sees it
    EXPECT_EQ(raw.scalar(u"PRAGMA page_size"_s).toInt(), 16384); // a new workspace's pages

    // foreign_keys is per connection: ask the store's own connection (Qt lists it by name).
    QStringList storeConnections;
    for (const QString &name : QSqlDatabase::connectionNames())
        if (name.startsWith(u"eventstore-"_s))
            storeConnections.append(name);
    ASSERT_EQ(storeConnections.size(), 1);
    QSqlQuery q(QSqlDatabase::database(storeConnections.first(), false));
    ASSERT_TRUE(q.exec(u"PRAGMA foreign_keys"_s));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST_F(EventStoreOpenTest, TextFileIsNotAWorkspaceAndStaysUnchanged)
{
    const QByteArray text = "name,email\nAda Lovelace,ada@example.org\n";
    writeFile(text);
    EventStore store;
    auto opened = store.open(m_ws.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::NotAWorkspace);
    EXPECT_TRUE(opened.error().message.contains(u"not an EventDesk workspace"_s));
    EXPECT_FALSE(store.isOpen());
    EXPECT_EQ(fileBytes(m_ws.path()), text);
    EXPECT_FALSE(QFileInfo::exists(m_ws.path() + u"-wal"_s));
}

// The GUI opens a workspace twice (its store and team sync's). Opening it a second time must not drop the
// first connection's locks: another process (the CLI, sqlite3) would then delete the write-ahead log the
// first connection still writes to, and its later commits would be lost.
TEST_F(EventStoreOpenTest, ASecondStoreOnTheFileKeepsTheFirstOnesWritesVisibleToOtherProcesses)
{
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    ASSERT_FALSE(sqlite3.isEmpty()) << "sqlite3 is missing (scripts/install-deps.sh installs it)";
    auto countEvents = [&] {
        QProcess p;
        p.start(sqlite3, {m_ws.path(), u"SELECT count(*) FROM events"_s});
        EXPECT_TRUE(p.waitForFinished(30000));
        return p.readAllStandardOutput().trimmed().toInt();
    };
    EventStore first;
    ASSERT_TRUE(first.open(m_ws.path()));
    ASSERT_TRUE(first.add(makeEvent(u"One"_s)));
    EventStore second;
    ASSERT_TRUE(second.open(m_ws.path()));
    EXPECT_EQ(countEvents(), 1);
    EXPECT_TRUE(QFileInfo::exists(m_ws.path() + u"-wal"_s)) << "another process deleted the log in use";
    ASSERT_TRUE(first.add(makeEvent(u"Two"_s)));
    EXPECT_EQ(countEvents(), 2) << "the first store's commit went to a deleted log";
}

TEST_F(EventStoreOpenTest, FolderIsNotAWorkspace)
{
    ASSERT_TRUE(QDir().mkpath(m_ws.path()));
    EventStore store;
    auto opened = store.open(m_ws.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::NotAWorkspace);
}

TEST_F(EventStoreOpenTest, NewerSchemaIsRefusedAndStaysUnchanged)
{
    createWorkspace();
    {
        RawSqlite raw(m_ws.path());
        ASSERT_TRUE(raw.isOpen());
        ASSERT_EQ(raw.exec(u"PRAGMA user_version = 99"_s), QString());
    }
    const QByteArray before = fileBytes(m_ws.path());
    ASSERT_FALSE(before.isEmpty());

    EventStore store;
    auto opened = store.open(m_ws.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::NewerSchema);
    EXPECT_TRUE(opened.error().message.contains(u"99"_s)) << opened.error().message.toStdString();
    EXPECT_FALSE(store.isOpen());
    EXPECT_EQ(fileBytes(m_ws.path()), before);
    RawSqlite raw(m_ws.path());
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 99);
}

TEST_F(EventStoreOpenTest, ReadOnlyFileIsRefused)
{
    createWorkspace();
    ASSERT_TRUE(QFile::setPermissions(m_ws.path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                       QFileDevice::ReadOther)); // chmod 0444
    const QByteArray before = fileBytes(m_ws.path());
    EventStore store;
    auto opened = store.open(m_ws.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::ReadOnly);
    EXPECT_TRUE(opened.error().message.contains(u"read-only"_s));
    EXPECT_FALSE(store.isOpen());
    EXPECT_EQ(fileBytes(m_ws.path()), before);
}

TEST_F(EventStoreOpenTest, OtherApplicationsDatabaseIsNotAWorkspace)
{
    {
        RawSqlite raw(m_ws.path());
        ASSERT_TRUE(raw.isOpen());
        ASSERT_EQ(raw.exec(u"CREATE TABLE bookmarks (url TEXT PRIMARY KEY, title TEXT)"_s), QString());
        ASSERT_EQ(raw.exec(u"INSERT INTO bookmarks VALUES ('https://example.org', 'Example')"_s), QString());
        ASSERT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 0);
    }
    const QByteArray before = fileBytes(m_ws.path());
    EventStore store;
    auto opened = store.open(m_ws.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::NotAWorkspace);
    EXPECT_TRUE(opened.error().message.contains(u"not an EventDesk workspace"_s));
    EXPECT_EQ(fileBytes(m_ws.path()), before);
    RawSqlite raw(m_ws.path());
    EXPECT_EQ(raw.columns(u"events"_s), QStringList());
}

TEST_F(EventStoreOpenTest, GarbledSqliteFileIsCorrupt)
{
    QByteArray bytes("SQLite format 3\0", 16);
    bytes.append(QByteArray(8192, '\xA5'));
    writeFile(bytes);
    EventStore store;
    auto opened = store.open(m_ws.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(opened.error().message.contains(u"damaged"_s));
    EXPECT_FALSE(store.isOpen());
    EXPECT_EQ(fileBytes(m_ws.path()), bytes);
}

TEST_F(EventStoreOpenTest, TruncatedWorkspaceIsAnErrorNotACrash)
{
    createWorkspace();
    QByteArray bytes = fileBytes(m_ws.path());
    ASSERT_GT(bytes.size(), 4096);
    bytes.truncate(100); // header only: the schema pages are gone
    writeFile(bytes);
    EventStore store;
    auto opened = store.open(m_ws.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::Corrupt) << opened.error().detail.toStdString();
    EXPECT_FALSE(store.isOpen());
}

TEST_F(EventStoreOpenTest, OpeningAnotherFileClosesThePreviousOne)
{
    createWorkspace();
    EventStore store;
    ASSERT_TRUE(store.open(m_ws.path()));
    EXPECT_EQ(store.count<Event>().value(), 1);
    ASSERT_TRUE(store.open(m_ws.filePath(u"second.eventdesk"_s)));
    EXPECT_EQ(store.count<Event>().value(), 0);
    EXPECT_EQ(store.path(), m_ws.filePath(u"second.eventdesk"_s));
}
