// eventdesk-cli import and export end to end: the dispatch, frab XML and c3voc JSON.
#include "support/clirun.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace
{

class InteropCliTest : public ::testing::Test
{
protected:
    using Out = EventDesk::Test::CliRun;
    Out cli(const QStringList &args)
    {
        return EventDesk::Test::runCli(args, EventDesk::Test::cliEnvironment(ws.path()));
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(ws.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }

    EventDesk::Test::TempWorkspace ws;
};

TEST_F(InteropCliTest, ExportOfAnUnknownFormatNamesTheKnownOnes)
{
    const Out r = cli({u"export"_s, u"--format"_s, u"nope"_s, u"-o"_s, ws.filePath(u"x"_s)});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"\"nope\" is not an export format"_s)) << r.err.toStdString();
}

TEST_F(InteropCliTest, ExportNeedsAnOutputAndOneFilter)
{
    Out r = cli({u"export"_s, u"--format"_s, u"frab-xml"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"-o PATH"_s)) << r.err.toStdString();
    r = cli({u"export"_s, u"--format"_s, u"frab-xml"_s, u"--room"_s, u"A"_s, u"--track"_s, u"B"_s, u"-o"_s,
             ws.filePath(u"x"_s)});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"at most one of"_s)) << r.err.toStdString();
}

TEST_F(InteropCliTest, ImportOfAnUnknownFormatIsRefused)
{
    const QString path = write(u"a.txt"_s, "hello");
    Out r = cli({u"import"_s, path, u"--format"_s, u"nope"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"\"nope\" is not an import format"_s)) << r.err.toStdString();
    r = cli({u"import"_s, path});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"Cannot tell the format"_s)) << r.err.toStdString();
    r = cli({u"import"_s, ws.filePath(u"missing.xml"_s)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"Cannot read"_s)) << r.err.toStdString();
}

TEST_F(InteropCliTest, ImportDryRunThenImportThenReimportChangesNothing)
{
    const QByteArray xml = "<?xml "
                           "version=\"1.0\"?>\n<schedule><version>1</version><conference><acronym>cli2026</"
                           "acronym><title>CLI Conf"
                           "</title><time_zone_name>Europe/Berlin</time_zone_name></conference>\n<day "
                           "index=\"1\" date=\"2026-06-10\" "
                           "start=\"2026-06-10T09:00:00+02:00\" end=\"2026-06-10T18:00:00+02:00\"><room "
                           "name=\"Hall\"><event guid=\"talk-1\" "
                           "id=\"1\"><date>2026-06-10T10:00:00+02:00</date><start>10:00</"
                           "start><duration>00:30</duration><room>Hall</room>"
                           "<title>Opening</title><type>Talk</type><abstract/><track>Main</track></event></"
                           "room></day></schedule>\n";
    const QString path = write(u"schedule.xml"_s, xml);
    Out r = cli({u"import"_s, path, u"--dry-run"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(u"created"_s).toInt(), 4);
    EXPECT_FALSE(r.json().object().value(u"written"_s).toBool());
    r = cli({u"session"_s, u"list"_s, u"--json"_s});
    EXPECT_NE(r.exitCode, 0); // no event yet: the dry run wrote nothing
    r = cli({u"import"_s, path});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"4 created, 0 updated, 0 unchanged, 0 skipped."_s)) << r.out.toStdString();
    r = cli({u"import"_s, path, u"--format"_s, u"frab-xml"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(u"unchanged"_s).toInt(), 4) << r.out.toStdString();
    const QString event = r.json().object().value(u"event"_s).toString();

    const QString out = ws.filePath(u"out.json"_s);
    r = cli({u"export"_s, u"--format"_s, u"c3voc-json"_s, u"--room"_s, u"Hall"_s, u"-o"_s, out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Wrote 1 scheduled sessions"_s)) << r.out.toStdString();
    r = cli({u"import"_s, out, u"--event"_s, event, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(u"created"_s).toInt(), 0) << r.out.toStdString();
    r = cli({u"export"_s, u"--format"_s, u"frab-xml"_s, u"--room"_s, u"Nowhere"_s, u"-o"_s, out});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"No room is called"_s)) << r.err.toStdString();
}

TEST_F(InteropCliTest, ABrokenFileWritesNothingAndNamesTheLine)
{
    const QString path =
        write(u"bad.xml"_s, "<schedule>\n<version>1</version>\n<conference><title>x</conference>");
    const Out r = cli({u"import"_s, path});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"not well-formed XML at line 3"_s)) << r.err.toStdString();
}

} // namespace
