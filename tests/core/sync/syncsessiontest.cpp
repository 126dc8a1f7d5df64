#include "sync/syncsession.h"

#include "storage/outbox.h"
#include "storage/sqlitestatement.h"
#include "storage/syncstate.h"
#include "support/largeevent.h"
#include "support/rawsqlite.h"
#include "sync/serverconnection.h"
#include "sync/serverquery.h"
#include "sync/serverschema.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using namespace EventDesk::Test;

namespace
{

Event makeEvent()
{
    Event e;
    e.name = u"Sync Summit · 同步峰会"_s;
    e.timeZone = u"Europe/Berlin"_s;
    e.startDate = QDate(2026, 5, 4);
    e.endDate = QDate(2026, 5, 5);
    e.dayStart = QTime(9, 0);
    e.dayEnd = QTime(18, 0);
    return e;
}

Room makeRoom(const QUuid &eventId, const QString &name)
{
    Room r;
    r.eventId = eventId;
    r.name = name;
    r.capacity = 100;
    return r;
}

Room roomOf(SyncClient &c, const QUuid &id)
{
    auto r = c.store.get<Room>(id);
    EXPECT_TRUE(r) << (r ? std::string() : r.error().message.toStdString());
    return r ? r.value() : Room{};
}

void rename(SyncClient &c, const QUuid &id, const QString &name)
{
    Room r = roomOf(c, id);
    r.name = name;
    ASSERT_TRUE(c.store.update(r));
}

QList<SyncConflict> conflictsOf(SyncClient &c)
{
    auto list = SyncState(c.store).conflicts();
    EXPECT_TRUE(list);
    return list ? list.value() : QList<SyncConflict>{};
}

// Two members of one team, and a room both of them have.
class SyncSessionTest : public ::testing::Test
{
protected:
    SyncSessionTest() : a(server.addMember(u"crew"_s, u"ana"_s)), b(server.addMember(u"crew"_s, u"bo"_s))
    {
        auto event = a.store.add(makeEvent());
        EXPECT_TRUE(event);
        eventId = event.value().meta.id;
        auto room = a.store.add(makeRoom(eventId, u"Hall 1"_s));
        EXPECT_TRUE(room);
        roomId = room.value().meta.id;
        a.sync();
        b.sync();
    }

    SyncServer server;
    SyncClient a;
    SyncClient b;
    QUuid eventId;
    QUuid roomId;
};

TEST_F(SyncSessionTest, ASecondMemberReceivesTheFirstMembersRecords)
{
    const Room there = roomOf(b, roomId);
    EXPECT_EQ(there.name, u"Hall 1"_s);
    EXPECT_EQ(there.capacity, 100);
    EXPECT_EQ(there.eventId, eventId);
    EXPECT_EQ(b.store.get<Event>(eventId).value().name, u"Sync Summit · 同步峰会"_s);
    EXPECT_EQ(a.store.get<Room>(roomId).value().meta.createdUtc, there.meta.createdUtc);
    EXPECT_EQ(SyncState(a.store).pendingCount().value(), 0);
}

// A push reads its batch a chunk at a time and hands each chunk over with its columns while the rest is
// unread (so the server parses the rows sent while the next are read): every entry once, an error of the
// receiver stops the read and leaves the outbox as it was, and a push of several chunks (megabytes of COPY)
// arrives whole.
TEST_F(SyncSessionTest, AnOutboxOfSeveralChunksIsHandedOverAChunkAtATimeAndArrivesWhole)
{
    const qsizetype n = 2 * SyncState::kFilledChunk + 7;
    QList<Room> many;
    for (qsizetype i = 0; i < n; ++i)
        many.append(makeRoom(eventId, u"Raum %1 · 会议室"_s.arg(i)));
    ASSERT_TRUE(a.store.addMany(many));
    SyncState state(a.store);
    const qint64 pendingBefore = state.pendingCount().value();
    QList<qsizetype> seen;
    QList<qsizetype> chunks;
    auto all = state.outgoing(
        1000, [&](const QList<OutgoingChange> &batch, const QList<qsizetype> &positions) -> Result<void> {
            chunks.append(positions.size());
            for (const qsizetype at : positions) {
                seen.append(at);
                EXPECT_TRUE(batch.at(at).fieldObject().contains(u"name"_s)) << "position " << at;
            }
            return {};
        });
    ASSERT_TRUE(all);
    EXPECT_EQ(all.value().size(), n);
    EXPECT_GE(chunks.size(), 3);
    EXPECT_LE(*std::max_element(chunks.cbegin(), chunks.cend()), SyncState::kFilledChunk);
    std::sort(seen.begin(), seen.end());
    ASSERT_EQ(seen.size(), all.value().size());
    for (qsizetype i = 0; i < seen.size(); ++i)
        ASSERT_EQ(seen.at(i), i);

    int calls = 0;
    auto stopped =
        state.outgoing(1000, [&](const QList<OutgoingChange> &, const QList<qsizetype> &) -> Result<void> {
            ++calls;
            return Error{ErrorCode::Database, u"The receiver stopped."_s, {}};
        });
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().message, u"The receiver stopped."_s);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(state.pendingCount().value(), pendingBefore);

    EXPECT_EQ(a.sync().pushed, pendingBefore);
    b.sync();
    const QList<Room> there = b.store.list<Room>().value();
    EXPECT_EQ(there.size(), n + 1);
    EXPECT_TRUE(std::any_of(there.cbegin(), there.cend(),
                            [&](const Room &r) { return r.name == u"Raum %1 · 会议室"_s.arg(n - 1); }));
    EXPECT_EQ(server.scalar(u"SELECT count(*) FROM eventdesk.records WHERE kind = 'room'"_s), n + 1);
    EXPECT_EQ(state.pendingCount().value(), 0);
}

// The workspace's side of a sync read through QSqlQuery (a build or run without the SQLite handle) sends and
// writes the same: a new record and edits of different fields of one record, both kept.
TEST_F(SyncSessionTest, WithoutTheSqliteHandleRecordsAndEditsTravelTheSameWay)
{
    struct Fallback {
        Fallback() { SqliteStatement::setFastPathEnabled(false); }
        ~Fallback() { SqliteStatement::setFastPathEnabled(true); }
    } fallback;
    auto added = a.store.add(makeRoom(eventId, u"Läuft ohne 句柄"_s));
    ASSERT_TRUE(added);
    rename(a, roomId, u"Hall One"_s);
    Room r = roomOf(b, roomId);
    r.capacity = 250;
    ASSERT_TRUE(b.store.update(r));
    EXPECT_EQ(a.sync().pushed, 2);
    EXPECT_EQ(b.sync().pulled, 2);
    a.sync();
    for (SyncClient *c : {&a, &b}) {
        EXPECT_EQ(roomOf(*c, roomId).name, u"Hall One"_s);
        EXPECT_EQ(roomOf(*c, roomId).capacity, 250);
        EXPECT_EQ(roomOf(*c, added.value().meta.id).name, u"Läuft ohne 句柄"_s);
        EXPECT_TRUE(conflictsOf(*c).isEmpty());
    }
}

TEST_F(SyncSessionTest, EditsOfDifferentFieldsOfOneRecordAreBothKept)
{
    rename(a, roomId, u"Hall One"_s);
    Room r = roomOf(b, roomId);
    r.capacity = 250;
    ASSERT_TRUE(b.store.update(r));
    a.sync();
    const SyncReport report = b.sync();
    EXPECT_EQ(report.conflicts, 0);
    a.sync();
    for (SyncClient *c : {&a, &b}) {
        EXPECT_EQ(roomOf(*c, roomId).name, u"Hall One"_s);
        EXPECT_EQ(roomOf(*c, roomId).capacity, 250);
        EXPECT_TRUE(conflictsOf(*c).isEmpty());
    }
}

