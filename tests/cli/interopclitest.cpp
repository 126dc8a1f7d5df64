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

} // namespace
