// eventdesk-cli server init, server add-member, sync, conflicts list and conflicts resolve end to end,
// against a throwaway PostgreSQL: two workspaces share a room through the server, edit its name at once, see
// the conflict on both sides and settle it from one.
#include "support/clirun.h"
#include "support/tempworkspace.h"
#include "support/testpostgres.h"
#include "sync/serverconnection.h"
#include "sync/serverschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using EventDesk::Test::CliRun;
using EventDesk::Test::TempWorkspace;
using EventDesk::Test::TestPostgres;

namespace
{

TestPostgres &postgres()
{
    static TestPostgres server;
    if (!server.isRunning()) {
        auto ok = server.start();
        if (!ok)
            ADD_FAILURE() << ok.error().message.toStdString();
    }
    return server;
}

QString shortId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(10);
}

class SyncCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(postgres().isRunning());
        m_database = u"cli_"_s + shortId();
        auto made = postgres().createDatabase(m_database);
        ASSERT_TRUE(made) << made.error().message.toStdString();
    }

    QString adminUrl() const { return postgres().superuserUrl(m_database); }
    QString memberUrl(const QString &member) const
    {
        return u"postgresql://%1@%2:%3/%4"_s.arg(member, TestPostgres::host())
            .arg(postgres().port())
            .arg(m_database);
    }

    // The CLI on a workspace, with extra environment variables and standard input.
    CliRun cli(const TempWorkspace &ws, const QStringList &args,
               const QList<std::pair<QString, QString>> &env = {}, const QByteArray &input = {})
    {
        QProcessEnvironment e = EventDesk::Test::cliEnvironment(ws.path());
        e.remove(u"PGPASSWORD"_s);
        e.remove(u"EVENTDESK_SERVER_PASSWORD"_s);
        e.remove(u"EVENTDESK_MEMBER_PASSWORD"_s);
        for (const auto &[name, value] : env)
            e.insert(name, value);
        return EventDesk::Test::runCli(QStringList{u"--db"_s, ws.path()} + args, e, input);
    }
    void initServer()
    {
        const CliRun r = cli(m_admin, {u"server"_s, u"init"_s, u"--url"_s, adminUrl()});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    void addMember(const QString &team, const QString &member)
    {
        const CliRun r = cli(
            m_admin,
            {u"server"_s, u"add-member"_s, u"--url"_s, adminUrl(), u"--team"_s, team, u"--member"_s, member},
            {{u"EVENTDESK_MEMBER_PASSWORD"_s, u"pw-"_s + member}});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    // sync --json as member; the report.
    QJsonObject sync(const TempWorkspace &ws, const QString &member)
    {
        const CliRun r = cli(ws, {u"sync"_s, u"--server"_s, memberUrl(member), u"--json"_s},
                             {{u"EVENTDESK_SERVER_PASSWORD"_s, u"pw-"_s + member}});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().object();
    }
    QString run(const TempWorkspace &ws, const QStringList &args)
    {
        const CliRun r = cli(ws, args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out.trimmed();
    }
    QJsonArray conflicts(const TempWorkspace &ws)
    {
        const CliRun r = cli(ws, {u"conflicts"_s, u"list"_s, u"--json"_s});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().array();
    }
    QString roomName(const TempWorkspace &ws, const QString &room)
    {
        return EventDesk::Test::runCli({u"--db"_s, ws.path(), u"room"_s, u"show"_s, room, u"--json"_s},
                                       EventDesk::Test::cliEnvironment(ws.path()))
            .json()[u"name"_s]
            .toString();
    }
    // Two members of one team, each with a workspace holding the same synced room "Hall".
    QString twoMembersShareARoom()
    {
        initServer();
        addMember(u"crew"_s, u"ana"_s);
        addMember(u"crew"_s, u"ben"_s);
        run(m_a, {u"event"_s, u"create"_s, u"--name"_s, u"Conf"_s, u"--start"_s, u"2026-06-10"_s, u"--end"_s,
                  u"2026-06-11"_s, u"--tz"_s, u"Europe/Berlin"_s});
        const QString room = run(m_a, {u"room"_s, u"add"_s, u"--name"_s, u"Hall"_s});
        EXPECT_GT(sync(m_a, u"ana"_s)[u"pushed"_s].toInt(), 0);
        EXPECT_GT(sync(m_b, u"ben"_s)[u"pulled"_s].toInt(), 0);
        return room;
    }
    qint64 serverScalar(const QString &sql)
    {
        const TestPostgres::PsqlOutput out = postgres().psql(sql, m_database);
        EXPECT_EQ(out.exitCode, 0) << out.errors.toStdString();
        return out.output.trimmed().toLongLong();
    }

    QString m_database;
    TempWorkspace m_admin;
    TempWorkspace m_a;
    TempWorkspace m_b;
};

} // namespace

TEST_F(SyncCommandsTest, ServerInitTwiceLeavesTheSecondTimeAlone)
{
    const CliRun first = cli(m_admin, {u"server"_s, u"init"_s, u"--url"_s, adminUrl()});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(u"Installed"_s)) << first.out.toStdString();
    EXPECT_EQ(serverScalar(u"SELECT value FROM eventdesk.server_info WHERE key = 'schema_version'"_s),
              EventDesk::ServerSchema::kVersion);
    const qint64 tables = serverScalar(u"SELECT count(*) FROM pg_tables WHERE schemaname = 'eventdesk'"_s);
    EXPECT_GT(tables, 0);

    const CliRun second = cli(m_admin, {u"server"_s, u"init"_s, u"--url"_s, adminUrl()});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(u"nothing was changed"_s)) << second.out.toStdString();
    EXPECT_EQ(serverScalar(u"SELECT count(*) FROM pg_tables WHERE schemaname = 'eventdesk'"_s), tables);
}