TEST_F(SyncSessionTest, EditsOfTheSameFieldBecomeAConflictBothMembersSeeAndCanResolve)
{
    rename(a, roomId, u"Hall A"_s);
    rename(b, roomId, u"Hall B"_s);
    a.sync();
    EXPECT_EQ(b.sync().conflicts, 1);
    a.sync();
    for (SyncClient *c : {&a, &b}) {
        // The value that reached the server first stays until someone decides.
        EXPECT_EQ(roomOf(*c, roomId).name, u"Hall A"_s);
        const QList<SyncConflict> open = conflictsOf(*c);
        ASSERT_EQ(open.size(), 1);
        EXPECT_EQ(open.first().recordId, roomId);
        EXPECT_EQ(open.first().field, u"name"_s);
        EXPECT_EQ(open.first().kept.toString(), u"Hall A"_s);
        EXPECT_EQ(open.first().proposed.toString(), u"Hall B"_s);
        EXPECT_TRUE(open.first().keptBy.startsWith(u"ana_"_s));
        EXPECT_TRUE(open.first().proposedBy.startsWith(u"bo_"_s));
        EXPECT_TRUE(open.first().proposedUtc.isValid());
        EXPECT_LT(open.first().keptUtc, open.first().proposedUtc)
            << "kept is when Ana's edit reached the server";
    }
    // Bo keeps his: an ordinary edit plus the resolution.
    const SyncConflict conflict = conflictsOf(b).first();
    rename(b, roomId, u"Hall B"_s);
    ASSERT_TRUE(b.session->markResolved(conflict.id));
    EXPECT_EQ(b.sync().conflicts, 0);
    EXPECT_EQ(a.sync().conflicts, 0);
    EXPECT_EQ(roomOf(a, roomId).name, u"Hall B"_s);
    EXPECT_EQ(roomOf(b, roomId).name, u"Hall B"_s);
}

// A conflict names who wrote the value it kept and when that reached the server, for each field: Ana's plain
// edits of two fields in two pushes, then Bo's edits of both. The first field's value is dated by the first
// push, not the second and not Bo's.
TEST_F(SyncSessionTest, AConflictDatesTheKeptValueByThePushThatBroughtIt)
{
    auto now = [] { return QDateTime::currentDateTimeUtc(); };
    const QDateTime beforeFirst = now();
    Room mine = roomOf(a, roomId);
    mine.capacity = 70;
    ASSERT_TRUE(a.store.update(mine));
    ASSERT_EQ(a.sync().pushed, 1);
    const QDateTime afterFirst = now();
    // The server's clock has milliseconds and more; the pushes are told apart by at least a few of them.
    while (now() < afterFirst.addMSecs(5))
        std::this_thread::yield();
    const QDateTime beforeSecond = now();
    rename(a, roomId, u"Ana's hall"_s);
    ASSERT_EQ(a.sync().pushed, 1);
    const QDateTime afterSecond = now();
    while (now() < afterSecond.addMSecs(5))
        std::this_thread::yield();

    Room theirs = roomOf(b, roomId);
    theirs.capacity = 90;
    theirs.name = u"Bo's hall"_s;
    ASSERT_TRUE(b.store.update(theirs));
    EXPECT_EQ(b.sync().conflicts, 2);
    QList<SyncConflict> open = conflictsOf(b);
    ASSERT_EQ(open.size(), 2);
    std::sort(open.begin(), open.end(),
              [](const SyncConflict &x, const SyncConflict &y) { return x.field < y.field; });
    const SyncConflict &capacity = open.at(0);
    const SyncConflict &name = open.at(1);
    ASSERT_EQ(capacity.field, u"capacity"_s);
    ASSERT_EQ(name.field, u"name"_s);
    for (const SyncConflict &c : open) {
        EXPECT_TRUE(c.keptBy.startsWith(u"ana_"_s)) << c.keptBy.toStdString();
        EXPECT_TRUE(c.proposedBy.startsWith(u"bo_"_s)) << c.proposedBy.toStdString();
        EXPECT_GE(c.proposedUtc, afterSecond);
    }
    EXPECT_EQ(capacity.kept.toInt(), 70);
    EXPECT_GE(capacity.keptUtc, beforeFirst.addMSecs(-1));
    EXPECT_LE(capacity.keptUtc, afterFirst);
    EXPECT_EQ(name.kept.toString(), u"Ana's hall"_s);
    EXPECT_GE(name.keptUtc, beforeSecond.addMSecs(-1));
    EXPECT_LE(name.keptUtc, afterSecond);
}

TEST_F(SyncSessionTest, AnEditOfARecordSomeoneDeletedLeavesItDeletedAndShowsAConflict)
{
    ASSERT_TRUE(a.store.remove<Room>(roomId));
    rename(b, roomId, u"Renamed while deleted"_s);
    a.sync();
    EXPECT_EQ(b.sync().conflicts, 1);
    a.sync();
    for (SyncClient *c : {&a, &b}) {
        EXPECT_TRUE(roomOf(*c, roomId).meta.deleted);
        const QList<SyncConflict> open = conflictsOf(*c);
        ASSERT_EQ(open.size(), 1);
        EXPECT_EQ(open.first().field, u"deleted"_s);
        EXPECT_EQ(open.first().proposed.toObject().value(u"name"_s).toString(), u"Renamed while deleted"_s);
    }
}

TEST_F(SyncSessionTest, ADeleteOfARecordSomeoneEditedLeavesItAliveAndShowsAConflict)
{
    rename(b, roomId, u"Edited first"_s);
    ASSERT_TRUE(a.store.remove<Room>(roomId));
    b.sync();
    EXPECT_EQ(a.sync().conflicts, 1);
    b.sync();
    for (SyncClient *c : {&a, &b}) {
        EXPECT_FALSE(roomOf(*c, roomId).meta.deleted);
        EXPECT_EQ(roomOf(*c, roomId).name, u"Edited first"_s);
        ASSERT_EQ(conflictsOf(*c).size(), 1);
        EXPECT_EQ(conflictsOf(*c).first().field, u"deleted"_s);
    }
}

TEST_F(SyncSessionTest, TwoDeletesOfOneRecordAreNoConflict)
{
    ASSERT_TRUE(a.store.remove<Room>(roomId));
    ASSERT_TRUE(b.store.remove<Room>(roomId));
    a.sync();
    EXPECT_EQ(b.sync().conflicts, 0);
    a.sync();
    EXPECT_TRUE(roomOf(a, roomId).meta.deleted);
    EXPECT_TRUE(roomOf(b, roomId).meta.deleted);
}

TEST_F(SyncSessionTest, AMembersOwnCleanChangesComeBackWithNothingToWrite)
{
    rename(a, roomId, u"Mine alone"_s);
    const Room before = roomOf(a, roomId);
    const SyncReport report = a.sync();
    EXPECT_EQ(report.pushed, 1);
    EXPECT_EQ(report.pulled, 0) << "its own change is not written again";
    const Room after = roomOf(a, roomId);
    EXPECT_EQ(after.meta.revision, before.meta.revision);
    EXPECT_EQ(after.meta.updatedUtc, before.meta.updatedUtc);
    // The teammate gets the change with the writer's stamp, so both copies are the same.
    EXPECT_EQ(b.sync().pulled, 1);
    EXPECT_EQ(roomOf(b, roomId).name, u"Mine alone"_s);
    EXPECT_EQ(roomOf(b, roomId).meta.updatedUtc, before.meta.updatedUtc);
    // A change that merged the teammate's edit of another field comes back whole to its writer.
    Room theirs = roomOf(b, roomId);
    theirs.capacity = 321;
    ASSERT_TRUE(b.store.update(theirs));
    b.sync();
    rename(a, roomId, u"Merged"_s);
    EXPECT_EQ(a.sync().pulled, 1);
    EXPECT_EQ(roomOf(a, roomId).capacity, 321);
    EXPECT_EQ(roomOf(a, roomId).name, u"Merged"_s);
}

TEST_F(SyncSessionTest, AWorkspaceRestoredFromABackupLosesNoEditAsAReplay)
{
    QTemporaryDir dir;
    const QString backup = dir.filePath(u"backup.eventdesk"_s);
    ASSERT_EQ(RawSqlite(a.path()).exec(u"VACUUM INTO '"_s + backup + u"'"_s), QString());
    rename(a, roomId, u"After the backup"_s);
    rename(a, roomId, u"After the backup, again"_s);
    a.sync();

    // The backup numbers its next edit as the first edit after it was made, which the server already has.
    SyncClient restored(a.url(), backup);
    Room room = roomOf(restored, roomId);
    room.capacity = 777;
    ASSERT_TRUE(restored.store.update(room));
    EXPECT_EQ(restored.sync().pushed, 1);
    EXPECT_EQ(restored.sync().conflicts, 0);
    b.sync();
    EXPECT_EQ(roomOf(b, roomId).capacity, 777);
    EXPECT_EQ(roomOf(b, roomId).name, u"After the backup, again"_s);
    EXPECT_EQ(SyncState(restored.store).pendingCount().value(), 0);
}

