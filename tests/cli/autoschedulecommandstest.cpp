// eventdesk-cli schedule auto end to end: a proposal with its report, --apply writes it, a re-plan of the
// result moves nothing, and bad options are usage errors.
#include "support/clirun.h"
#include "support/tempworkspace.h"

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
    EXPECT_TRUE(r.out.contains(u"Applied 3 change(s)."_s)) << r.out.toStdString();
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

TEST_F(AutoScheduleCommandsTest, BadOptionsAreUsageErrors)
{
    EXPECT_EQ(cli({u"schedule"_s, u"auto"_s, u"--replan"_s, u"--day"_s, u"2026-06-10"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"schedule"_s, u"auto"_s, u"--day"_s, u"2027-01-01"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"schedule"_s, u"auto"_s, u"--time-limit"_s, u"soon"_s}).exitCode, 2);
}

} // namespace