TEST_F(SyncCommandsTest, ServerInitMigratesAnOlderSchemaAndKeepsItsIdentity)
{
    {
        EventDesk::ServerConnection admin(EventDesk::ServerUrl::parse(adminUrl()).value());
        ASSERT_TRUE(admin.open());
        ASSERT_TRUE(EventDesk::ServerSchema::install(admin.db(), 1));
    }
    const QString id = u"SELECT value FROM eventdesk.server_info WHERE key = 'server_id'"_s;
    const QString before = postgres().psql(id, m_database).output.trimmed();
    const CliRun r = cli(m_admin, {u"server"_s, u"init"_s, u"--url"_s, adminUrl()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(
        u"Migrated the team server's schema from version 1 to %1"_s.arg(EventDesk::ServerSchema::kVersion)))
        << r.out.toStdString();
    EXPECT_EQ(serverScalar(u"SELECT value FROM eventdesk.server_info WHERE key = 'schema_version'"_s),
              EventDesk::ServerSchema::kVersion);
    EXPECT_EQ(postgres().psql(id, m_database).output.trimmed(), before);
    EXPECT_FALSE(before.isEmpty());
}

// A copy of a workspace file (a second laptop, a backup put back) that syncs after the original has synced
// says that it took a client id of its own, in words and in the JSON, and the edits of both reach the
// teammate.
TEST_F(SyncCommandsTest, ACopyOfAWorkspaceThatSyncsAfterTheOriginalSaysItTookAnIdOfItsOwn)
{
    const QString room = twoMembersShareARoom();
    TempWorkspace copy;
    ASSERT_TRUE(QFile::copy(m_a.path(), copy.path()));
    run(m_a, {u"room"_s, u"update"_s, room, u"--name"_s, u"Hall A"_s});
    const QJsonObject original = sync(m_a, u"ana"_s);
    EXPECT_EQ(original[u"pushed"_s].toInt(), 1);
    EXPECT_FALSE(original[u"newClientId"_s].toBool());

    run(copy, {u"room"_s, u"update"_s, room, u"--capacity"_s, u"77"_s});
    const CliRun r = cli(copy, {u"sync"_s, u"--server"_s, memberUrl(u"ana"_s)},
                         {{u"EVENTDESK_SERVER_PASSWORD"_s, u"pw-ana"_s}});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Another copy of this workspace file has synced since this one last did"_s))
        << r.out.toStdString();
    const QJsonObject again = sync(copy, u"ana"_s);
    EXPECT_FALSE(again[u"newClientId"_s].toBool()) << "the copy keeps its new id";
    EXPECT_EQ(again[u"pending"_s].toInt(), 0);

    EXPECT_EQ(sync(m_b, u"ben"_s)[u"conflicts"_s].toInt(), 0);
    const QJsonObject shown =
        EventDesk::Test::runCli({u"--db"_s, m_b.path(), u"room"_s, u"show"_s, room, u"--json"_s},
                                EventDesk::Test::cliEnvironment(m_b.path()))
            .json()
            .object();
    EXPECT_EQ(shown[u"name"_s].toString(), u"Hall A"_s);
    EXPECT_EQ(shown[u"capacity"_s].toInt(), 77);
}

// A server of the same version with functions of an older revision (here: a push function that changes
// nothing and no untouched_since) gets this build's functions from server init; its records stay and syncing
// goes on.
TEST_F(SyncCommandsTest, ServerInitUpdatesTheFunctionsOfAnOlderRevisionAndKeepsTheRecords)
{
    const QString room = twoMembersShareARoom();
    EXPECT_EQ(serverScalar(u"SELECT value FROM eventdesk.server_info WHERE key = 'schema_revision'"_s),
              EventDesk::ServerSchema::kRevision);
    const QString body = u"SELECT md5(prosrc) FROM pg_proc WHERE proname = 'push_staged'"_s;
    const QString current = postgres().psql(body, m_database).output.trimmed();
    const qint64 records = serverScalar(u"SELECT count(*) FROM eventdesk.records"_s);
    ASSERT_GT(records, 0);
    const TestPostgres::PsqlOutput older = postgres().psql(
        u"DELETE FROM eventdesk.server_info WHERE key = 'schema_revision';"
        "DROP FUNCTION eventdesk.untouched_since(eventdesk.records, bigint, uuid);"
        "CREATE OR REPLACE FUNCTION eventdesk.push_staged(p_client uuid) RETURNS integer LANGUAGE sql "
        "AS 'SELECT 0';"_s,
        m_database);
    ASSERT_EQ(older.exitCode, 0) << older.errors.toStdString();
    ASSERT_NE(postgres().psql(body, m_database).output.trimmed(), current);

    const CliRun r = cli(m_admin, {u"server"_s, u"init"_s, u"--url"_s, adminUrl()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Updated the team server's functions to revision %1 of version %2"_s
                                   .arg(EventDesk::ServerSchema::kRevision)
                                   .arg(EventDesk::ServerSchema::kVersion)))
        << r.out.toStdString();
    EXPECT_EQ(postgres().psql(body, m_database).output.trimmed(), current);
    EXPECT_EQ(serverScalar(u"SELECT value FROM eventdesk.server_info WHERE key = 'schema_revision'"_s),
              EventDesk::ServerSchema::kRevision);
    EXPECT_EQ(serverScalar(u"SELECT value FROM eventdesk.server_info WHERE key = 'schema_version'"_s),
              EventDesk::ServerSchema::kVersion);
    EXPECT_EQ(serverScalar(u"SELECT count(*) FROM eventdesk.records"_s), records);
    // Members may call the new function; nobody else may.
    EXPECT_EQ(serverScalar(u"SELECT count(*) FROM pg_proc p WHERE proname = 'untouched_since' "
                           "AND has_function_privilege('ana', p.oid, 'EXECUTE') "
                           "AND NOT has_function_privilege('public', p.oid, 'EXECUTE')"_s),
              1);

    // An edit goes through the restored push and reaches the teammate.
    run(m_a, {u"room"_s, u"update"_s, room, u"--name"_s, u"Hall Ana"_s});
    EXPECT_EQ(sync(m_a, u"ana"_s)[u"pushed"_s].toInt(), 1);
    EXPECT_EQ(sync(m_b, u"ben"_s)[u"pulled"_s].toInt(), 1);
    EXPECT_EQ(roomName(m_b, room), u"Hall Ana"_s);

    const CliRun again = cli(m_admin, {u"server"_s, u"init"_s, u"--url"_s, adminUrl()});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(u"nothing was changed"_s)) << again.out.toStdString();
}

