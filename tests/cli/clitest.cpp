// End-to-end tests of eventdesk-cli: run the real binary on a real SQLite file and parse its output.
#include "storage/eventstore.h"
#include "support/clirun.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <tuple>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace
{

using EventDesk::Test::CliRun;

class CliTest : public ::testing::Test
{
protected:
    CliRun cli(const QStringList &args)
    {
        return EventDesk::Test::runCli(args, EventDesk::Test::cliEnvironment(m_ws.path()));
    }
    QString createEvent(const QString &name = u"Qt Con"_s)
    {
        const CliRun r = cli({u"event"_s, u"create"_s, u"--name"_s, name, u"--start"_s, u"2026-05-04"_s,
                              u"--end"_s, u"2026-05-05"_s, u"--tz"_s, u"Europe/Berlin"_s});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out.trimmed();
    }
    QJsonArray listJson(const QString &noun)
    {
        const CliRun r = cli({noun, u"list"_s, u"--json"_s});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.json().isArray()) << r.out.toStdString();
        return r.json().array();
    }

    EventDesk::Test::TempWorkspace m_ws;
};

TEST_F(CliTest, InitCreatesWorkspace)
{
    const CliRun r = cli({u"init"_s});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"schema %1"_s.arg(EventDesk::EventStore::kLatestSchemaVersion)))
        << r.out.toStdString();
    EXPECT_TRUE(QFile::exists(m_ws.path()));
}

// --version names the project's version (CMake's project(VERSION)), the Qt it runs on and how it was built.
TEST_F(CliTest, VersionNamesTheProjectVersionQtAndTheBuild)
{
    const CliRun r = cli({u"--version"_s});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 2) << r.out.toStdString();
    EXPECT_EQ(lines.at(0), u"eventdesk-cli "_s + QStringLiteral(EVENTDESK_PROJECT_VERSION));
    EXPECT_TRUE(lines.at(1).startsWith(
        u"Qt %1 (built with %2); "_s.arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))))
        << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral(EVENTDESK_BUILD_TYPE))) << lines.at(1).toStdString();
}

