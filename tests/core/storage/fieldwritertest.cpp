#include "storage/fieldwriter.h"

#include "storage/eventstore.h"
#include "storage/outbox.h"
#include "support/tempworkspace.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::TempWorkspace;

namespace
{

class FieldWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_ws.path()));
        Event e;
        e.name = u"Summit"_s;
        e.timeZone = u"Europe/Berlin"_s;
        e.startDate = QDate(2026, 5, 4);
        e.endDate = QDate(2026, 5, 5);
        auto event = m_store.add(e);
        ASSERT_TRUE(event) << event.error().message.toStdString();
        Room r;
        r.eventId = event.value().meta.id;
        r.name = u"Hall A"_s;
        r.capacity = 100;
        auto room = m_store.add(r);
        ASSERT_TRUE(room) << room.error().message.toStdString();
        m_room = room.value();
        Session s;
        s.eventId = event.value().meta.id;
        s.title = u"Keynote"_s;
        s.durationMinutes = 45;
        auto session = m_store.add(s);
        ASSERT_TRUE(session) << session.error().message.toStdString();
        m_session = session.value();
    }

    Room room() { return m_store.get<Room>(m_room.meta.id).value(); }
    qsizetype outboxSize() { return Outbox(m_store).pending(1000000).value().size(); }
    Change lastChange() { return Outbox(m_store).pending(1000000).value().last(); }

    TempWorkspace m_ws;
    EventStore m_store;
    Room m_room;
    Session m_session;
};

} // namespace

TEST_F(FieldWriterTest, WritesOneColumnAsAnOrdinaryEdit)
{
    QSignalSpy changed(&m_store, &EventStore::recordsChanged);
    const qsizetype before = outboxSize();
    auto written = FieldWriter(m_store).writeField(RecordKind::Room, m_room.meta.id, u"name"_s, u"Hall B"_s);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_EQ(written.value(), m_room.meta.revision + 1);
    EXPECT_EQ(room().name, u"Hall B"_s);
    EXPECT_EQ(room().meta.revision, m_room.meta.revision + 1);
    ASSERT_EQ(outboxSize(), before + 1);
    EXPECT_EQ(lastChange().recordId, m_room.meta.id);
    EXPECT_EQ(lastChange().fields, QStringList{u"name"_s});
    EXPECT_EQ(lastChange().baseRevision, m_room.meta.revision);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<RecordKind>(), RecordKind::Room);
    EXPECT_EQ(changed.at(0).at(1).value<QList<QUuid>>(), QList<QUuid>{m_room.meta.id});
}

TEST_F(FieldWriterTest, NumbersMayComeAsTextAndTheSameValueWritesNothing)
{
    auto written = FieldWriter(m_store).writeField(RecordKind::Room, m_room.meta.id, u"capacity"_s, u"250"_s);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_EQ(room().capacity, 250);
    const qsizetype before = outboxSize();
    auto again = FieldWriter(m_store).writeField(RecordKind::Room, m_room.meta.id, u"capacity"_s, 250);
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(again.value(), written.value());
    EXPECT_EQ(outboxSize(), before);
}

TEST_F(FieldWriterTest, AValidationFailureRollsBackAndLeavesNoOutboxEntry)
{
    QSignalSpy changed(&m_store, &EventStore::recordsChanged);
    const qsizetype before = outboxSize();
    auto written = FieldWriter(m_store).writeField(RecordKind::Room, m_room.meta.id, u"name"_s, u""_s);
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, ErrorCode::Validation);
    EXPECT_EQ(room().name, u"Hall A"_s);
    EXPECT_EQ(room().meta.revision, m_room.meta.revision);
    EXPECT_EQ(outboxSize(), before);
    EXPECT_EQ(changed.count(), 0);

    // A session may not be scheduled without a room: the record as a whole is validated.
    auto start = FieldWriter(m_store).writeField(RecordKind::Session, m_session.meta.id, u"start_utc"_s,
                                                 u"2026-05-04T09:00:00.000Z"_s);
    ASSERT_FALSE(start);
    EXPECT_EQ(start.error().code, ErrorCode::Validation);
    EXPECT_FALSE(m_store.get<Session>(m_session.meta.id).value().start.isValid());
}