TEST_F(SyncCommandsTest, AddMemberTakesThePasswordFromTheEnvironmentOrStandardInput)
{
    initServer();
    addMember(u"crew"_s, u"ana"_s);
    const CliRun fromStdin = cli(m_admin,
                                 {u"server"_s, u"add-member"_s, u"--url"_s, adminUrl(), u"--team"_s,
                                  u"crew"_s, u"--member"_s, u"ben"_s},
                                 {}, "pw-ben\n");
    ASSERT_EQ(fromStdin.exitCode, 0) << fromStdin.err.toStdString();
    EXPECT_EQ(serverScalar(u"SELECT count(*) FROM eventdesk.members WHERE team_id = 'crew'"_s), 2);
    for (const QString &member : {u"ana"_s, u"ben"_s}) {
        const QString name = u"login-"_s + member;
        {
            QSqlDatabase db = postgres().connect(name, m_database, member, u"pw-"_s + member);
            EXPECT_TRUE(db.isOpen()) << db.lastError().text().toStdString();
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(u"SELECT eventdesk.current_team()"_s) && q.next())
                << q.lastError().text().toStdString();
            EXPECT_EQ(q.value(0).toString(), u"crew"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // No password: refused with one sentence, no role made.
    const CliRun empty = cli(m_admin,
                             {u"server"_s, u"add-member"_s, u"--url"_s, adminUrl(), u"--team"_s, u"crew"_s,
                              u"--member"_s, u"cy"_s},
                             {}, "\n");
    EXPECT_NE(empty.exitCode, 0);
    EXPECT_EQ(empty.err.trimmed().count(u'\n'), 0) << empty.err.toStdString();
    EXPECT_TRUE(empty.err.contains(u"password"_s)) << empty.err.toStdString();
    EXPECT_EQ(serverScalar(u"SELECT count(*) FROM pg_roles WHERE rolname = 'cy'"_s), 0);
}

TEST_F(SyncCommandsTest, TwoWorkspacesShareRecordsThroughTheServer)
{
    const QString room = twoMembersShareARoom();
    EXPECT_EQ(roomName(m_b, room), u"Hall"_s);
    const QJsonObject again = sync(m_b, u"ben"_s);
    EXPECT_EQ(again[u"pushed"_s].toInt(), 0);
    EXPECT_EQ(again[u"pulled"_s].toInt(), 0);
    EXPECT_EQ(again[u"conflicts"_s].toInt(), 0);
    EXPECT_EQ(again[u"pending"_s].toInt(), 0);
    EXPECT_EQ(again[u"team"_s].toString(), u"crew"_s);
}

TEST_F(SyncCommandsTest, SameFieldEditsAreAConflictBothSeeAndOneResolves)
{
    const QString room = twoMembersShareARoom();
    run(m_a, {u"room"_s, u"update"_s, room, u"--name"_s, u"Hall Ana"_s});
    run(m_b, {u"room"_s, u"update"_s, room, u"--name"_s, u"Hall Ben"_s});
    sync(m_a, u"ana"_s);
    EXPECT_EQ(sync(m_b, u"ben"_s)[u"conflicts"_s].toInt(), 1);
    sync(m_a, u"ana"_s);

    const QJsonArray onB = conflicts(m_b);
    ASSERT_EQ(onB.size(), 1);
    EXPECT_EQ(onB[0][u"field"_s].toString(), u"name"_s);
    EXPECT_EQ(onB[0][u"mine"_s].toString(), u"Hall Ben"_s);
    EXPECT_EQ(onB[0][u"theirs"_s].toString(), u"Hall Ana"_s);
    EXPECT_EQ(onB[0][u"mineBy"_s].toString(), u"ben"_s);
    EXPECT_EQ(onB[0][u"theirsBy"_s].toString(), u"ana"_s);
    EXPECT_EQ(onB[0][u"record"_s].toString(), u"Hall Ana"_s);
    const QJsonArray onA = conflicts(m_a);
    ASSERT_EQ(onA.size(), 1);
    EXPECT_EQ(onA[0][u"id"_s], onB[0][u"id"_s]);
    EXPECT_EQ(onA[0][u"mine"_s].toString(), u"Hall Ana"_s);
    EXPECT_EQ(onA[0][u"theirs"_s].toString(), u"Hall Ben"_s);

    // Ben keeps his value (by a prefix of the id): an ordinary edit that both get after syncing.
    const CliRun resolved =
        cli(m_b, {u"conflicts"_s, u"resolve"_s, onB[0][u"id"_s].toString().left(8), u"--keep"_s, u"mine"_s});
    ASSERT_EQ(resolved.exitCode, 0) << resolved.err.toStdString();
    EXPECT_EQ(roomName(m_b, room), u"Hall Ben"_s);
    EXPECT_TRUE(conflicts(m_b).isEmpty());
    EXPECT_EQ(sync(m_b, u"ben"_s)[u"conflicts"_s].toInt(), 0);
    EXPECT_EQ(sync(m_a, u"ana"_s)[u"conflicts"_s].toInt(), 0);
    EXPECT_EQ(roomName(m_a, room), u"Hall Ben"_s);
    EXPECT_EQ(roomName(m_b, room), u"Hall Ben"_s);
    EXPECT_TRUE(conflicts(m_a).isEmpty());
    EXPECT_TRUE(conflicts(m_b).isEmpty());
    EXPECT_EQ(serverScalar(u"SELECT count(*) FROM eventdesk.conflicts WHERE resolved_at IS NULL"_s), 0);
}

TEST_F(SyncCommandsTest, ResolveTakesAValueOrTheirsAndRefusesUnknownIds)
{
    const QString room = twoMembersShareARoom();
    run(m_a, {u"room"_s, u"update"_s, room, u"--capacity"_s, u"50"_s});
    run(m_b, {u"room"_s, u"update"_s, room, u"--capacity"_s, u"70"_s});
    sync(m_a, u"ana"_s);
    sync(m_b, u"ben"_s);
    const QJsonArray onB = conflicts(m_b);
    ASSERT_EQ(onB.size(), 1);
    const QString id = onB[0][u"id"_s].toString();

    const CliRun unknown = cli(m_b, {u"conflicts"_s, u"resolve"_s, u"ffffffff"_s, u"--keep"_s, u"mine"_s});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.err.trimmed().count(u'\n'), 0) << unknown.err.toStdString();
    const CliRun invalid = cli(m_b, {u"conflicts"_s, u"resolve"_s, id, u"--keep"_s, u"-5"_s});
    EXPECT_EQ(invalid.exitCode, 1) << invalid.out.toStdString();
    EXPECT_EQ(conflicts(m_b).size(), 1);

    const CliRun typed = cli(m_b, {u"conflicts"_s, u"resolve"_s, id, u"--keep"_s, u"60"_s});
    ASSERT_EQ(typed.exitCode, 0) << typed.err.toStdString();
    sync(m_b, u"ben"_s);
    sync(m_a, u"ana"_s);
    const auto capacity = [&](const TempWorkspace &ws) {
        return EventDesk::Test::runCli({u"--db"_s, ws.path(), u"room"_s, u"show"_s, room, u"--json"_s},
                                       EventDesk::Test::cliEnvironment(ws.path()))
            .json()[u"capacity"_s]
            .toInt();
    };
    EXPECT_EQ(capacity(m_a), 60);
    EXPECT_EQ(capacity(m_b), 60);
    EXPECT_TRUE(conflicts(m_a).isEmpty());
}

TEST_F(SyncCommandsTest, AWrongPasswordIsOneSentenceAndChangesNothing)
{
    initServer();
    addMember(u"crew"_s, u"ana"_s);
    run(m_a, {u"event"_s, u"create"_s, u"--name"_s, u"Conf"_s, u"--start"_s, u"2026-06-10"_s, u"--end"_s,
              u"2026-06-11"_s, u"--tz"_s, u"Europe/Berlin"_s});
    const CliRun wrong = cli(m_a, {u"sync"_s, u"--server"_s, memberUrl(u"ana"_s), u"--json"_s},
                             {{u"EVENTDESK_SERVER_PASSWORD"_s, u"guess"_s}});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.out.isEmpty()) << wrong.out.toStdString();
    EXPECT_EQ(wrong.err.trimmed().count(u'\n'), 0) << wrong.err.toStdString();
    EXPECT_TRUE(wrong.err.contains(u"refused the member name or password"_s)) << wrong.err.toStdString();
    EXPECT_EQ(serverScalar(u"SELECT count(*) FROM eventdesk.records"_s), 0);
    // The edit still waits and goes with the right password.
    EXPECT_EQ(sync(m_a, u"ana"_s)[u"pushed"_s].toInt(), 1);
    EXPECT_EQ(serverScalar(u"SELECT count(*) FROM eventdesk.records"_s), 1);
}

TEST_F(SyncCommandsTest, ScheduleConflictsStillListWithoutAVerb)
{
    run(m_a, {u"event"_s, u"create"_s, u"--name"_s, u"Conf"_s, u"--start"_s, u"2026-06-10"_s, u"--end"_s,
              u"2026-06-11"_s, u"--tz"_s, u"Europe/Berlin"_s});
    const CliRun schedule = cli(m_a, {u"conflicts"_s});
    ASSERT_EQ(schedule.exitCode, 0) << schedule.err.toStdString();
    EXPECT_TRUE(schedule.out.contains(u"0 errors"_s)) << schedule.out.toStdString();
    const CliRun none = cli(m_a, {u"conflicts"_s, u"list"_s});
    ASSERT_EQ(none.exitCode, 0) << none.err.toStdString();
    EXPECT_EQ(none.out.trimmed(), u"No conflicts."_s);
}