// Two copies of one workspace file (a second laptop) share its client id and number their next edits the
// same. Each copy's edit reaches the team, and the original, which edits nothing, receives both: none of them
// is taken for a replay or for the original's own change. (Through Qt's driver alone, where the claim and the
// push are two statements of one transaction; the next test pushes by COPY.)
TEST_F(SyncSessionTest, TwoCopiesOfOneWorkspaceFileBothEditingLoseNothing)
{
    struct DriverOnly {
        DriverOnly() { ServerQuery::setFastPathEnabled(false); }
        ~DriverOnly() { ServerQuery::setFastPathEnabled(true); }
    } driverOnly;
    QTemporaryDir dir;
    const QString first = dir.filePath(u"first.eventdesk"_s);
    const QString second = dir.filePath(u"second.eventdesk"_s);
    ASSERT_EQ(RawSqlite(a.path()).exec(u"VACUUM INTO '"_s + first + u"'"_s), QString());
    ASSERT_EQ(RawSqlite(a.path()).exec(u"VACUUM INTO '"_s + second + u"'"_s), QString());
    SyncClient c(a.url(), first);
    SyncClient e(a.url(), second);

    rename(c, roomId, u"Renamed in the first copy · 一号"_s);
    const SyncReport first_ = c.sync();
    EXPECT_EQ(first_.pushed, 1);
    EXPECT_FALSE(first_.newClientId) << "the first copy to sync keeps the id";
    Room room = roomOf(e, roomId);
    room.capacity = 48;
    ASSERT_TRUE(e.store.update(room));
    const SyncReport second_ = e.sync();
    EXPECT_EQ(second_.pushed, 1);
    EXPECT_EQ(second_.conflicts, 0);
    EXPECT_TRUE(second_.newClientId) << "the second copy to sync takes an id of its own";
    EXPECT_EQ(SyncState(e.store).pendingCount().value(), 0);

    const qint64 capacity =
        server.scalar(u"SELECT (data->>'capacity')::bigint FROM eventdesk.records WHERE id = '"_s +
                      roomId.toString(QUuid::WithoutBraces) + u"'"_s);
    EXPECT_EQ(capacity, 48);
    for (SyncClient *x : {&b, &a, &c, &e}) {
        // (the original's token is older than the first copy's claim: it takes an id of its own too)
        EXPECT_EQ(x->sync().newClientId, x == &a);
        EXPECT_EQ(roomOf(*x, roomId).name, u"Renamed in the first copy · 一号"_s);
        EXPECT_EQ(roomOf(*x, roomId).capacity, 48);
    }
    // The original goes on editing, and the teammate receives that too.
    rename(a, roomId, u"Back on the first laptop"_s);
    EXPECT_EQ(a.sync().pushed, 1);
    for (SyncClient *x : {&b, &c, &e}) {
        x->sync();
        EXPECT_EQ(roomOf(*x, roomId).name, u"Back on the first laptop"_s);
    }
    // The two copies are two writers now: the same field written in both is a conflict, not a silent win.
    for (auto [x, capacity] : {std::pair{&c, 70}, std::pair{&e, 80}}) {
        Room r = roomOf(*x, roomId);
        r.capacity = capacity;
        ASSERT_TRUE(x->store.update(r));
    }
    EXPECT_EQ(c.sync().conflicts, 0);
    EXPECT_EQ(e.sync().conflicts, 1);
    const QList<SyncConflict> open = conflictsOf(e);
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().field, u"capacity"_s);
    EXPECT_EQ(open.first().kept.toInt(), 70);
    EXPECT_EQ(open.first().proposed.toInt(), 80);
}

// A copy made while its workspace pushes (between two batches) has the workspace's claim, and its next edit
// has the same number as the workspace's next one. The copy syncs first; the workspace's next batch finds the
// id claimed by the copy and goes out under an id of its own, so neither edit is taken for a replay.
TEST_F(SyncSessionTest, ACopyMadeWhileItsWorkspacePushesLosesNothingOfEither)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"copy.eventdesk"_s);
    QList<QUuid> rooms;
    for (int i = 0; i < 3; ++i) {
        auto made = a.store.add(makeRoom(eventId, u"Room %1"_s.arg(i)));
        ASSERT_TRUE(made);
        rooms.append(made.value().meta.id);
    }
    std::unique_ptr<SyncClient> c;
    a.session->batchSize = 1;
    auto report = a.session->sync([&](qint64 done, qint64, SyncSession::Phase phase) {
        if (phase != SyncSession::Phase::Push || done != 1 || c)
            return true;
        EXPECT_EQ(RawSqlite(a.path()).exec(u"VACUUM INTO '"_s + copy + u"'"_s), QString());
        c = std::make_unique<SyncClient>(a.url(), copy);
        Room inCopy = roomOf(*c, roomId);
        inCopy.capacity = 64;
        EXPECT_TRUE(c->store.update(inCopy));
        EXPECT_EQ(c->sync().pending, 0);
        rename(a, roomId, u"Renamed while pushing"_s);
        return true;
    });
    ASSERT_TRUE(report) << report.error().detail.toStdString();
    ASSERT_TRUE(c);
    EXPECT_EQ(report.value().pending, 0);
    EXPECT_EQ(report.value().conflicts, 0);
    for (SyncClient *x : {&b, c.get(), &a}) {
        x->sync();
        EXPECT_EQ(roomOf(*x, roomId).name, u"Renamed while pushing"_s);
        EXPECT_EQ(roomOf(*x, roomId).capacity, 64);
        for (const QUuid &id : rooms)
            EXPECT_EQ(roomOf(*x, id).capacity, 100);
    }
}

// The batch that empties the outbox is noted as pushed while the pull reads its first page: a pull that then
// fails still leaves the pushed edits noted, and the next sync sends nothing again.
TEST_F(SyncSessionTest, APullThatFailsAfterThePushLeavesTheEditsNotedAsPushed)
{
    rename(a, roomId, u"Pushed, then the pull fails"_s);
    ASSERT_EQ(SyncState(a.store).pendingCount().value(), 1);
    server.exec(
        u"REVOKE EXECUTE ON FUNCTION eventdesk.pull(uuid, xid8, bigint, integer) FROM eventdesk_member"_s);
    auto failed = a.session->sync();
    ASSERT_FALSE(failed);
    EXPECT_TRUE(failed.error().message.contains(u"could not be fetched"_s))
        << failed.error().message.toStdString();
    EXPECT_EQ(SyncState(a.store).pendingCount().value(), 0);
    EXPECT_EQ(
        server.scalar(u"SELECT count(*) FROM eventdesk.records WHERE data->>'name' = 'Pushed, then the pull "
                      "fails'"_s),
        1);
    server.exec(
        u"GRANT EXECUTE ON FUNCTION eventdesk.pull(uuid, xid8, bigint, integer) TO eventdesk_member"_s);
    const SyncReport again = a.sync();
    EXPECT_EQ(again.pushed, 0);
    b.sync();
    EXPECT_EQ(roomOf(b, roomId).name, u"Pushed, then the pull fails"_s);
}

TEST_F(SyncSessionTest, AReplayedPushCreatesNoDuplicates)
{
    rename(a, roomId, u"Once"_s);
    a.sync();
    const qint64 changes = server.scalar(u"SELECT count(*) FROM eventdesk.changes"_s);
    const qint64 records = server.scalar(u"SELECT count(*) FROM eventdesk.records"_s);
    {
        // As if the acknowledgement had been lost: the whole outbox is unpushed again.
        RawSqlite raw(a.path());
        ASSERT_EQ(raw.exec(u"UPDATE changes SET pushed = 0"_s), QString());
    }
    a.sync();
    EXPECT_EQ(server.scalar(u"SELECT count(*) FROM eventdesk.changes"_s), changes);
    EXPECT_EQ(server.scalar(u"SELECT count(*) FROM eventdesk.records"_s), records);
    EXPECT_EQ(SyncState(a.store).pendingCount().value(), 0);
    b.sync();
    EXPECT_EQ(roomOf(b, roomId).name, u"Once"_s);
    EXPECT_EQ(b.store.list<Room>(eventId).value().size(), 1);
}