TEST_F(FieldWriterTest, RefusesUnknownColumnsAndValuesTheColumnCannotHold)
{
    for (const QString &column : {u"revision"_s, u"updated_utc"_s, u"id"_s, u"nonsense"_s, u"name; --"_s}) {
        auto written = FieldWriter(m_store).writeField(RecordKind::Room, m_room.meta.id, column, 1);
        ASSERT_FALSE(written) << column.toStdString();
        EXPECT_EQ(written.error().code, ErrorCode::Validation);
    }
    auto capacity =
        FieldWriter(m_store).writeField(RecordKind::Room, m_room.meta.id, u"capacity"_s, u"many"_s);
    ASSERT_FALSE(capacity);
    EXPECT_EQ(capacity.error().code, ErrorCode::Validation);
    auto type =
        FieldWriter(m_store).writeField(RecordKind::Session, m_session.meta.id, u"type"_s, u"party"_s);
    ASSERT_FALSE(type);
    EXPECT_EQ(type.error().code, ErrorCode::Validation);
    EXPECT_EQ(room().capacity, 100);
    EXPECT_EQ(room().meta.revision, m_room.meta.revision);
}

TEST_F(FieldWriterTest, RestoresADeletedRecordAndWritesItsColumnsInOneTransaction)
{
    ASSERT_TRUE(m_store.remove<Room>(m_room.meta.id));
    const qint64 deletedRevision = room().meta.revision;

    // A failing column leaves the record deleted.
    auto failed = FieldWriter(m_store).write(RecordKind::Room, m_room.meta.id,
                                             QJsonObject{{u"deleted"_s, 0}, {u"name"_s, u""_s}});
    ASSERT_FALSE(failed);
    EXPECT_TRUE(room().meta.deleted);
    EXPECT_EQ(room().meta.revision, deletedRevision);

    auto written = FieldWriter(m_store).write(
        RecordKind::Room, m_room.meta.id,
        QJsonObject{{u"deleted"_s, 0}, {u"name"_s, u"Hall C"_s}, {u"capacity"_s, 80}});
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_FALSE(room().meta.deleted);
    EXPECT_EQ(room().name, u"Hall C"_s);
    EXPECT_EQ(room().capacity, 80);
    EXPECT_EQ(lastChange().fields, (QStringList{u"name"_s, u"capacity"_s}));

    // And back: the columns first, then the tombstone.
    auto back = FieldWriter(m_store).write(RecordKind::Room, m_room.meta.id,
                                           QJsonObject{{u"deleted"_s, 1}, {u"name"_s, u"Hall A"_s}});
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_TRUE(room().meta.deleted);
    EXPECT_EQ(room().name, u"Hall A"_s);
    EXPECT_EQ(lastChange().fields, QStringList{u"deleted"_s});
}

TEST_F(FieldWriterTest, AnExpectedRevisionThatMovedOnIsAConflict)
{
    auto written = FieldWriter(m_store).write(
        RecordKind::Room, m_room.meta.id, QJsonObject{{u"name"_s, u"Hall B"_s}}, m_room.meta.revision - 1);
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, ErrorCode::Conflict);
    EXPECT_EQ(room().name, u"Hall A"_s);
}

TEST_F(FieldWriterTest, ReadsColumnsAsSyncSendsThem)
{
    auto read =
        FieldWriter(m_store).read(RecordKind::Room, m_room.meta.id, {u"name"_s, u"capacity"_s, u"deleted"_s});
    ASSERT_TRUE(read) << read.error().message.toStdString();
    EXPECT_EQ(read.value(), (QJsonObject{{u"name"_s, u"Hall A"_s}, {u"capacity"_s, 100}, {u"deleted"_s, 0}}));
    EXPECT_FALSE(FieldWriter(m_store).read(RecordKind::Room, m_room.meta.id, {u"revision"_s}));
}

TEST(FieldWriterValues, SameValueComparesMeaning)
{
    EXPECT_TRUE(FieldWriter::sameValue(QJsonValue(42), QJsonValue(u"42"_s)));
    EXPECT_TRUE(FieldWriter::sameValue(QJsonValue(QJsonValue::Null), QJsonValue(u""_s)));
    EXPECT_TRUE(FieldWriter::sameValue(QJsonValue(u"2026-05-04T09:00:00Z"_s),
                                       QJsonValue(u"2026-05-04T11:00:00.000+02:00"_s)));
    EXPECT_TRUE(FieldWriter::sameValue(QJsonValue(u"[\"a\", \"b\"]"_s), QJsonValue(u"[\"a\",\"b\"]"_s)));
    EXPECT_FALSE(FieldWriter::sameValue(QJsonValue(u"many"_s), QJsonValue(0)));
    EXPECT_FALSE(FieldWriter::sameValue(QJsonValue(u"a"_s), QJsonValue(u"b"_s)));
    EXPECT_FALSE(FieldWriter::sameValue(QJsonValue(QJsonValue::Null), QJsonValue(0)));
}