TEST_F(CliTest, EventLifecycle)
{
    const QString id = createEvent();
    ASSERT_FALSE(QUuid::fromString(id).isNull()) << id.toStdString();

    QJsonArray events = listJson(u"event"_s);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0)[u"name"_s].toString(), u"Qt Con"_s);
    EXPECT_EQ(events.at(0)[u"timeZone"_s].toString(), u"Europe/Berlin"_s);
    EXPECT_EQ(events.at(0)[u"revision"_s].toInt(), 1);

    CliRun r =
        cli({u"event"_s, u"update"_s, id.left(8), u"--name"_s, u"Qt Con 2026"_s, u"--venue"_s, u"Hall 7"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({u"event"_s, u"show"_s, id, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[u"name"_s].toString(), u"Qt Con 2026"_s);
    EXPECT_EQ(r.json()[u"venueName"_s].toString(), u"Hall 7"_s);
    EXPECT_EQ(r.json()[u"revision"_s].toInt(), 2);

    r = cli({u"event"_s, u"delete"_s, id});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(listJson(u"event"_s).size(), 0);
    r = cli({u"event"_s, u"list"_s, u"--json"_s, u"--deleted"_s});
    ASSERT_EQ(r.json().array().size(), 1);
    EXPECT_TRUE(r.json().array().at(0)[u"deleted"_s].toBool());
}

TEST_F(CliTest, ScheduleRecordsAndLocalTimes)
{
    createEvent();
    CliRun room = cli({u"room"_s, u"add"_s, u"--name"_s, u"Main Hall"_s, u"--capacity"_s, u"300"_s});
    ASSERT_EQ(room.exitCode, 0) << room.err.toStdString();
    CliRun track = cli({u"track"_s, u"add"_s, u"--name"_s, u"Core"_s, u"--color"_s, u"#112233"_s});
    ASSERT_EQ(track.exitCode, 0) << track.err.toStdString();
    CliRun speaker =
        cli({u"speaker"_s, u"add"_s, u"--name"_s, u"王芳"_s, u"--email"_s, u"wang@example.cn"_s});
    ASSERT_EQ(speaker.exitCode, 0) << speaker.err.toStdString();

    CliRun session =
        cli({u"session"_s, u"add"_s, u"--title"_s, u"Opening"_s, u"--room"_s, room.out.trimmed(),
             u"--track"_s, track.out.trimmed(), u"--speaker"_s, speaker.out.trimmed(), u"--start"_s,
             u"2026-05-04T09:30"_s, u"--duration"_s, u"45"_s, u"--tag"_s, u"intro"_s, u"--json"_s});
    ASSERT_EQ(session.exitCode, 0) << session.err.toStdString();
    // 09:30 in Berlin (summer time, UTC+2) is 07:30 UTC.
    EXPECT_EQ(session.json()[u"start"_s].toString(), u"2026-05-04T07:30:00Z"_s);
    EXPECT_EQ(session.json()[u"speakerIds"_s].toArray().at(0).toString(), speaker.out.trimmed());
    const QString sessionId = session.json()[u"id"_s].toString();

    CliRun upd =
        cli({u"session"_s, u"update"_s, sessionId, u"--start"_s, u"none"_s, u"--title"_s, u"Welcome"_s});
    ASSERT_EQ(upd.exitCode, 0) << upd.err.toStdString();
    QJsonArray sessions = listJson(u"session"_s);
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions.at(0)[u"title"_s].toString(), u"Welcome"_s);
    EXPECT_TRUE(sessions.at(0)[u"start"_s].isNull());

    EXPECT_EQ(listJson(u"room"_s).at(0)[u"capacity"_s].toInt(), 300);
    EXPECT_EQ(listJson(u"track"_s).at(0)[u"color"_s].toString(), u"#112233"_s);
    EXPECT_EQ(listJson(u"speaker"_s).at(0)[u"name"_s].toString(), u"王芳"_s);

    ASSERT_EQ(cli({u"session"_s, u"delete"_s, sessionId}).exitCode, 0);
    EXPECT_EQ(listJson(u"session"_s).size(), 0);
}

TEST_F(CliTest, ParticipantLifecycle)
{
    createEvent();
    CliRun add = cli({u"participant"_s, u"add"_s, u"--name"_s, u"Frank Silva"_s, u"--email"_s,
                      u"frank@example.org"_s, u"--answer"_s, u"tshirt=M"_s});
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    const QString id = add.out.trimmed();
    CliRun upd = cli({u"participant"_s, u"update"_s, id, u"--status"_s, u"confirmed"_s});
    ASSERT_EQ(upd.exitCode, 0) << upd.err.toStdString();
    QJsonArray list = listJson(u"participant"_s);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0)[u"status"_s].toString(), u"confirmed"_s);
    EXPECT_EQ(list.at(0)[u"answers"_s].toObject()[u"tshirt"_s].toString(), u"M"_s);
    const CliRun deleted = cli({u"participant"_s, u"delete"_s, id});
    ASSERT_EQ(deleted.exitCode, 0);
    // In English, one participant and not "participant(s)".
    EXPECT_TRUE(deleted.out.startsWith(u"Deleted 1 participant.\n"_s)) << deleted.out.toStdString();
    EXPECT_EQ(listJson(u"participant"_s).size(), 0);
}

TEST_F(CliTest, InvalidEventIsRejectedWithOneSentencePerProblem)
{
    const CliRun r = cli({u"event"_s, u"create"_s, u"--name"_s, u" "_s, u"--start"_s, u"2026-05-05"_s,
                          u"--end"_s, u"2026-05-04"_s, u"--tz"_s, u"Mars/Olympus"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"Mars/Olympus"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"ends"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"name"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(listJson(u"event"_s).size(), 0);
}

TEST_F(CliTest, NegativeCapacityAndDuplicateIdWriteNothing)
{
    createEvent();
    CliRun r = cli({u"room"_s, u"add"_s, u"--name"_s, u"A"_s, u"--capacity"_s, u"-5"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"negative"_s)) << r.err.toStdString();
    const QString fixed = u"0b6f4a1e-5d55-4c2b-9c2a-6a1f6f0b7c11"_s;
    ASSERT_EQ(
        cli({u"room"_s, u"add"_s, u"--name"_s, u"A"_s, u"--capacity"_s, u"5"_s, u"--id"_s, fixed}).exitCode,
        0);
    r = cli({u"room"_s, u"add"_s, u"--name"_s, u"B"_s, u"--capacity"_s, u"5"_s, u"--id"_s, fixed});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"already exists"_s)) << r.err.toStdString();
    const QJsonArray rooms = listJson(u"room"_s);
    ASSERT_EQ(rooms.size(), 1);
    EXPECT_EQ(rooms.at(0)[u"name"_s].toString(), u"A"_s);
}