TEST_F(SyncSessionTest, AChangeCommittedLateButNumberedEarlyIsNotSkipped)
{
    // Ana's push runs in a transaction that stays open while Bo's later push commits.
    QSqlDatabase slow =
        testPostgres().connect(u"slow-"_s + shortId(), a.url().database, a.url().user, a.url().password);
    ASSERT_TRUE(slow.isOpen()) << slow.lastError().text().toStdString();
    QSqlQuery q(slow);
    ASSERT_TRUE(q.exec(u"BEGIN"_s));
    const QUuid lateId = QUuid::createUuid();
    Room late = makeRoom(eventId, u"Late room"_s);
    QJsonObject fields{{u"event_id"_s, eventId.toString(QUuid::WithoutBraces)},
                       {u"name"_s, u"Late room"_s},
                       {u"capacity"_s, 10},
                       {u"availability"_s, u"[]"_s},
                       {u"created_utc"_s, u"2026-01-01T00:00:00.000Z"_s},
                       {u"deleted"_s, 0}};
    const QJsonArray batch{QJsonObject{{u"m"_s, 1},
                                       {u"kind"_s, u"room"_s},
                                       {u"id"_s, lateId.toString(QUuid::WithoutBraces)},
                                       {u"base"_s, 0},
                                       {u"fields"_s, fields}}};
    q.prepare(u"SELECT eventdesk.push(?::uuid, ?::jsonb)"_s);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact)));
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();

    rename(b, roomId, u"Committed first"_s);
    b.sync();
    a.sync(); // sees neither change yet: Ana's transaction is older than Bo's and still open
    EXPECT_EQ(roomOf(a, roomId).name, u"Hall 1"_s);
    ASSERT_TRUE(q.exec(u"COMMIT"_s));
    a.sync();
    EXPECT_EQ(roomOf(a, roomId).name, u"Committed first"_s);
    auto arrived = a.store.get<Room>(lateId);
    ASSERT_TRUE(arrived) << "the change numbered earlier and committed later was skipped";
    EXPECT_EQ(arrived.value().name, u"Late room"_s);
    q.finish();
    slow.close();
}

TEST_F(SyncSessionTest, AnOlderClientIsRefusedAndLosesNothing)
{
    rename(a, roomId, u"Offline edit"_s);
    server.exec(u"UPDATE eventdesk.server_info SET value = '99' WHERE key = 'schema_version'"_s);
    auto report = a.session->sync();
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::NewerSchema);
    EXPECT_TRUE(report.error().message.contains(u"newer EventDesk"_s))
        << report.error().message.toStdString();
    EXPECT_EQ(SyncState(a.store).pendingCount().value(), 1);
    EXPECT_EQ(roomOf(a, roomId).name, u"Offline edit"_s);
}

TEST_F(SyncSessionTest, AResetServerIsDetectedAndNeverDeletesLocalData)
{
    rename(a, roomId, u"Before the reset"_s);
    server.exec(u"DROP SCHEMA eventdesk CASCADE"_s);
    ASSERT_TRUE(ServerSchema::install(server.admin()));
    // The member roles survive (they are the cluster's); the team's membership went with the schema.
    server.exec(u"INSERT INTO eventdesk.members VALUES ('"_s + a.url().user + u"', 'crew', '"_s +
                a.url().user + u"'), ('"_s + b.url().user + u"', 'crew', '"_s + b.url().user + u"')"_s);
    auto report = a.session->sync();
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::Conflict);
    EXPECT_EQ(roomOf(a, roomId).name, u"Before the reset"_s);
    EXPECT_EQ(a.store.list<Room>(eventId).value().size(), 1);

    ASSERT_TRUE(a.session->rejoin());
    a.sync();
    SyncClient fresh(server.addMember(u"crew"_s, u"cy"_s));
    fresh.sync();
    EXPECT_EQ(roomOf(fresh, roomId).name, u"Before the reset"_s);
    EXPECT_EQ(fresh.store.get<Event>(eventId).value().name, u"Sync Summit · 同步峰会"_s);
}

TEST_F(SyncSessionTest, AServerRestartedMidSyncLosesNothingAndTheNextSyncDrainsTheOutbox)
{
    QList<Room> many;
    for (int i = 0; i < 60; ++i)
        many.append(makeRoom(eventId, u"Room %1"_s.arg(i)));
    for (const Room &r : many)
        ASSERT_TRUE(a.store.add(r));
    a.session->batchSize = 10;
    bool restarted = false;
    auto report = a.session->sync([&](qint64, qint64, SyncSession::Phase) {
        if (!restarted) {
            restarted = true;
            EXPECT_TRUE(testPostgres().restart());
        }
        return true;
    });
    ASSERT_FALSE(report) << "the push after the restart went through the old connection";
    EXPECT_FALSE(report.error().message.isEmpty());
    EXPECT_GT(SyncState(a.store).pendingCount().value(), 0);
    for (SyncClient *c : {&a, &b})
        c->connect();
    server.reconnect();
    a.sync();
    EXPECT_EQ(SyncState(a.store).pendingCount().value(), 0);
    b.sync();
    EXPECT_EQ(b.store.list<Room>(eventId).value().size(), 61);
    EXPECT_EQ(server.scalar(u"SELECT count(*) FROM eventdesk.records WHERE kind = 'room'"_s), 61);
}

} // namespace

namespace
{

TEST_F(SyncSessionTest, AClientKilledMidPushConvergesAndItsOutboxDrains)
{
    QList<Room> many;
    for (int i = 0; i < 2000; ++i)
        many.append(makeRoom(eventId, u"Room %1"_s.arg(i)));
    ASSERT_TRUE(a.store.addMany(many));
    for (int i = 0; i < 300; ++i)
        rename(a, roomId, u"Hall %1"_s.arg(i));
    const qint64 entries = SyncState(a.store).pendingCount().value();
    const QString editsOfTheRoom = u"SELECT count(*) FROM eventdesk.changes WHERE id = '"_s +
                                   roomId.toString(QUuid::WithoutBraces) + u"'"_s;
    const qint64 editsBefore = server.scalar(editsOfTheRoom);

    QProcess child;
    child.setProgram(QString::fromUtf8(SYNC_CHILD));
    ServerUrl url = a.url();
    child.setArguments(
        {a.path(), u"postgresql://%1:%2@%3:%4/%5?sslmode=disable"_s.arg(
                       url.user, url.password, url.host, QString::number(url.port), url.database)});
    child.start();
    ASSERT_TRUE(child.waitForStarted());
    // Wait until the server has acknowledged a few batches, then kill it without warning.
    QByteArray out;
    while (out.count('\n') < 3 && child.waitForReadyRead(30000))
        out += child.readAllStandardOutput();
    ASSERT_GE(out.count('\n'), 3) << out.toStdString() << child.readAllStandardError().toStdString();
    ASSERT_FALSE(out.contains("done")) << "the push finished before the kill; make the outbox bigger";
    child.kill();
    ASSERT_TRUE(child.waitForFinished());
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    const qint64 left = SyncState(a.store).pendingCount().value();
    EXPECT_GT(left, 0);
    EXPECT_LT(left, entries);

    a.sync();
    EXPECT_EQ(SyncState(a.store).pendingCount().value(), 0);
    b.sync();
    EXPECT_EQ(b.store.list<Room>(eventId).value().size(), 2001);
    EXPECT_EQ(roomOf(b, roomId).name, u"Hall 299"_s);
    EXPECT_EQ(server.scalar(u"SELECT count(*) FROM eventdesk.records WHERE kind = 'room'"_s), 2001);
    // Each record's creation (the primary key) and each edit reached the server once.
    EXPECT_EQ(server.scalar(editsOfTheRoom), editsBefore + 300);
}

} // namespace

