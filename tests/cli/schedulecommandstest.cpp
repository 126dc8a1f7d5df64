// eventdesk-cli's schedule commands end to end: conflicts, session move, schedule publish and diff.
#include "support/clirun.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace
{

class ScheduleCommandsTest : public ::testing::Test
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
            u"2026-06-10"_s, u"--tz"_s, u"Europe/Berlin"_s});
        hall = id({u"room"_s, u"add"_s, u"--name"_s, u"Hall"_s, u"--capacity"_s, u"100"_s});
        lab = id({u"room"_s, u"add"_s, u"--name"_s, u"Lab"_s, u"--capacity"_s, u"20"_s});
        a = id({u"session"_s, u"add"_s, u"--title"_s, u"Alpha"_s, u"--room"_s, hall, u"--start"_s,
                u"2026-06-10T10:00"_s});
        b = id({u"session"_s, u"add"_s, u"--title"_s, u"Beta"_s, u"--room"_s, lab, u"--start"_s,
                u"2026-06-10T10:00"_s});
    }

    EventDesk::Test::TempWorkspace ws;
    QString hall, lab, a, b;
};

TEST_F(ScheduleCommandsTest, MoveIntoAnOccupiedRoomReportsButDoesNotBlock)
{
    Out r = cli({u"conflicts"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json().array().isEmpty());

    r = cli({u"session"_s, u"move"_s, b.left(8), u"--room"_s, hall, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray found = r.json()[u"conflicts"_s].toArray();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.at(0)[u"rule"_s].toString(), u"room-double-booked"_s);
    EXPECT_EQ(found.at(0)[u"severity"_s].toString(), u"error"_s);

    r = cli({u"conflicts"_s});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(u"Alpha"_s) && r.out.contains(u"Beta"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"1 errors"_s)) << r.out.toStdString();

    // 10:30 in Berlin, so back to back with Alpha: no conflict.
    r = cli({u"session"_s, u"move"_s, b, u"--start"_s, u"2026-06-10T10:30"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[u"start"_s].toString(), u"2026-06-10T08:30:00Z"_s);
    EXPECT_TRUE(r.json()[u"conflicts"_s].toArray().isEmpty());
}

TEST_F(ScheduleCommandsTest, PublishRefusesErrorsUnlessForcedAndDiffShowsTheMove)
{
    ASSERT_EQ(cli({u"schedule"_s, u"publish"_s, u"--name"_s, u"First"_s}).exitCode, 0);
    ASSERT_EQ(cli({u"session"_s, u"move"_s, b, u"--room"_s, hall}).exitCode, 0);

    Out r = cli({u"schedule"_s, u"publish"_s, u"--name"_s, u"Second"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"--force"_s)) << r.err.toStdString();
    r = cli({u"schedule"_s, u"publish"_s, u"--name"_s, u"Second"_s, u"--force"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[u"version"_s].toInt(), 2);

    r = cli({u"schedule"_s, u"diff"_s, u"1"_s, u"2"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray moved = r.json()[u"moved"_s].toArray();
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved.at(0)[u"title"_s].toString(), u"Beta"_s);
    EXPECT_TRUE(r.json()[u"added"_s].toArray().isEmpty());

    r = cli({u"schedule"_s, u"diff"_s, u"1"_s, u"9"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"no release"_s)) << r.err.toStdString();
    EXPECT_EQ(cli({u"schedule"_s, u"diff"_s, u"1"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"schedule"_s, u"publish"_s}).exitCode, 2);
}

TEST_F(ScheduleCommandsTest, ExportUsesTheLatestReleaseUnlessAskedForTheWorkingCopy)
{
    const QString file = ws.filePath(u"schedule.json"_s);
    Out r = cli({u"schedule"_s, u"export"_s, u"-o"_s, file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"not been published"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(file));

    ASSERT_EQ(cli({u"schedule"_s, u"publish"_s, u"--name"_s, u"v1"_s}).exitCode, 0);
    ASSERT_EQ(cli({u"session"_s, u"add"_s, u"--title"_s, u"Late addition"_s}).exitCode, 0);
    ASSERT_EQ(cli({u"schedule"_s, u"export"_s, u"-o"_s, file}).exitCode, 0);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(f.readAll())[u"sessions"_s].toArray().size(), 2);
    f.close();
    ASSERT_EQ(cli({u"schedule"_s, u"export"_s, u"--release"_s, u"working"_s, u"-o"_s, file}).exitCode, 0);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(f.readAll())[u"sessions"_s].toArray().size(), 3);
}

TEST_F(ScheduleCommandsTest, RuleSeveritiesAndChangeoverFromTheCommandLine)
{
    Out r = cli({u"event"_s, u"list"_s, u"--json"_s});
    const QString event = r.json().array().at(0)[u"id"_s].toString();
    r = cli({u"event"_s, u"update"_s, event, u"--rule"_s, u"room-double-booked=off"_s, u"--changeover"_s,
             u"20"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[u"changeoverMinutes"_s].toInt(), 20);
    ASSERT_EQ(cli({u"session"_s, u"move"_s, b, u"--room"_s, hall}).exitCode, 0);
    r = cli({u"conflicts"_s, u"--json"_s});
    EXPECT_TRUE(r.json().array().isEmpty()) << "the rule is off";
    r = cli({u"event"_s, u"update"_s, event, u"--rule"_s, u"double=maybe"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"room-double-booked"_s)) << r.err.toStdString();
}

TEST_F(ScheduleCommandsTest, ReleasesAreNamedByNameAsWellAsNumber)
{
    ASSERT_EQ(cli({u"schedule"_s, u"publish"_s, u"--name"_s, u"Draft programme"_s}).exitCode, 0);
    ASSERT_EQ(cli({u"session"_s, u"move"_s, b, u"--start"_s, u"2026-06-10T11:00"_s}).exitCode, 0);
    ASSERT_EQ(cli({u"schedule"_s, u"publish"_s, u"--name"_s, u"Final"_s}).exitCode, 0);
    Out r = cli({u"schedule"_s, u"diff"_s, u"draft programme"_s, u"Final"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_EQ(r.json()[u"moved"_s].toArray().size(), 1);
    EXPECT_EQ(r.json()[u"moved"_s].toArray().at(0)[u"title"_s].toString(), u"Beta"_s);

    const QString file = ws.filePath(u"schedule.json"_s);
    r = cli({u"schedule"_s, u"export"_s, u"--release"_s, u"Draft programme"_s, u"-o"_s, file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonArray sessions = QJsonDocument::fromJson(f.readAll())[u"sessions"_s].toArray();
    ASSERT_EQ(sessions.size(), 2);

    r = cli({u"schedule"_s, u"diff"_s, u"Nope"_s, u"Final"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"name"_s)) << r.err.toStdString();
}

TEST_F(ScheduleCommandsTest, AnOverlapOfThreeSessionsIsPrintedOnce)
{
    const QString ada = id({u"speaker"_s, u"add"_s, u"--name"_s, u"Ada"_s});
    for (const QString &s : {a, b})
        ASSERT_EQ(cli({u"session"_s, u"update"_s, s, u"--room"_s, hall, u"--speaker"_s, ada}).exitCode, 0);
    id({u"session"_s, u"add"_s, u"--title"_s, u"Gamma"_s, u"--room"_s, hall, u"--speaker"_s, ada,
        u"--start"_s, u"2026-06-10T10:00"_s});
    Out r = cli({u"conflicts"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << r.out.toStdString(); // the room, the speaker, the count
    const QString both = lines.at(0) + lines.at(1);
    for (const QString &word : {u"Alpha"_s, u"Beta"_s, u"Gamma"_s, u"Hall"_s, u"Ada"_s})
        EXPECT_TRUE(lines.at(0).contains(word) || lines.at(1).contains(word)) << r.out.toStdString();
    EXPECT_EQ(both.count(u"Gamma"_s), 2) << r.out.toStdString();
    // --json keeps each pair.
    EXPECT_EQ(cli({u"conflicts"_s, u"--json"_s}).json().array().size(), 6);
}

} // namespace
