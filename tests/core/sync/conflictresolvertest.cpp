// ConflictResolver against a real server: mine and theirs as each member sees them, Keep mine and Take
// theirs for a field and for the two kinds of "deleted" conflict, a typed value, and undo before and after
// the resolution was synced.
#include "sync/conflictresolver.h"

#include "storage/outbox.h"
#include "syncfixture.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using namespace EventDesk::Test;

namespace
{

class ConflictResolverTest : public ::testing::Test
{
protected:
    ConflictResolverTest() : a(server.addMember(u"crew"_s, u"ana"_s)), b(server.addMember(u"crew"_s, u"bo"_s))
    {
        Event e;
        e.name = u"Summit"_s;
        e.timeZone = u"Europe/Berlin"_s;
        e.startDate = QDate(2026, 5, 4);
        e.endDate = QDate(2026, 5, 5);
        auto event = a.store.add(e);
        EXPECT_TRUE(event);
        Room r;
        r.eventId = event.value().meta.id;
        r.name = u"Hall"_s;
        r.capacity = 100;
        auto room = a.store.add(r);
        EXPECT_TRUE(room);
        roomId = room.value().meta.id;
        a.sync();
        b.sync();
    }

    Room room(SyncClient &c) { return c.store.get<Room>(roomId).value(); }
    void rename(SyncClient &c, const QString &name)
    {
        Room r = room(c);
        r.name = name;
        ASSERT_TRUE(c.store.update(r));
    }
    QList<ConflictSides> open(SyncClient &c)
    {
        auto list = ConflictResolver(c.store).open();
        EXPECT_TRUE(list) << (list ? std::string() : list.error().message.toStdString());
        return list ? list.value() : QList<ConflictSides>{};
    }
    // Both synced afterwards, in the order that shows the conflict to both.
    void settle()
    {
        a.sync();
        b.sync();
        a.sync();
    }

    SyncServer server;
    SyncClient a;
    SyncClient b;
    QUuid roomId;
};

} // namespace

TEST_F(ConflictResolverTest, MineAndTheirsAreEachMembersOwnValue)
{
    rename(a, u"Hall Ana"_s);
    rename(b, u"Hall Bo"_s);
    settle();
    const QList<ConflictSides> onA = open(a);
    const QList<ConflictSides> onB = open(b);
    ASSERT_EQ(onA.size(), 1);
    ASSERT_EQ(onB.size(), 1);
    EXPECT_EQ(onA.first().mine.toString(), u"Hall Ana"_s);
    EXPECT_EQ(onA.first().theirs.toString(), u"Hall Bo"_s);
    EXPECT_TRUE(onA.first().mineBy.startsWith(u"ana_"_s));
    EXPECT_EQ(onB.first().mine.toString(), u"Hall Bo"_s);
    EXPECT_EQ(onB.first().theirs.toString(), u"Hall Ana"_s);
    EXPECT_TRUE(onB.first().theirsBy.startsWith(u"ana_"_s));
    EXPECT_TRUE(onB.first().mineUtc.isValid());

    auto found =
        ConflictResolver(b.store).find(onB.first().conflict.id.toString(QUuid::WithoutBraces).left(6));
    ASSERT_TRUE(found) << found.error().message.toStdString();
    EXPECT_EQ(found.value().conflict.id, onB.first().conflict.id);
    EXPECT_FALSE(ConflictResolver(b.store).find(u"abc"_s));
}

TEST_F(ConflictResolverTest, TakeTheirsWritesNothingAndTheServerClosesTheConflict)
{
    rename(a, u"Hall Ana"_s);
    rename(b, u"Hall Bo"_s);
    settle();
    const qint64 revision = room(b).meta.revision;
    const qsizetype pending = Outbox(b.store).pending().value().size();
    auto done =
        ConflictResolver(b.store).resolve(open(b).first().conflict.id, ConflictResolver::Choice::TakeTheirs);
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_TRUE(done.value().before.isEmpty());
    EXPECT_EQ(room(b).meta.revision, revision);
    EXPECT_EQ(Outbox(b.store).pending().value().size(), pending);
    EXPECT_TRUE(open(b).isEmpty());
    EXPECT_EQ(b.sync().conflicts, 0);
    EXPECT_EQ(a.sync().conflicts, 0);
    EXPECT_EQ(room(a).name, u"Hall Ana"_s);
    EXPECT_EQ(room(b).name, u"Hall Ana"_s);
}