namespace
{

// Runs sql as a member's own role; returns the error text ("" on success) and the first value.
struct AsMember {
    explicit AsMember(const ServerUrl &url)
        : name(u"as-"_s + shortId()), db(testPostgres().connect(name, url.database, url.user, url.password))
    {
        EXPECT_TRUE(db.isOpen()) << db.lastError().text().toStdString();
    }
    ~AsMember()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    std::pair<QString, QVariant> run(const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return {q.lastError().text().isEmpty() ? u"failed"_s : q.lastError().text(), {}};
        const QVariant first = q.next() ? q.value(0) : QVariant();
        return {QString(), q.isSelect() ? first : QVariant(q.numRowsAffected())};
    }
    QString name;
    QSqlDatabase db;
};

TEST_F(SyncSessionTest, AMemberCannotReadOrChangeAnotherTeamsRowsWithTheirOwnRole)
{
    // Team "other" has a record and a conflict of its own.
    SyncClient x(server.addMember(u"other"_s, u"xi"_s));
    SyncClient y(server.addMember(u"other"_s, u"yu"_s));
    auto theirEvent = x.store.add(makeEvent());
    ASSERT_TRUE(theirEvent);
    auto theirRoom = x.store.add(makeRoom(theirEvent.value().meta.id, u"Secret room"_s));
    ASSERT_TRUE(theirRoom);
    x.sync();
    y.sync();
    rename(x, theirRoom.value().meta.id, u"Secret X"_s);
    rename(y, theirRoom.value().meta.id, u"Secret Y"_s);
    x.sync();
    EXPECT_EQ(y.sync().conflicts, 1);
    const QString theirId = theirRoom.value().meta.id.toString(QUuid::WithoutBraces);
    const qint64 theirChanges =
        server.scalar(u"SELECT count(*) FROM eventdesk.changes WHERE team_id = 'other'"_s);
    ASSERT_GT(theirChanges, 0);

    AsMember ana(a.url());
    const qint64 ours = server.scalar(u"SELECT count(*) FROM eventdesk.records WHERE team_id = 'crew'"_s);
    EXPECT_EQ(ana.run(u"SELECT count(*) FROM eventdesk.records"_s).second.toLongLong(), ours);
    EXPECT_EQ(
        ana.run(u"SELECT count(*) FROM eventdesk.records WHERE team_id = 'other'"_s).second.toLongLong(), 0);
    EXPECT_EQ(
        ana.run(u"SELECT count(*) FROM eventdesk.changes WHERE team_id = 'other'"_s).second.toLongLong(), 0);
    EXPECT_EQ(
        ana.run(u"SELECT count(*) FROM eventdesk.clients WHERE team_id = 'other'"_s).second.toLongLong(), 0);
    EXPECT_EQ(ana.run(u"SELECT count(*) FROM eventdesk.conflicts"_s).second.toLongLong(), 0);
    EXPECT_EQ(ana.run(u"SELECT count(*) FROM eventdesk.open_conflicts"_s).second.toLongLong(), 0);
    EXPECT_EQ(ana.run(u"SELECT count(*) FROM eventdesk.members"_s).second.toLongLong(), 1);
    EXPECT_EQ(
        ana.run(u"SELECT count(*) FROM eventdesk.pull(gen_random_uuid(), '0', 0, 100000) WHERE id = '"_s +
                theirId + u"'"_s)
            .second.toLongLong(),
        0);
    EXPECT_EQ(ana.run(u"SELECT count(*) FROM eventdesk.pull(gen_random_uuid(), '0', 0, 100000)"_s)
                  .second.toLongLong(),
              ours);
    EXPECT_EQ(ana.run(u"SELECT eventdesk.pull_count('0', 0)"_s).second.toLongLong(), ours);
    const QString ourId = roomId.toString(QUuid::WithoutBraces);
    EXPECT_EQ(ana.run(u"SELECT count(*) FROM eventdesk.records_of(ARRAY['"_s + theirId + u"', '"_s + ourId +
                      u"']::uuid[])"_s)
                  .second.toLongLong(),
              1);

    // Writes to their rows touch nothing or are refused.
    EXPECT_EQ(ana.run(u"UPDATE eventdesk.records SET data = '{}' WHERE team_id = 'other'"_s).second.toInt(),
              0);
    EXPECT_EQ(ana.run(u"UPDATE eventdesk.conflicts SET resolved_at = now()"_s).second.toInt(), 0);
    const QString intoTheirs =
        ana.run(u"INSERT INTO eventdesk.records VALUES ('other', 'room', gen_random_uuid(), "
                "'{}', '{}', '{}', 1, 1, gen_random_uuid())"_s)
            .first;
    EXPECT_TRUE(intoTheirs.contains(u"row-level security"_s)) << intoTheirs.toStdString();
    EXPECT_FALSE(ana.run(u"UPDATE eventdesk.records SET team_id = 'other'"_s).first.isEmpty());
    EXPECT_FALSE(ana.run(u"DELETE FROM eventdesk.changes"_s).first.isEmpty());
    EXPECT_FALSE(ana.run(u"UPDATE eventdesk.members SET team_id = 'other'"_s).first.isEmpty());
    EXPECT_FALSE(
        ana.run(u"INSERT INTO eventdesk.members VALUES (current_user, 'other', 'x')"_s).first.isEmpty());
    EXPECT_FALSE(ana.run(u"ALTER TABLE eventdesk.records DISABLE ROW LEVEL SECURITY"_s).first.isEmpty());
    EXPECT_FALSE(ana.run(u"SET ROLE "_s + x.url().user).first.isEmpty());
    QSqlQuery c(server.admin());
    ASSERT_TRUE(c.exec(u"SELECT id::text FROM eventdesk.conflicts WHERE team_id = 'other'"_s) && c.next());
    EXPECT_EQ(ana.run(u"SELECT eventdesk.resolve(ARRAY['"_s + c.value(0).toString() + u"']::uuid[])"_s)
                  .second.toInt(),
              0);
    // A push naming their record's id makes a row of Ana's own team; theirs is unchanged.
    EXPECT_EQ(
        ana.run(u"SELECT eventdesk.push(gen_random_uuid(), '[{\"m\": 1, \"kind\": \"room\", \"id\": \""_s +
                theirId + u"\", \"base\": 999, \"fields\": {\"name\": \"Taken\"}}]')"_s)
            .second.toInt(),
        1);
    EXPECT_EQ(
        server.scalar(u"SELECT count(*) FROM eventdesk.conflicts WHERE team_id = 'other' AND resolved_at IS "
                      "NULL"_s),
        1);
    EXPECT_EQ(
        server.scalar(u"SELECT count(*) FROM eventdesk.records WHERE team_id = 'other' AND data->>'name' = "
                      "'Secret X'"_s),
        1);
    EXPECT_EQ(server.scalar(u"SELECT count(*) FROM eventdesk.changes WHERE team_id = 'other'"_s),
              theirChanges);
}

// The wire format of a push, written here from the outbox as SyncSession sends it.
QString pushBatch(SyncClient &c, QList<qint64> *ids)
{
    EXPECT_TRUE(SyncState(c.store).ensureTables());
    QJsonArray batch;
    for (const OutgoingChange &o : SyncState(c.store).outgoing(1000).value()) {
        batch.append(QJsonObject{{u"m"_s, o.mutationId},
                                 {u"kind"_s, recordKindName(o.kind)},
                                 {u"id"_s, o.recordId.toString(QUuid::WithoutBraces)},
                                 {u"base"_s, o.base},
                                 {u"fields"_s, o.fieldObject()}});
        if (!ids->contains(o.mutationId))
            ids->append(o.mutationId);
    }
    return QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact));
}

qint64 pushAs(const ServerUrl &member, const QUuid &client, const QString &batch)
{
    ServerConnection connection(member);
    EXPECT_TRUE(connection.open());
    QSqlQuery q(connection.db());
    q.prepare(u"SELECT eventdesk.push(?::uuid, ?::jsonb)"_s);
    q.addBindValue(client.toString(QUuid::WithoutBraces));
    q.addBindValue(batch);
    EXPECT_TRUE(q.exec() && q.next()) << q.lastError().text().toStdString();
    return q.value(0).toLongLong();
}

