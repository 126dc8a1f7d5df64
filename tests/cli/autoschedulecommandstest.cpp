// eventdesk-cli schedule auto end to end: a proposal with its report, --apply writes it, a re-plan of the
// result moves nothing, and bad options are usage errors.
#include "support/clirun.h"
#include "support/tempworkspace.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace
{

class AutoScheduleCommandsTest : public ::testing::Test
{
protected:
    using Out = EventDesk::Test::CliRun;
    Out cli(const QStringList &args)
    {
        return EventDesk::Test::runCli(args, EventDesk::Test::cliEnvironment(ws.path()));
    }
    QString id(const QStringList &args)
    {
        const Out r = cli(args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out.trimmed();
    }
    void SetUp() override
    {
        id({u"event"_s, u"create"_s, u"--name"_s, u"Conf"_s, u"--start"_s, u"2026-06-10"_s, u"--end"_s,
            u"2026-06-11"_s, u"--tz"_s, u"Europe/Berlin"_s});
        id({u"room"_s, u"add"_s, u"--name"_s, u"Hall"_s, u"--capacity"_s, u"100"_s});
        id({u"room"_s, u"add"_s, u"--name"_s, u"Lab"_s, u"--capacity"_s, u"20"_s});
        for (const QString &title : {u"Alpha"_s, u"Beta"_s, u"Gamma"_s})
            id({u"session"_s, u"add"_s, u"--title"_s, title});
    }
    int scheduledCount()
    {
        const Out r = cli({u"session"_s, u"list"_s, u"--json"_s});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        int n = 0;
        for (const QJsonValue &s : r.json().array())
            n += s[u"start"_s].isString() && !s[u"start"_s].toString().isEmpty() ? 1 : 0;
        return n;
    }

    EventDesk::Test::TempWorkspace ws;
};

TEST_F(AutoScheduleCommandsTest, ProposesAppliesAndReplansWithoutMoves)
{
    Out r = cli({u"schedule"_s, u"auto"_s, u"--json"_s, u"--seed"_s, u"3"_s, u"--time-limit"_s, u"5"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[u"report"_s][u"placed"_s].toInt(), 3);
    const QString status = r.json()[u"report"_s][u"status"_s].toString();
    EXPECT_TRUE(status == u"optimal"_s || status == u"feasible"_s) << status.toStdString();
    const QJsonArray items = r.json()[u"items"_s].toArray();
    ASSERT_EQ(items.size(), 3);
    for (const QJsonValue &item : items)
        EXPECT_TRUE(item[u"valid"_s].toBool()) << item[u"description"_s].toString().toStdString();
    EXPECT_EQ(scheduledCount(), 0); // nothing written without --apply

    r = cli({u"schedule"_s, u"auto"_s, u"--apply"_s, u"--day"_s, u"2026-06-11"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Applied 3 changes."_s)) << r.out.toStdString();
    EXPECT_EQ(scheduledCount(), 3);
    r = cli({u"session"_s, u"list"_s, u"--json"_s});
    for (const QJsonValue &s : r.json().array())
        EXPECT_TRUE(s[u"start"_s].toString().startsWith(u"2026-06-11"_s))
            << s[u"start"_s].toString().toStdString();
    r = cli({u"conflicts"_s, u"--json"_s});
    EXPECT_TRUE(r.json().array().isEmpty());

    r = cli({u"schedule"_s, u"auto"_s, u"--replan"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[u"report"_s][u"moved"_s].toInt(), 0);
    EXPECT_TRUE(r.json()[u"items"_s].toArray().isEmpty());
}

// A workshop that needs the Lab in the afternoon and a room changeover, set from the command line: shown,
// honoured by schedule auto, checked by conflicts, and cleared with none.
TEST_F(AutoScheduleCommandsTest, AllowedRoomsTimesAndRoomChangeoverFromTheCommandLine)
{
    QHash<QString, QString> rooms;
    for (const QJsonValue &room : cli({u"room"_s, u"list"_s, u"--json"_s}).json().array())
        rooms.insert(room[u"name"_s].toString(), room[u"id"_s].toString());
    const QString event = cli({u"event"_s, u"list"_s, u"--json"_s}).json().array().at(0)[u"id"_s].toString();
    Out r = cli({u"session"_s, u"add"_s, u"--title"_s, u"Workshop"_s, u"--duration"_s, u"60"_s,
                 u"--allowed-room"_s, rooms.value(u"Lab"_s).left(8), u"--allowed-time"_s,
                 u"2026-06-10T14:00/2026-06-10T16:00"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString workshop = r.json()[u"id"_s].toString();
    EXPECT_EQ(r.json()[u"allowedRoomIds"_s].toArray(), QJsonArray{rooms.value(u"Lab"_s)});
    ASSERT_EQ(r.json()[u"allowedTimes"_s].toArray().size(), 1);
    EXPECT_EQ(r.json()[u"allowedTimes"_s][0][u"start"_s].toString(), u"2026-06-10T12:00:00Z"_s); // Berlin +2
    r = cli({u"session"_s, u"show"_s, workshop});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"allowedRoomIds: Lab ("_s + rooms.value(u"Lab"_s).left(8) + u")"_s))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"allowedTimes: 2026-06-10T14:00:00+02:00/2026-06-10T16:00:00+02:00"_s))
        << r.out.toStdString();

    r = cli({u"event"_s, u"update"_s, event, u"--room-changeover"_s, u"10"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(cli({u"event"_s, u"show"_s, event, u"--json"_s}).json()[u"roomChangeoverMinutes"_s].toInt(),
              10);
    EXPECT_NE(cli({u"event"_s, u"update"_s, event, u"--room-changeover"_s, u"-5"_s}).exitCode, 0);

    r = cli({u"schedule"_s, u"auto"_s, u"--apply"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({u"session"_s, u"show"_s, workshop, u"--json"_s});
    EXPECT_EQ(r.json()[u"roomId"_s].toString(), rooms.value(u"Lab"_s));
    const QDateTime start = QDateTime::fromString(r.json()[u"start"_s].toString(), Qt::ISODate);
    EXPECT_GE(start, QDateTime::fromString(u"2026-06-10T12:00:00Z"_s, Qt::ISODate));
    EXPECT_LE(start, QDateTime::fromString(u"2026-06-10T13:00:00Z"_s, Qt::ISODate));
    r = cli({u"conflicts"_s, u"--json"_s});
    EXPECT_TRUE(r.json().array().isEmpty()) << r.out.toStdString();

    // Moved by hand into the Hall: the conflict check names the rule.
    ASSERT_EQ(cli({u"session"_s, u"update"_s, workshop, u"--room"_s, rooms.value(u"Hall"_s)}).exitCode, 0);
    r = cli({u"conflicts"_s, u"--json"_s});
    ASSERT_EQ(r.json().array().size(), 1) << r.out.toStdString();
    EXPECT_EQ(r.json().array().at(0)[u"rule"_s].toString(), u"room-not-allowed"_s);

    r = cli({u"session"_s, u"update"_s, workshop, u"--allowed-room"_s, u"none"_s, u"--allowed-time"_s,
             u"none"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json()[u"allowedRoomIds"_s].toArray().isEmpty());
    EXPECT_TRUE(r.json()[u"allowedTimes"_s].toArray().isEmpty());
    r = cli({u"session"_s, u"show"_s, workshop});
    EXPECT_TRUE(r.out.contains(u"allowedRoomIds: any room"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"allowedTimes: any time"_s)) << r.out.toStdString();
    r = cli({u"session"_s, u"update"_s, workshop, u"--allowed-time"_s, u"2026-06-10T14:00"_s});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(u"is not a time window"_s)) << r.err.toStdString();
}

TEST_F(AutoScheduleCommandsTest, BadOptionsAreUsageErrors)
{
    EXPECT_EQ(cli({u"schedule"_s, u"auto"_s, u"--replan"_s, u"--day"_s, u"2026-06-10"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"schedule"_s, u"auto"_s, u"--day"_s, u"2027-01-01"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"schedule"_s, u"auto"_s, u"--time-limit"_s, u"soon"_s}).exitCode, 2);
}

} // namespace
