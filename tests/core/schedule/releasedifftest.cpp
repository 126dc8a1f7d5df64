// Publishing snapshots and the diff between releases, on a real workspace file.
#include "schedule/releasediff.h"
#include "schedule/schedulepublisher.h"
#include "storage/eventstore.h"
#include "support/tempworkspace.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class ReleaseDiffTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(store.open(ws.path()));
        Event e;
        e.name = u"Conf"_s;
        e.startDate = e.endDate = QDate(2026, 6, 10);
        eventId = store.add(e).value().meta.id;
        Room r;
        r.eventId = eventId;
        r.name = u"Hall"_s;
        r.capacity = 10;
        room = store.add(r).value().meta.id;
        r.name = u"Lab"_s;
        other = store.add(r).value().meta.id;
        for (const QString &title : {u"Keep"_s, u"Move"_s, u"Rename"_s, u"Drop"_s}) {
            Session s;
            s.eventId = eventId;
            s.title = title;
            s.roomId = room;
            s.start = QDateTime(QDate(2026, 6, 10), QTime(9, 0), QTimeZone::utc());
            sessions.insert(title, store.add(s).value());
        }
    }

    EventDesk::Test::TempWorkspace ws;
    EventStore store;
    QUuid eventId, room, other;
    QHash<QString, Session> sessions;
};

TEST_F(ReleaseDiffTest, PublishNumbersReleasesAndKeepsThemImmutable)
{
    auto first = SchedulePublisher::publish(store, eventId, u"Draft 1"_s);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_EQ(first.value().version, 1);
    EXPECT_EQ(first.value().sessions.size(), 4);
    auto second = SchedulePublisher::publish(store, eventId, u"Final"_s, u"for print"_s);
    ASSERT_TRUE(second);
    EXPECT_EQ(second.value().version, 2);
    EXPECT_EQ(store.get<ScheduleRelease>(second.value().meta.id).value().comment, u"for print"_s);
    EXPECT_FALSE(SchedulePublisher::publish(store, eventId, u"  "_s)) << "a release needs a name";
}

TEST_F(ReleaseDiffTest, DiffListsAddedRemovedMovedAndChanged)
{
    ASSERT_TRUE(SchedulePublisher::publish(store, eventId, u"v1"_s));
    Session moved = sessions.value(u"Move"_s);
    moved.roomId = other;
    ASSERT_TRUE(store.update(moved));
    Session renamed = sessions.value(u"Rename"_s);
    renamed.title = u"Renamed"_s;
    ASSERT_TRUE(store.update(renamed));
    ASSERT_TRUE(store.remove<Session>(sessions.value(u"Drop"_s).meta.id));
    Session added;
    added.eventId = eventId;
    added.title = u"New"_s;
    ASSERT_TRUE(store.add(added));
    ASSERT_TRUE(SchedulePublisher::publish(store, eventId, u"v2"_s));

    const ReleaseDiff diff =
        ReleaseDiff::compare(SchedulePublisher::sessionsOf(store, eventId, u"1"_s).value(),
                             SchedulePublisher::sessionsOf(store, eventId, u"latest"_s).value());
    ASSERT_EQ(diff.added.size(), 1);
    EXPECT_EQ(diff.added.first().title, u"New"_s);
    ASSERT_EQ(diff.removed.size(), 1);
    EXPECT_EQ(diff.removed.first().title, u"Drop"_s);
    ASSERT_EQ(diff.moved.size(), 1);
    EXPECT_EQ(diff.moved.first().fields, QStringList{u"roomId"_s});
    ASSERT_EQ(diff.changed.size(), 1);
    EXPECT_EQ(diff.changed.first().fields, QStringList{u"title"_s});
    EXPECT_TRUE(ReleaseDiff::compare(SchedulePublisher::sessionsOf(store, eventId, u"2"_s).value(),
                                     SchedulePublisher::workingCopy(store, eventId))
                    .isEmpty());
    EXPECT_FALSE(SchedulePublisher::sessionsOf(store, eventId, u"7"_s));
}

} // namespace