// Ana's transaction takes the record first; Bo's push of his pending edits waits for it; then Ana pushes hers
// in that transaction (so her change is numbered after Bo's push began) and commits. Both are marked pushed.
// Returns how many changes Bo's push applied.
qint64 pushWhileTheOtherWaits(SyncServer &server, SyncClient &a, SyncClient &b, const QUuid &record)
{
    QList<qint64> idsA;
    QList<qint64> idsB;
    const QString batchA = pushBatch(a, &idsA);
    const QString batchB = pushBatch(b, &idsB);
    QSqlDatabase open =
        testPostgres().connect(u"open-"_s + shortId(), a.url().database, a.url().user, a.url().password);
    EXPECT_TRUE(open.isOpen()) << open.lastError().text().toStdString();
    qint64 appliedB = -1;
    {
        QSqlQuery q(open);
        EXPECT_TRUE(q.exec(u"BEGIN"_s));
        EXPECT_TRUE(q.exec(u"SELECT 1 FROM eventdesk.records WHERE id = '%1' FOR UPDATE"_s.arg(
            record.toString(QUuid::WithoutBraces))));
        const QUuid clientB = SyncState(b.store).clientId().value();
        const ServerUrl urlB = b.url();
        std::thread bo([&] { appliedB = pushAs(urlB, clientB, batchB); });
        // Bo's push is waiting for the row Ana's transaction holds.
        const bool waits = QTest::qWaitFor(
            [&] {
                return server.scalar(u"SELECT count(*) FROM pg_stat_activity WHERE usename = '%1' "
                                     "AND wait_event_type = 'Lock'"_s.arg(urlB.user)) == 1;
            },
            20000);
        q.prepare(u"SELECT eventdesk.push(?::uuid, ?::jsonb)"_s);
        q.addBindValue(SyncState(a.store).clientId().value().toString(QUuid::WithoutBraces));
        q.addBindValue(batchA);
        EXPECT_TRUE(q.exec() && q.next()) << q.lastError().text().toStdString();
        EXPECT_EQ(q.value(0).toLongLong(), idsA.size());
        EXPECT_TRUE(q.exec(u"COMMIT"_s));
        bo.join();
        EXPECT_TRUE(waits) << "Bo's push did not wait for Ana's";
    }
    open.close();
    EXPECT_TRUE(SyncState(a.store).markPushed(idsA));
    EXPECT_TRUE(SyncState(b.store).markPushed(idsB));
    return appliedB;
}

// Bo's edit waits for Ana's open push of the same field; once hers commits, his is checked again against her
// value: a conflict with both values, never an overwrite of what waited before it.
TEST_F(SyncSessionTest, AnEditWaitingForATeammatesOpenPushOfTheSameFieldBecomesAConflict)
{
    rename(a, roomId, u"Ana's hall"_s);
    rename(b, roomId, u"Bo's hall"_s);
    EXPECT_EQ(pushWhileTheOtherWaits(server, a, b, roomId), 1);

    EXPECT_EQ(server.scalar(u"SELECT count(*) FROM eventdesk.records WHERE data->>'name' = 'Ana''s hall'"_s),
              1);
    EXPECT_EQ(server.scalar(
                  u"SELECT count(*) FROM eventdesk.conflicts WHERE resolved_at IS NULL AND field = 'name' "
                  "AND kept = '\"Ana''s hall\"' AND proposed = '\"Bo''s hall\"'"_s),
              1);
    a.sync();
    b.sync();
    EXPECT_EQ(roomOf(a, roomId).name, u"Ana's hall"_s);
    EXPECT_EQ(roomOf(b, roomId).name, u"Ana's hall"_s);
    const QList<SyncConflict> onB = conflictsOf(b);
    ASSERT_EQ(onB.size(), 1);
    EXPECT_EQ(onB.first().kept.toString(), u"Ana's hall"_s);
}

// Bo's edit of another field waits for Ana's open transaction and is merged after her push, numbered after it
// even though his push began first: a record's change numbers only grow, so a member who has the record at
// its revision is not taken for one who missed a field's change.
TEST_F(SyncSessionTest, AnEditWaitingForATeammatesOpenPushOfAnotherFieldIsMergedAndNumberedAfterIt)
{
    rename(a, roomId, u"Ana's hall"_s);
    Room theirs = roomOf(b, roomId);
    theirs.capacity = 321;
    ASSERT_TRUE(b.store.update(theirs));
    EXPECT_EQ(pushWhileTheOtherWaits(server, a, b, roomId), 1);

    const QString record =
        u"FROM eventdesk.records WHERE id = '%1'"_s.arg(roomId.toString(QUuid::WithoutBraces));
    const qint64 revision = server.scalar(u"SELECT revision "_s + record);
    const qint64 name = server.scalar(u"SELECT (versions->>'name')::bigint "_s + record);
    const qint64 capacity = server.scalar(u"SELECT (versions->>'capacity')::bigint "_s + record);
    EXPECT_GT(capacity, name) << "Bo's change waited for Ana's, so it is numbered after hers";
    EXPECT_EQ(revision, capacity);
    EXPECT_EQ(server.scalar(u"SELECT count(*) FROM eventdesk.conflicts"_s), 0);
    a.sync();
    b.sync();
    for (SyncClient *c : {&a, &b}) {
        EXPECT_EQ(roomOf(*c, roomId).name, u"Ana's hall"_s);
        EXPECT_EQ(roomOf(*c, roomId).capacity, 321);
    }
    // With both changes in hand, Ana's next edit of Bo's field is no conflict.
    Room again = roomOf(a, roomId);
    again.capacity = 400;
    ASSERT_TRUE(a.store.update(again));
    EXPECT_EQ(a.sync().conflicts, 0);
    EXPECT_EQ(b.sync().conflicts, 0);
    EXPECT_EQ(roomOf(b, roomId).capacity, 400);
}

// The pull's progress counts every change: over several pages the total is known after the first page and
// does not move; a pull of one page (or of exactly one full page) reports its own size.
TEST_F(SyncSessionTest, ThePullsProgressTotalIsTheNumberOfChangesWhateverThePages)
{
    for (int i = 0; i < 25; ++i)
        ASSERT_TRUE(a.store.add(makeRoom(eventId, u"Room %1"_s.arg(i))));
    a.sync();
    struct Step {
        qint64 done;
        qint64 total;
    };
    auto pull = [&](int pageSize) {
        SyncClient c(b.url());
        c.session->pageSize = pageSize;
        QList<Step> steps;
        auto report = c.session->sync([&](qint64 done, qint64 total, SyncSession::Phase phase) {
            if (phase == SyncSession::Phase::Pull)
                steps.append({done, total});
            return true;
        });
        EXPECT_TRUE(report);
        return steps;
    };
    // The event and 26 rooms: 27 changes.
    const qint64 changes = server.scalar(u"SELECT count(*) FROM eventdesk.records"_s);
    ASSERT_EQ(changes, 27);
    // With libpq's handle (the next page read on a thread of its own) and through Qt's driver alone.
    for (const bool fast : {true, false}) {
        ServerQuery::setFastPathEnabled(fast);
        const QList<Step> paged = pull(10);
        ASSERT_EQ(paged.size(), 3);
        for (const Step &s : paged)
            EXPECT_EQ(s.total, changes);
        EXPECT_EQ(paged.at(0).done, 10);
        EXPECT_EQ(paged.at(1).done, 20);
        EXPECT_EQ(paged.at(2).done, changes);

        const QList<Step> whole = pull(100);
        ASSERT_EQ(whole.size(), 1);
        EXPECT_EQ(whole.first().done, changes);
        EXPECT_EQ(whole.first().total, changes);

        const QList<Step> exact = pull(int(changes));
        ASSERT_FALSE(exact.isEmpty());
        for (const Step &s : exact)
            EXPECT_EQ(s.total, changes);
        EXPECT_EQ(exact.last().done, changes);
    }
    ServerQuery::setFastPathEnabled(true);
}

// A pull reads its next page while it writes the one before (on a thread of its own with libpq's handle,
// after it without): a Cancel after the first page keeps that page and a cursor after it, not the page read
// ahead, and the next sync brings the rest.
TEST_F(SyncSessionTest, APullCancelledAfterItsFirstPageKeepsThatPageAndTheNextSyncBringsTheRest)
{
    for (int i = 0; i < 25; ++i)
        ASSERT_TRUE(a.store.add(makeRoom(eventId, u"Room %1"_s.arg(i))));
    a.sync();
    // The tenth change in pull's order: the event, Hall 1 and eight of the new rooms come before it.
    const qint64 tenth =
        server.scalar(u"SELECT revision FROM eventdesk.records ORDER BY txid, revision OFFSET 9 LIMIT 1"_s);
    for (const bool fast : {true, false}) {
        ServerQuery::setFastPathEnabled(fast);
        SyncClient c(b.url());
        c.session->pageSize = 10;
        auto first = c.session->sync(
            [](qint64, qint64, SyncSession::Phase phase) { return phase != SyncSession::Phase::Pull; });
        ASSERT_TRUE(first) << first.error().detail.toStdString();
        EXPECT_TRUE(first.value().cancelled) << "fast " << fast;
        EXPECT_EQ(first.value().pulled, 10) << "fast " << fast;
        EXPECT_EQ(c.store.list<Room>().value().size(), 9) << "fast " << fast;
        EXPECT_EQ(SyncState(c.store).cursor().value().seq, tenth) << "fast " << fast;

        auto rest = c.session->sync();
        ASSERT_TRUE(rest) << rest.error().detail.toStdString();
        EXPECT_FALSE(rest.value().cancelled);
        EXPECT_EQ(rest.value().pulled, 17) << "fast " << fast;
        EXPECT_EQ(c.store.list<Room>().value().size(), 26) << "fast " << fast;
        EXPECT_EQ(roomOf(c, roomId).name, u"Hall 1"_s);
    }
    ServerQuery::setFastPathEnabled(true);
}