TEST_F(CliTest, BadUsageExitsWithTwo)
{
    EXPECT_EQ(cli({u"frobnicate"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"event"_s, u"explode"_s}).exitCode, 2);
    const CliRun r = cli({u"event"_s, u"list"_s, u"--bogus"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"bogus"_s));
    EXPECT_EQ(cli({u"event"_s, u"show"_s}).exitCode, 2);
    EXPECT_EQ(cli({u"--help"_s}).exitCode, 0);
}

// A command's help names its record with the right article.
TEST_F(CliTest, HelpSaysAnEventAndARoom)
{
    for (const auto &[noun, verb, expected] :
         {std::tuple{u"event"_s, u"update"_s, u"Change an event; only the options given are changed."_s},
          std::tuple{u"room"_s, u"update"_s, u"Change a room; only the options given are changed."_s},
          std::tuple{u"speaker"_s, u"add"_s, u"Add a speaker."_s}}) {
        const CliRun r = cli({noun, verb, u"--help"_s});
        EXPECT_EQ(r.exitCode, 0);
        EXPECT_TRUE(r.out.contains(expected)) << r.out.toStdString();
    }
}

TEST_F(CliTest, SeveralEventsNeedEventOption)
{
    createEvent(u"One"_s);
    const QString second = createEvent(u"Two"_s);
    CliRun r = cli({u"room"_s, u"add"_s, u"--name"_s, u"A"_s, u"--capacity"_s, u"5"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--event"_s)) << r.err.toStdString();
    r = cli({u"room"_s, u"add"_s, u"--name"_s, u"A"_s, u"--capacity"_s, u"5"_s, u"--event"_s, second});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({u"room"_s, u"list"_s, u"--json"_s, u"--event"_s, second.left(6)});
    EXPECT_EQ(r.json().array().size(), 1);
}

TEST_F(CliTest, BrokenDatabaseFileIsReportedAndUntouched)
{
    const QString bad = m_ws.filePath(u"notes.eventdesk"_s);
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("These are my notes, not a database.\n");
    f.close();
    QFile in(bad);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QByteArray original = in.readAll();
    in.close();

    const CliRun r = cli({u"--db"_s, bad, u"event"_s, u"list"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"not an EventDesk workspace"_s)) << r.err.toStdString();
    EXPECT_EQ(r.err.trimmed().count(u'\n'), 0) << "one sentence: " << r.err.toStdString();
    QFile after(bad);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), original);
    EXPECT_FALSE(QFile::exists(bad + u"-wal"_s));
}

