// A randomized test of team sync: three members edit, delete and restore rooms of one event, go offline and
// come back, and sync in random order. Afterwards every workspace holds the same records, and every edit a
// member's sync acknowledged is present, shown as a conflict, or was overwritten by a later edit of another
// member that had seen it. EVENTDESK_SYNC_FUZZ_OPS and EVENTDESK_SYNC_FUZZ_SEED make a long run outside CI.

#include "storage/syncstate.h"
#include "support/rawsqlite.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include <random>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using namespace EventDesk::Test;

namespace
{

struct Written {
    QUuid room;
    QString field; // name, capacity or deleted
    QJsonValue value;
};

// Each workspace's records as text, without the local revision counter.
QString dump(const QString &path)
{
    RawSqlite raw(path);
    QString out;
    for (const QString &table : {u"events"_s, u"rooms"_s}) {
        QSqlQuery q(QSqlDatabase::database(raw.connectionName(), false));
        EXPECT_TRUE(q.exec(u"SELECT * FROM "_s + table + u" ORDER BY id"_s));
        while (q.next()) {
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i)
                if (r.fieldName(i) != u"revision"_s)
                    out += r.fieldName(i) + u'=' + q.value(i).toString() + u';';
            out += u'\n';
        }
    }
    return out;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

class SyncConvergenceTest : public ::testing::TestWithParam<int>
{
};

TEST_P(SyncConvergenceTest, ThreeMembersConvergeAndNoAcknowledgedEditIsLost)
{
    const int seed = envInt("EVENTDESK_SYNC_FUZZ_SEED", GetParam());
    const int operations = envInt("EVENTDESK_SYNC_FUZZ_OPS", 500);
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 random(static_cast<unsigned>(seed));
    auto chance = [&](int percent) { return int(random() % 100) < percent; };

    SyncServer server;
    std::vector<std::unique_ptr<SyncClient>> clients;
    for (const QString &name : {u"ana"_s, u"bo"_s, u"cy"_s})
        clients.push_back(std::make_unique<SyncClient>(server.addMember(u"crew"_s, name)));
    Event event;
    event.name = u"Random Con"_s;
    event.timeZone = u"Europe/Berlin"_s;
    event.startDate = QDate(2026, 6, 1);
    event.endDate = QDate(2026, 6, 2);
    auto added = clients[0]->store.add(event);
    ASSERT_TRUE(added);
    const QUuid eventId = added.value().meta.id;
    for (auto &c : clients)
        c->sync();

    std::vector<bool> online(clients.size(), true);
    std::vector<QList<Written>> unacknowledged(clients.size());
    std::vector<QList<Written>> acknowledged(clients.size());
    int syncs = 0;
    for (int step = 0; step < operations; ++step) {
        const size_t who = random() % clients.size();
        SyncClient &c = *clients[who];
        if (chance(8)) {
            online[who] = !online[who];
            continue;
        }
        if (chance(20)) {
            if (!online[who])
                continue;
            c.sync();
            ++syncs;
            acknowledged[who] += unacknowledged[who];
            unacknowledged[who].clear();
            continue;
        }
        auto rooms = c.store.list<Room>(eventId, true);
        ASSERT_TRUE(rooms);
        QList<Room> live;
        QList<Room> gone;
        for (const Room &r : rooms.value())
            (r.meta.deleted ? gone : live).append(r);
        const int kind = int(random() % 100);
        if (kind < 20 || live.isEmpty()) {
            Room r;
            r.eventId = eventId;
            r.name = u"Room %1-%2"_s.arg(who).arg(step);
            r.capacity = int(random() % 500);
            auto made = c.store.add(r);
            ASSERT_TRUE(made);
            for (const QString &f : {u"name"_s, u"capacity"_s})
                unacknowledged[who].append(
                    {made.value().meta.id, f,
                     f == u"name"_s ? QJsonValue(r.name) : QJsonValue(qint64(r.capacity))});
        } else if (kind < 55) {
            Room r = live.at(int(random() % live.size()));
            r.name = u"Renamed %1-%2"_s.arg(who).arg(step);
            ASSERT_TRUE(c.store.update(r));
            unacknowledged[who].append({r.meta.id, u"name"_s, r.name});
        } else if (kind < 80) {
            Room r = live.at(int(random() % live.size()));
            r.capacity = int(random() % 500);
            ASSERT_TRUE(c.store.update(r));
            unacknowledged[who].append({r.meta.id, u"capacity"_s, qint64(r.capacity)});
        } else if (kind < 93) {
            const Room r = live.at(int(random() % live.size()));
            ASSERT_TRUE(c.store.remove<Room>(r.meta.id));
            unacknowledged[who].append({r.meta.id, u"deleted"_s, qint64(1)});
        } else if (!gone.isEmpty()) {
            const Room r = gone.at(int(random() % gone.size()));
            ASSERT_TRUE(c.store.restore<Room>(r.meta.id));
            unacknowledged[who].append({r.meta.id, u"deleted"_s, qint64(0)});
        }
    }
    // Everyone comes back and syncs twice: the first round sends, the second brings everything home.
    for (int round = 0; round < 2; ++round)
        for (size_t who = 0; who < clients.size(); ++who) {
            clients[who]->sync();
            acknowledged[who] += unacknowledged[who];
            unacknowledged[who].clear();
        }
    EXPECT_GT(syncs, operations / 20);

    const QString first = dump(clients[0]->path());
    EXPECT_FALSE(first.isEmpty());
    for (size_t who = 1; who < clients.size(); ++who)
        EXPECT_EQ(dump(clients[who]->path()), first) << "member " << who << " did not converge";
    for (auto &c : clients)
        EXPECT_EQ(SyncState(c->store).pendingCount().value(), 0);
    const qint64 roomsHere = clients[0]->store.list<Room>(eventId, true).value().size();
    EXPECT_EQ(server.scalar(u"SELECT count(*) FROM eventdesk.records WHERE kind = 'room'"_s), roomsHere);

    // Every acknowledged edit (each member's last one per room and field) is there, in a conflict, or was
    // overwritten by another member's accepted edit.
    const QList<SyncConflict> open = SyncState(clients[0]->store).conflicts().value();
    int present = 0;
    int inConflict = 0;
    int overwritten = 0;
    for (size_t who = 0; who < clients.size(); ++who) {
        const QUuid clientId = SyncState(clients[who]->store).clientId().value();
        QHash<QString, Written> last;
        for (const Written &w : acknowledged[who])
            last.insert(w.room.toString() + w.field, w);
        for (const Written &w : std::as_const(last)) {
            const Room now = clients[0]->store.get<Room>(w.room).value();
            const QJsonValue value = w.field == u"name"_s ? QJsonValue(now.name)
                                     : w.field == u"capacity"_s
                                         ? QJsonValue(qint64(now.capacity))
                                         : QJsonValue(qint64(now.meta.deleted ? 1 : 0));
            if (value == w.value) {
                ++present;
                continue;
            }
            const bool shown = std::any_of(open.begin(), open.end(), [&](const SyncConflict &c) {
                if (c.recordId != w.room)
                    return false;
                if (c.field == w.field && (c.proposed == w.value || c.kept == w.value))
                    return true;
                if (c.field != u"deleted"_s || !c.proposed.isObject())
                    return false;
                // An edit of a deleted record proposes restoring it with the edited columns.
                return c.proposed.toObject().value(w.field) == w.value ||
                       (w.field == u"deleted"_s && w.value == QJsonValue(qint64(0)));
            });
            if (shown) {
                ++inConflict;
                continue;
            }
            QSqlQuery q(server.admin());
            ASSERT_TRUE(q.exec(u"SELECT coalesce(writers->>'"_s + w.field +
                               u"', creator::text) FROM eventdesk.records WHERE id = '"_s +
                               w.room.toString(QUuid::WithoutBraces) + u"'"_s) &&
                        q.next());
            EXPECT_NE(q.value(0).toString().toStdString(),
                      clientId.toString(QUuid::WithoutBraces).toStdString())
                << "member " << who << "'s " << w.field.toStdString() << " = "
                << QJsonDocument(QJsonArray{w.value}).toJson().toStdString() << " on "
                << w.room.toString().toStdString() << " was lost; now "
                << QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).toStdString();
            ++overwritten;
        }
    }
    EXPECT_GT(present, 0);
    RecordProperty("present", present);
    RecordProperty("in_conflict", inConflict);
    RecordProperty("overwritten", overwritten);
    std::cout << "seed " << seed << ": " << operations << " operations, " << syncs
              << " syncs; acknowledged edits: " << present << " present, " << inConflict << " in conflicts, "
              << overwritten << " overwritten by later edits; " << open.size() << " open conflicts\n";
}

INSTANTIATE_TEST_SUITE_P(Seeds, SyncConvergenceTest, ::testing::Values(1, 2, 3));

} // namespace