TEST_F(ConflictResolverTest, ATypedValueIsValidatedAndUndoBeforeTheSyncReopens)
{
    rename(a, u"Hall Ana"_s);
    rename(b, u"Hall Bo"_s);
    settle();
    const QUuid id = open(b).first().conflict.id;
    ConflictResolver resolver(b.store);
    auto invalid = resolver.resolve(id, ConflictResolver::Choice::Value, QJsonValue(u""_s));
    ASSERT_FALSE(invalid);
    EXPECT_EQ(invalid.error().code, ErrorCode::Validation);
    EXPECT_EQ(open(b).size(), 1);

    auto done = resolver.resolve(id, ConflictResolver::Choice::Value, QJsonValue(u"Hall Both"_s));
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_EQ(room(b).name, u"Hall Both"_s);
    EXPECT_EQ(done.value().before, (QJsonObject{{u"name"_s, u"Hall Ana"_s}}));
    EXPECT_TRUE(open(b).isEmpty());

    auto undone = resolver.unresolve(done.value(), done.value().revision);
    ASSERT_TRUE(undone) << undone.error().message.toStdString();
    EXPECT_EQ(room(b).name, u"Hall Ana"_s);
    ASSERT_EQ(open(b).size(), 1);

    // Again, and after the sync the resolution stays: undo is refused with nothing written.
    auto again = resolver.resolveWith(id, done.value().after, undone.value());
    ASSERT_TRUE(again) << again.error().message.toStdString();
    b.sync();
    a.sync();
    EXPECT_EQ(room(a).name, u"Hall Both"_s);
    auto late = resolver.unresolve(again.value());
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, ErrorCode::Conflict);
    EXPECT_EQ(room(b).name, u"Hall Both"_s);
}

TEST_F(ConflictResolverTest, KeepingAnEditOfADeletedRecordRestoresItWithTheEdit)
{
    ASSERT_TRUE(a.store.remove<Room>(roomId));
    rename(b, u"Renamed while deleted"_s);
    settle();
    ASSERT_TRUE(room(b).meta.deleted);
    const QList<ConflictSides> onB = open(b);
    ASSERT_EQ(onB.size(), 1);
    EXPECT_EQ(onB.first().conflict.field, u"deleted"_s);
    EXPECT_TRUE(onB.first().mine.isObject());
    EXPECT_FALSE(ConflictResolver::valuesFor(onB.first(), ConflictResolver::Choice::Value, u"x"_s));

    auto done =
        ConflictResolver(b.store).resolve(onB.first().conflict.id, ConflictResolver::Choice::KeepMine);
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_FALSE(room(b).meta.deleted);
    EXPECT_EQ(room(b).name, u"Renamed while deleted"_s);
    EXPECT_EQ(b.sync().conflicts, 0);
    EXPECT_EQ(a.sync().conflicts, 0);
    EXPECT_FALSE(room(a).meta.deleted);
    EXPECT_EQ(room(a).name, u"Renamed while deleted"_s);
}

TEST_F(ConflictResolverTest, KeepingADeleteOfAnEditedRecordDeletesItAndTheirsKeepsIt)
{
    rename(b, u"Edited first"_s);
    ASSERT_TRUE(a.store.remove<Room>(roomId));
    b.sync();
    EXPECT_EQ(a.sync().conflicts, 1);
    b.sync();
    // Bo (who edited) takes Ana's delete from his side: that is "theirs" for him.
    const QList<ConflictSides> onB = open(b);
    ASSERT_EQ(onB.size(), 1);
    EXPECT_EQ(onB.first().theirs.toInt(), 1);
    EXPECT_EQ(ConflictResolver::valueText(onB.first().conflict, onB.first().theirs), u"Deleted"_s);
    // Ana keeps her delete.
    const QList<ConflictSides> onA = open(a);
    ASSERT_EQ(onA.size(), 1);
    EXPECT_EQ(onA.first().mine.toInt(), 1);
    auto done =
        ConflictResolver(a.store).resolve(onA.first().conflict.id, ConflictResolver::Choice::KeepMine);
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_TRUE(room(a).meta.deleted);
    EXPECT_EQ(a.sync().conflicts, 0);
    EXPECT_EQ(b.sync().conflicts, 0);
    EXPECT_TRUE(room(b).meta.deleted);
}