// A page is read in parts (the next part while the one before is written) and written in one transaction: a
// page is whole parts, a Cancel keeps whole pages, and a part that cannot be written leaves its page
// unwritten, the parts before it included, and the cursor where it was.
TEST_F(SyncSessionTest, APageReadInPartsIsWrittenWholeOrNotAtAll)
{
    for (int i = 0; i < 25; ++i)
        ASSERT_TRUE(a.store.add(makeRoom(eventId, u"Room %1"_s.arg(i))));
    a.sync();
    auto nth = [&](int offset) {
        return server.scalar(
            u"SELECT revision FROM eventdesk.records ORDER BY txid, revision OFFSET %1 LIMIT 1"_s.arg(
                offset));
    };
    // The 16th change in pull's order cannot be written here (a room's capacity is never negative): it is in
    // the second part of the second page (pages of 4 parts of 3).
    const qint64 bad = nth(15);
    server.exec(
        u"UPDATE eventdesk.records SET data = data || '{\"capacity\": -1}' WHERE revision = %1"_s.arg(bad));
    for (const bool fast : {true, false}) {
        ServerQuery::setFastPathEnabled(fast);
        SyncClient c(b.url());
        c.session->pageSize = 10;
        c.session->partSize = 3;
        QList<qint64> pages;
        auto failed = c.session->sync([&](qint64 done, qint64, SyncSession::Phase phase) {
            if (phase == SyncSession::Phase::Pull)
                pages.append(done);
            return true;
        });
        ASSERT_FALSE(failed) << "fast " << fast;
        EXPECT_EQ(failed.error().message, u"The changes from the server could not be saved."_s);
        EXPECT_EQ(pages, QList<qint64>{12}) << "fast " << fast;
        // The first page (the event, Hall 1 and ten new rooms); none of the second page's first part.
        EXPECT_EQ(c.store.list<Room>().value().size(), 11) << "fast " << fast;
        EXPECT_EQ(SyncState(c.store).cursor().value().seq, nth(11)) << "fast " << fast;

        server.exec(
            u"UPDATE eventdesk.records SET data = data || '{\"capacity\": 40}' WHERE revision = %1"_s.arg(
                bad));
        auto rest = c.session->sync();
        ASSERT_TRUE(rest) << rest.error().detail.toStdString();
        EXPECT_EQ(rest.value().pulled, 15) << "fast " << fast;
        EXPECT_EQ(c.store.list<Room>().value().size(), 26) << "fast " << fast;
        server.exec(
            u"UPDATE eventdesk.records SET data = data || '{\"capacity\": -1}' WHERE revision = %1"_s.arg(
                bad));
    }
    ServerQuery::setFastPathEnabled(true);
}

// A team on a server of an older schema version: two members, and an event with a room in ana's workspace,
// not pushed yet.
struct OlderTeam {
    explicit OlderTeam(int schemaVersion)
        : server(schemaVersion), a(server.addMember(u"crew"_s, u"ana"_s)),
          b(server.addMember(u"crew"_s, u"bo"_s))
    {
        EXPECT_EQ(ServerSchema::version(server.admin()).value(), schemaVersion);
        auto madeEvent = a.store.add(makeEvent());
        EXPECT_TRUE(madeEvent);
        event = madeEvent.value();
        auto madeRoom = a.store.add(makeRoom(event.meta.id, u"Hall 1"_s));
        EXPECT_TRUE(madeRoom);
        room = madeRoom.value();
    }
    SyncServer server;
    SyncClient a;
    SyncClient b;
    Event event;
    Room room;
};

TEST(ServerMigrationTest, AVersionOneServerIsMigratedWithItsRecordsAndReplaysStillRefused)
{
    OlderTeam team(1);
    SyncServer &server = team.server;
    SyncClient &a = team.a;
    SyncClient &b = team.b;
    const Event &event = team.event;
    const Room &room = team.room;
    Room renamed = room;
    renamed.name = u"Hall One"_s;
    ASSERT_TRUE(a.store.update(renamed));

    // Pushed with version 1's own push function, as a client of that version did.
    QList<qint64> ids;
    const QString batch = pushBatch(a, &ids);
    const QUuid client = SyncState(a.store).clientId().value();
    // Two records; the rename travels in the room's creation, which carries its current columns.
    ASSERT_EQ(pushAs(a.url(), client, batch), 2);
    ASSERT_TRUE(SyncState(a.store).markPushed(ids));

    // This EventDesk refuses the old server in one sentence and keeps everything.
    auto refused = b.session->sync();
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(u"older EventDesk schema (version 1)"_s))
        << refused.error().message.toStdString();

    auto migrated = ServerSchema::install(server.admin());
    ASSERT_TRUE(migrated) << migrated.error().detail.toStdString();
    EXPECT_EQ(migrated.value(), ServerSchema::kVersion);
    EXPECT_EQ(ServerSchema::version(server.admin()).value(), ServerSchema::kVersion);

    // The records and who wrote them are still there; the same push again is a replay.
    EXPECT_EQ(pushAs(a.url(), client, batch), 0);
    b.sync();
    EXPECT_EQ(roomOf(b, room.meta.id).name, u"Hall One"_s);
    EXPECT_EQ(b.store.get<Event>(event.meta.id).value().name, makeEvent().name);
    a.sync();
    EXPECT_EQ(SyncState(a.store).pendingCount().value(), 0);

    // An edit on both sides of the migration is a conflict that names the member who wrote before it.
    Room mine = roomOf(a, room.meta.id);
    mine.name = u"Ana's hall"_s;
    ASSERT_TRUE(a.store.update(mine));
    Room theirs = roomOf(b, room.meta.id);
    theirs.name = u"Bo's hall"_s;
    ASSERT_TRUE(b.store.update(theirs));
    a.sync();
    EXPECT_EQ(b.sync().conflicts, 1);
    const QList<SyncConflict> open = SyncState(b.store).conflicts().value();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().keptBy, a.url().user);
    EXPECT_EQ(open.first().kept.toString(), u"Ana's hall"_s);
}

// A version 3 server knows no claims: its clients have no token. Migrated, such a client's first claim is
// taken, and a copy of its workspace from before claims (a file with no token, which had synced as a client
// of version 3) finds the client's new token, takes an id of its own and loses none of its edits.
TEST(ServerMigrationTest, AVersionThreeServerGetsClaimsAndAnOlderCopyOfAWorkspaceTakesAnIdOfItsOwn)
{
    OlderTeam team(3);
    SyncServer &server = team.server;
    SyncClient &a = team.a;
    SyncClient &b = team.b;
    const Room &room = team.room;
    // Pushed as a client of version 3 did: no claim.
    QList<qint64> ids;
    const QString batch = pushBatch(a, &ids);
    const QUuid client = SyncState(a.store).clientId().value();
    ASSERT_EQ(pushAs(a.url(), client, batch), 2);
    ASSERT_TRUE(SyncState(a.store).markPushed(ids));

    auto migrated = ServerSchema::install(server.admin());
    ASSERT_TRUE(migrated) << migrated.error().detail.toStdString();
    EXPECT_EQ(migrated.value(), ServerSchema::kVersion);
    EXPECT_EQ(server.scalar(u"SELECT count(*) FROM eventdesk.clients WHERE lineage IS NULL"_s), 1);
    a.sync();
    EXPECT_EQ(SyncState(a.store).clientId().value(), client);
    EXPECT_EQ(server.scalar(u"SELECT count(*) FROM eventdesk.clients WHERE lineage IS NULL"_s), 0);

    QTemporaryDir dir;
    const QString copy = dir.filePath(u"copy.eventdesk"_s);
    ASSERT_EQ(RawSqlite(a.path()).exec(u"VACUUM INTO '"_s + copy + u"'"_s), QString());
    ASSERT_EQ(RawSqlite(copy).exec(u"DELETE FROM sync_meta WHERE key LIKE 'lineage%'"_s), QString());

    Room mine = roomOf(a, room.meta.id);
    mine.name = u"Renamed after the migration"_s;
    ASSERT_TRUE(a.store.update(mine));
    EXPECT_EQ(a.sync().pushed, 1);
    EXPECT_EQ(SyncState(a.store).clientId().value(), client);

    SyncClient older(a.url(), copy);
    Room there = roomOf(older, room.meta.id);
    there.capacity = 12;
    ASSERT_TRUE(older.store.update(there));
    const SyncReport report = older.sync();
    EXPECT_EQ(report.pushed, 1);
    EXPECT_EQ(report.conflicts, 0);
    EXPECT_NE(SyncState(older.store).clientId().value(), client);
    for (SyncClient *x : {&b, &a, &older}) {
        x->sync();
        EXPECT_EQ(roomOf(*x, room.meta.id).name, u"Renamed after the migration"_s);
        EXPECT_EQ(roomOf(*x, room.meta.id).capacity, 12);
    }
}

