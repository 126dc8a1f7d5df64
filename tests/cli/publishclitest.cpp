// eventdesk-cli export --format ics|site|pdf|html|backup and import --format backup, end to end.
#include "support/clirun.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class PublishCliTest : public ::testing::Test
{
protected:
    using Out = EventDesk::Test::CliRun;
    void SetUp() override { ASSERT_EQ(cli({u"demo"_s}).exitCode, 0); }
    Out cli(const QStringList &args, const QString &workspace = {})
    {
        return EventDesk::Test::runCli(
            args, EventDesk::Test::cliEnvironment(workspace.isEmpty() ? ws.path() : workspace));
    }
    QString path(const QString &name) const { return ws.filePath(name); }

    EventDesk::Test::TempWorkspace ws;
};

} // namespace

TEST_F(PublishCliTest, ExportsIcsForTheEventAndForARoom)
{
    Out r = cli({u"export"_s, u"--format"_s, u"ics"_s, u"-o"_s, path(u"all.ics"_s)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const qsizetype all = readAll(path(u"all.ics"_s)).count("BEGIN:VEVENT");
    EXPECT_GT(all, 10);
    EXPECT_TRUE(r.out.contains(u"(%1 session"_s.arg(all))) << r.out.toStdString();
    r = cli(
        {u"export"_s, u"--format"_s, u"ics"_s, u"--room"_s, u"Main Hall"_s, u"-o"_s, path(u"room.ics"_s)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray room = readAll(path(u"room.ics"_s));
    EXPECT_GT(room.count("BEGIN:VEVENT"), 0);
    EXPECT_LT(room.count("BEGIN:VEVENT"), all);
    EXPECT_EQ(room.count("LOCATION:Main Hall"), room.count("BEGIN:VEVENT"));
    r = cli({u"export"_s, u"--format"_s, u"ics"_s, u"--room"_s, u"Nowhere"_s, u"-o"_s, path(u"x.ics"_s)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"No room matches \"Nowhere\""_s)) << r.err.toStdString();
    // No release yet: "latest" says so in one sentence.
    r = cli({u"export"_s, u"--format"_s, u"ics"_s, u"--release"_s, u"latest"_s, u"-o"_s, path(u"x.ics"_s)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"not been published"_s)) << r.err.toStdString();
}

TEST_F(PublishCliTest, ExportsTheSiteAndTheAgenda)
{
    Out r = cli({u"export"_s, u"--format"_s, u"site"_s, u"-o"_s, path(u"site"_s)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(path(u"site/index.html"_s)));
    EXPECT_TRUE(QFile::exists(path(u"site/schedule.ics"_s)));
    r = cli({u"export"_s, u"--format"_s, u"html"_s, u"-o"_s, path(u"agenda.html"_s)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(readAll(path(u"agenda.html"_s)).contains("<div class=\"page\">"));
    r = cli({u"export"_s, u"--format=pdf"_s, u"--track"_s, u"Community · 社区"_s, u"-o"_s,
             path(u"agenda.pdf"_s)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(readAll(path(u"agenda.pdf"_s)).startsWith("%PDF-"));
    EXPECT_TRUE(r.out.contains(u"page"_s)) << r.out.toStdString();
}

// QtGui and its ~20 libraries would lengthen the start of every command; only the eventdesk_pdf module,
// loaded for `export --format pdf`, links it. CBC (ten libraries) is loaded on the first solve.
TEST(PublishCliLinkTest, TheCliDoesNotLinkQtGuiOrCbc)
{
#ifndef Q_OS_LINUX
    GTEST_SKIP() << "reads the ELF dynamic section";
#endif
    const QString readelf = QStandardPaths::findExecutable(u"readelf"_s);
    ASSERT_FALSE(readelf.isEmpty()) << "readelf (binutils) is needed";
    QProcess p;
    p.start(readelf, {u"-d"_s, QStringLiteral(EVENTDESK_CLI)});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QByteArray needed = p.readAllStandardOutput();
    ASSERT_TRUE(needed.contains("libQt6Core")) << needed.toStdString();
    EXPECT_FALSE(needed.contains("libQt6Gui")) << needed.toStdString();
    EXPECT_FALSE(needed.contains("libQt6Widgets")) << needed.toStdString();
    EXPECT_FALSE(needed.contains("libCbc")) << needed.toStdString();
}

// A copy of the program with no module beside it (or installed) says so in one sentence and writes nothing.
TEST_F(PublishCliTest, PdfWithoutTheModuleSaysSo)
{
    const QString copy = path(u"bin/eventdesk-cli"_s);
    ASSERT_TRUE(QDir().mkpath(path(u"bin"_s)));
    ASSERT_TRUE(QFile::copy(QStringLiteral(EVENTDESK_CLI), copy));
    QProcess p;
    p.setProcessEnvironment(EventDesk::Test::cliEnvironment(ws.path()));
    p.start(copy, {u"export"_s, u"--format"_s, u"pdf"_s, u"-o"_s, path(u"agenda.pdf"_s)});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_TRUE(err.contains(u"PDF module is missing"_s)) << err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(u"agenda.pdf"_s)));
}

TEST_F(PublishCliTest, BackupRestoresIntoAnEmptyWorkspaceOnly)
{
    Out r = cli({u"export"_s, u"--format"_s, u"backup"_s, u"-o"_s, path(u"backup.json"_s)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({u"export"_s, u"--format"_s, u"backup"_s, u"--room"_s, u"A"_s, u"-o"_s, path(u"b.json"_s)});
    EXPECT_EQ(r.exitCode, 2);

    // Into a new workspace, the format guessed from the file; a dry run first writes nothing.
    const QString fresh = path(u"restored.eventdesk"_s);
    r = cli({u"import"_s, path(u"backup.json"_s), u"--dry-run"_s, u"--json"_s}, fresh);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json().object().value(u"dryRun"_s).toBool());
    EXPECT_GT(r.json().object().value(u"rows"_s).toObject().value(u"sessions"_s).toInt(), 10);
    r = cli({u"event"_s, u"list"_s, u"--json"_s}, fresh);
    EXPECT_EQ(r.json().array().size(), 0) << r.out.toStdString();
    r = cli({u"import"_s, path(u"backup.json"_s)}, fresh);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Restored"_s));

    // The restored workspace backs up to the same tables.
    ASSERT_EQ(cli({u"export"_s, u"--format"_s, u"backup"_s, u"-o"_s, path(u"again.json"_s)}, fresh).exitCode,
              0);
    const QJsonObject a = QJsonDocument::fromJson(readAll(path(u"backup.json"_s))).object();
    const QJsonObject b = QJsonDocument::fromJson(readAll(path(u"again.json"_s))).object();
    EXPECT_EQ(a.value(u"tables"_s), b.value(u"tables"_s));
    EXPECT_EQ(a.value(u"workspaceId"_s), b.value(u"workspaceId"_s));

    // Not into a workspace with data.
    r = cli({u"import"_s, path(u"backup.json"_s), u"--format"_s, u"backup"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"only be restored into an empty workspace"_s)) << r.err.toStdString();
}