TEST_F(CliTest, DemoFillsARealisticConference)
{
    const CliRun r = cli({u"demo"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_GE(listJson(u"room"_s).size(), 3);
    EXPECT_GE(listJson(u"speaker"_s).size(), 20);
    EXPECT_GE(listJson(u"participant"_s).size(), 200);
    const QJsonArray sessions = listJson(u"session"_s);
    EXPECT_GE(sessions.size(), 40);
    static const QRegularExpression cjk(u"[\\x{4e00}-\\x{9fff}]"_s);
    bool chineseTitle = false;
    QSet<QString> titles;
    for (const QJsonValue &s : sessions) {
        chineseTitle = chineseTitle || cjk.match(s[u"title"_s].toString()).hasMatch();
        titles.insert(s[u"title"_s].toString());
    }
    EXPECT_TRUE(chineseTitle);
    EXPECT_EQ(titles.size(), sessions.size()) << "a title twice (numbered \"(2)\")";
    QSet<QString> speakers;
    for (const QJsonValue &s : listJson(u"speaker"_s))
        speakers.insert(s[u"name"_s].toString());
    EXPECT_EQ(speakers.size(), listJson(u"speaker"_s).size()) << "two speakers of the same name";
}

TEST_F(CliTest, RoomsTracksAndSpeakersAreShownUpdatedAndDeletedWithTheirReferences)
{
    createEvent();
    const QString room = cli({u"room"_s, u"add"_s, u"--name"_s, u"Hall"_s}).out.trimmed();
    const QString spare = cli({u"room"_s, u"add"_s, u"--name"_s, u"Spare"_s}).out.trimmed();
    const QString track = cli({u"track"_s, u"add"_s, u"--name"_s, u"Core"_s}).out.trimmed();
    const QString speaker = cli({u"speaker"_s, u"add"_s, u"--name"_s, u"Ada"_s}).out.trimmed();
    const QString other = cli({u"speaker"_s, u"add"_s, u"--name"_s, u"Grace"_s}).out.trimmed();
    CliRun session = cli({u"session"_s, u"add"_s, u"--title"_s, u"Opening"_s, u"--room"_s, room, u"--track"_s,
                          track, u"--speaker"_s, speaker, u"--speaker"_s, other, u"--start"_s,
                          u"2026-05-04T09:30"_s, u"--json"_s});
    ASSERT_EQ(session.exitCode, 0) << session.err.toStdString();
    const QString sessionId = session.json()[u"id"_s].toString();

    // update and show, for each kind
    ASSERT_EQ(
        cli({u"room"_s, u"update"_s, room.left(8), u"--name"_s, u"Main Hall"_s, u"--capacity"_s, u"300"_s})
            .exitCode,
        0);
    CliRun shown = cli({u"room"_s, u"show"_s, room, u"--json"_s});
    EXPECT_EQ(shown.json()[u"name"_s].toString(), u"Main Hall"_s);
    EXPECT_EQ(shown.json()[u"capacity"_s].toInt(), 300);
    ASSERT_EQ(cli({u"track"_s, u"update"_s, track, u"--color"_s, u"#445566"_s}).exitCode, 0);
    EXPECT_EQ(cli({u"track"_s, u"show"_s, track, u"--json"_s}).json()[u"color"_s].toString(), u"#445566"_s);
    ASSERT_EQ(cli({u"speaker"_s, u"update"_s, speaker, u"--email"_s, u"ada@example.org"_s}).exitCode, 0);
    EXPECT_EQ(cli({u"speaker"_s, u"show"_s, speaker, u"--json"_s}).json()[u"email"_s].toString(),
              u"ada@example.org"_s);

    // A room, track or speaker a session uses is not deleted without --force, and the refusal names it.
    for (const auto &[noun, id] :
         {std::pair{u"room"_s, room}, std::pair{u"track"_s, track}, std::pair{u"speaker"_s, speaker}}) {
        CliRun refused = cli({noun, u"delete"_s, id});
        EXPECT_EQ(refused.exitCode, 1) << noun.toStdString();
        EXPECT_TRUE(refused.err.contains(u"Opening"_s) && refused.err.contains(u"--force"_s))
            << refused.err.toStdString();
    }
    EXPECT_EQ(listJson(u"room"_s).size(), 2);
    EXPECT_EQ(listJson(u"speaker"_s).size(), 2);
    // Nothing refers to the spare room: it goes without --force.
    ASSERT_EQ(cli({u"room"_s, u"delete"_s, spare}).exitCode, 0);

    for (const auto &[noun, id] :
         {std::pair{u"room"_s, room}, std::pair{u"track"_s, track}, std::pair{u"speaker"_s, speaker}}) {
        CliRun forced = cli({noun, u"delete"_s, id, u"--force"_s});
        ASSERT_EQ(forced.exitCode, 0) << forced.err.toStdString();
        EXPECT_TRUE(forced.out.contains(u"1 record"_s)) << forced.out.toStdString();
    }
    EXPECT_EQ(listJson(u"room"_s).size(), 0);
    EXPECT_EQ(listJson(u"track"_s).size(), 0);
    EXPECT_EQ(listJson(u"speaker"_s).size(), 1);
    const QJsonObject after = cli({u"session"_s, u"show"_s, sessionId, u"--json"_s}).json().object();
    EXPECT_TRUE(after[u"roomId"_s].isNull()) << after[u"roomId"_s].toString().toStdString();
    EXPECT_TRUE(after[u"start"_s].isNull()); // unscheduled with its room
    EXPECT_TRUE(after[u"trackId"_s].isNull());
    EXPECT_EQ(after[u"speakerIds"_s].toArray(), QJsonArray{other});
}

} // namespace