// Columns arrive whether simdjson reads them (strings, numbers, null) or QJsonDocument does (a nested value a
// client never sends, written here by hand): as a new record and as an edit of one the workspace has.
TEST(SyncColumnsTest, ARecordWithANestedValueArrivesAsNewAndAsAnEdit)
{
    SyncServer server;
    SyncClient a(server.addMember(u"crew"_s, u"ana"_s));
    auto event = a.store.add(makeEvent());
    ASSERT_TRUE(event);
    a.sync();
    // As a push would: a new change number, in this transaction.
    server.exec(u"UPDATE eventdesk.records SET data = data || '{\"description\": {\"b\": [1, \"x\"], "
                "\"a\": null}, \"name\": \"Hand \\\"made\\\" 会议\"}', "
                "revision = nextval('eventdesk.change_seq'), txid = pg_current_xact_id(), clean = false "
                "WHERE kind = 'event'"_s);
    a.sync();
    SyncClient b(server.addMember(u"crew"_s, u"bo"_s));
    b.sync();
    for (SyncClient *c : {&a, &b}) {
        const Event got = c->store.get<Event>(event.value().meta.id).value();
        EXPECT_EQ(got.name, u"Hand \"made\" 会议"_s);
        EXPECT_EQ(QJsonDocument::fromJson(got.description.toUtf8()).object(),
                  (QJsonObject{{u"a"_s, QJsonValue::Null}, {u"b"_s, QJsonArray{1, u"x"_s}}}))
            << got.description.toStdString();
        EXPECT_EQ(got.timeZone, u"Europe/Berlin"_s);
    }
}

// Pull reads its page from the records_pull index, in its order, also before the records have statistics
// (right after a first push): the planner used to read every changed record and sort them all, on disk, for
// each page. The plan is read from auto_explain, which logs the statement inside the function; a high
// random_page_cost stands in for the 100,000 records of the benchmark, where that happened.
TEST(ServerMigrationTest, PullReadsItsPageInIndexOrderWithoutStatistics)
{
    SyncServer server;
    SyncClient a(server.addMember(u"crew"_s, u"ana"_s));
    LargeEvent::Options options;
    options.sessions = 20;
    options.speakers = 20;
    options.participants = 2000;
    ASSERT_TRUE(LargeEvent::create(a.store, options));
    a.sync();
    ASSERT_GT(server.scalar(u"SELECT count(*) FROM eventdesk.records"_s), 2000);
    ASSERT_EQ(server.scalar(u"SELECT count(*) FROM pg_stats WHERE schemaname = 'eventdesk' AND tablename = "
                            "'records'"_s),
              0); // not analysed yet
    const auto plan = testPostgres().psql(
        u"LOAD 'auto_explain';\n"
        "SET auto_explain.log_min_duration = 0;\n"
        "SET auto_explain.log_nested_statements = on;\n"
        "SET client_min_messages = log;\n"
        // As the planner weighs a big table it has no statistics for: reading in index order looks dear.
        "SET random_page_cost = 1000;\n"
        "SET ROLE %1;\n"
        "SELECT count(*) FROM eventdesk.pull('%2'::uuid, '0'::xid8, 0, 500);\n"_s.arg(
            a.url().user, QUuid::createUuid().toString(QUuid::WithoutBraces)),
        a.url().database);
    ASSERT_EQ(plan.exitCode, 0) << plan.errors.toStdString();
    EXPECT_EQ(plan.output.trimmed(), u"500"_s);
    const QString inner = plan.errors.mid(plan.errors.indexOf(u"FROM eventdesk.records"_s));
    EXPECT_TRUE(inner.contains(u"Index Scan using records_pull"_s)) << plan.errors.toStdString();
    EXPECT_FALSE(inner.contains(u"Sort"_s)) << plan.errors.toStdString();
    EXPECT_FALSE(inner.contains(u"Bitmap"_s)) << plan.errors.toStdString();
}

TEST(ServerQueryTest, TextParametersNullsAndBigValuesPassOnBothPaths)
{
    SyncServer server;
    const QByteArray big(3 * 1024 * 1024, 'x');
    for (const bool fast : {true, false}) {
        ServerQuery::setFastPathEnabled(fast);
        ServerQuery q(server.admin(),
                      u"SELECT ?::text, (?::text IS NULL)::int, length(?::text), NULL::text"_s);
        EXPECT_EQ(q.usesHandle(), fast && ServerQuery::fastPathCompiled());
        q.bind(u"Café · 会议"_s.toUtf8());
        q.bind(QByteArray());
        q.bind(big);
        ASSERT_TRUE(q.exec()) << q.lastError().toStdString();
        ASSERT_TRUE(q.next());
        EXPECT_EQ(QString::fromUtf8(q.value(0)), u"Café · 会议"_s);
        EXPECT_EQ(q.value(1), "1");
        EXPECT_EQ(q.value(2).toLongLong(), big.size());
        EXPECT_TRUE(q.isNull(3));
        EXPECT_FALSE(q.next());

        ServerQuery bad(server.admin(), u"SELECT * FROM no_such_table WHERE id = ?"_s);
        bad.bind("1");
        EXPECT_FALSE(bad.exec());
        EXPECT_TRUE(bad.lastError().contains(u"no_such_table"_s)) << bad.lastError().toStdString();
    }
    ServerQuery::setFastPathEnabled(true);
}

// COPY (with libpq) and one JSON document (Qt's driver alone) carry the same values, whatever their
// characters.
TEST(ServerQueryTest, APushByCopyAndAPushByOneDocumentCarryTheSameValues)
{
    const QString tricky = u"Back\\slash \\N, tab\tand\nnewline \"quoted\" · 会议室"_s;
    for (const bool fast : {true, false}) {
        ServerQuery::setFastPathEnabled(fast);
        SyncServer server;
        EXPECT_EQ(ServerQuery::canCopy(server.admin()), fast && ServerQuery::fastPathCompiled());
        SyncClient a(server.addMember(u"crew"_s, u"ana"_s));
        SyncClient b(server.addMember(u"crew"_s, u"bo"_s));
        auto event = a.store.add(makeEvent());
        ASSERT_TRUE(event);
        auto room = a.store.add(makeRoom(event.value().meta.id, tricky));
        ASSERT_TRUE(room);
        // A record of the first entry's kind after the room: read in the event's group, sent in the outbox's
        // order, so the server numbers the room before it (pull brings records in that order).
        auto later = a.store.add(makeEvent());
        ASSERT_TRUE(later);
        EXPECT_EQ(a.sync().pushed, 3);
        EXPECT_EQ(b.sync().pulled, 3);
        const auto createdOf = [&server](const QUuid &id) {
            return server.scalar(u"SELECT created FROM eventdesk.records WHERE id = '"_s +
                                 id.toString(QUuid::WithoutBraces) + u"'"_s);
        };
        EXPECT_LT(createdOf(event.value().meta.id), createdOf(room.value().meta.id)) << "fast " << fast;
        EXPECT_LT(createdOf(room.value().meta.id), createdOf(later.value().meta.id)) << "fast " << fast;
        EXPECT_EQ(roomOf(b, room.value().meta.id).name, tricky);
        rename(b, room.value().meta.id, tricky + u" B"_s);
        b.sync();
        a.sync();
        EXPECT_EQ(roomOf(a, room.value().meta.id).name, tricky + u" B"_s);
        EXPECT_EQ(b.store.get<Event>(event.value().meta.id).value().name, makeEvent().name);
    }
    ServerQuery::setFastPathEnabled(true);
}

} // namespace
