// BackupWriter / BackupReader: a full backup restored into an empty workspace gives every table's rows
// back exactly; newer formats and non-empty workspaces are refused with one sentence.
#include "io/backupreader.h"
#include "io/backupwriter.h"
#include "model/participant.h"
#include "schedule/schedulepublisher.h"
#include "storage/assistantstore.h"
#include "storage/customquestionstore.h"
#include "storage/eventstore.h"
#include "storage/messagetemplatestore.h"
#include "storage/sampleconference.h"
#include "storage/statushistory.h"
#include "storage/syncstate.h"
#include "support/rawsqlite.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{

// Every row of every table, read with a plain connection (not through the code under test).
QMap<QString, QList<QVariantList>> allRows(const QString &path)
{
    EventDesk::Test::RawSqlite raw(path);
    EXPECT_TRUE(raw.isOpen());
    QMap<QString, QList<QVariantList>> out;
    const auto tables =
        raw.rows(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
    EXPECT_FALSE(tables.isEmpty());
    for (const QVariantList &t : tables) {
        const QString name = t.first().toString();
        out.insert(name, raw.rows(u"SELECT * FROM "_s + name + u" ORDER BY rowid"_s));
    }
    return out;
}

class BackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(source.open(ws.path()));
        auto id = SampleConference::create(source);
        ASSERT_TRUE(id);
        eventId = id.value();
        ASSERT_TRUE(SchedulePublisher::publish(source, eventId, u"First"_s, u"comment"_s));
        CustomQuestion q;
        q.id = newRecordId();
        q.label = u"T-shirt size"_s;
        q.type = CustomQuestion::Type::SingleChoice;
        q.options = {u"S"_s, u"M"_s, u"L"_s};
        ASSERT_TRUE(CustomQuestionStore(source).replace(eventId, {q}));
        MessageTemplate t = MessageTemplate::defaultFor(MessageTemplate::Kind::Reminder);
        t.subject = u"See you 明天"_s;
        ASSERT_TRUE(MessageTemplateStore(source).save(eventId, t));
        AssistantMessage m;
        m.eventId = eventId;
        m.role = u"user"_s;
        m.content = u"Plan the keynote"_s;
        m.created = QDateTime::currentDateTimeUtc();
        ASSERT_TRUE(AssistantStore(source).append(m));
        auto participants = source.list<Participant>(eventId);
        ASSERT_TRUE(participants);
        ASSERT_FALSE(participants.value().isEmpty());
        ASSERT_TRUE(StatusHistory(source).record(participants.value().first().meta.id,
                                                 ParticipantStatus::Confirmed, ParticipantStatus::Cancelled));
    }

    EventDesk::Test::TempWorkspace ws;
    EventDesk::Test::TempWorkspace target;
    EventStore source;
    QUuid eventId;
};

} // namespace

TEST_F(BackupTest, RestoreIntoEmptyWorkspaceGivesEveryRowBack)
{
    const QString file = ws.filePath(u"backup.json"_s);
    ASSERT_TRUE(BackupWriter::write(source, file));
    {
        EventStore restored;
        ASSERT_TRUE(restored.open(target.path()));
        auto done = BackupReader::restore(restored, file);
        ASSERT_TRUE(done) << done.error().message.toStdString() << done.error().detail.toStdString();
        EXPECT_EQ(restored.workspaceId(), source.workspaceId());
    }
    source.close();
    const auto before = allRows(ws.path());
    const auto after = allRows(target.path());
    ASSERT_EQ(before.keys(), after.keys());
    for (auto it = before.begin(); it != before.end(); ++it) {
        EXPECT_EQ(it.value().size(), after.value(it.key()).size()) << it.key().toStdString();
        EXPECT_TRUE(it.value() == after.value(it.key())) << it.key().toStdString();
    }
    // The interesting tables are not empty, so the comparison means something.
    for (const char *table :
         {"events", "sessions", "participants", "participant_status_history", "schedule_releases",
          "custom_questions", "message_templates", "assistant_messages"})
        EXPECT_FALSE(before.value(QString::fromLatin1(table)).isEmpty()) << table;
}

TEST_F(BackupTest, ASyncedWorkspaceIsBackedUpWithoutItsLinkToTheTeam)
{
    QUuid clientId;
    {
        SyncState state(source);
        ASSERT_TRUE(state.ensureTables());
        auto id = state.clientId();
        ASSERT_TRUE(id);
        clientId = id.value();
        ASSERT_TRUE(state.setValue(u"server_url"_s, u"postgresql://ana@db.example.org/team"_s));
    }
    {
        // The server's revision of a record: a row of a table without rowid.
        EventDesk::Test::RawSqlite raw(ws.path());
        EXPECT_EQ(raw.exec(u"INSERT INTO sync_records (record_kind, record_id, server_revision) "
                           "VALUES ('event', '%1', 7)"_s.arg(eventId.toString(QUuid::WithoutBraces))),
                  QString());
    }
    const QString file = ws.filePath(u"backup.json"_s);
    auto written = BackupWriter::write(source, file);
    ASSERT_TRUE(written) << written.error().message.toStdString() << written.error().detail.toStdString();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonArray tables = QJsonDocument::fromJson(f.readAll()).object().value(u"tables"_s).toArray();
    ASSERT_FALSE(tables.isEmpty());
    for (const QJsonValue &t : tables)
        EXPECT_FALSE(t.toObject().value(u"name"_s).toString().startsWith(u"sync_"_s))
            << t.toObject().value(u"name"_s).toString().toStdString();

    // A workspace that was connected and disconnected again is still empty for a restore.
    EventStore restored;
    ASSERT_TRUE(restored.open(target.path()));
    SyncState state(restored);
    ASSERT_TRUE(state.ensureTables());
    ASSERT_TRUE(state.setValue(u"server_url"_s, QString()));
    auto done = BackupReader::restore(restored, file);
    ASSERT_TRUE(done) << done.error().message.toStdString() << done.error().detail.toStdString();
    EXPECT_EQ(restored.count<Event>().value(), 1);
    EXPECT_TRUE(state.value(u"server_url"_s).value().isEmpty());
    auto restoredClient = state.clientId();
    ASSERT_TRUE(restoredClient);
    EXPECT_NE(restoredClient.value(), clientId) << "the copy is another client";
}

TEST_F(BackupTest, RefusesANewerFormatWithOneSentence)
{
    auto json = BackupWriter::toJson(source);
    ASSERT_TRUE(json);
    QJsonObject o = json.value();
    o.insert(u"formatVersion"_s, BackupWriter::kFormatVersion + 1);
    auto parsed = BackupReader::parse(QJsonDocument(o).toJson(), source.schemaVersion());
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().code, ErrorCode::NewerSchema);
    EXPECT_TRUE(parsed.error().message.contains(u"newer EventDesk"_s))
        << parsed.error().message.toStdString();
    o = json.value();
    o.insert(u"schemaVersion"_s, source.schemaVersion() + 1);
    parsed = BackupReader::parse(QJsonDocument(o).toJson(), source.schemaVersion());
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().code, ErrorCode::NewerSchema);
}

TEST_F(BackupTest, RefusesAWorkspaceWithDataAndLeavesItAlone)
{
    const QString file = ws.filePath(u"backup.json"_s);
    ASSERT_TRUE(BackupWriter::write(source, file));
    auto result = BackupReader::restore(source, file);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Validation);
    EXPECT_EQ(source.count<Event>().value(), 1);
}

TEST_F(BackupTest, AFailingRowRestoresNothing)
{
    auto json = BackupWriter::toJson(source);
    ASSERT_TRUE(json);
    // Break the last table's last row: the whole restore must roll back, events included.
    QJsonObject o = json.value();
    QJsonArray tables = o.value(u"tables"_s).toArray();
    qsizetype sessions = -1;
    for (qsizetype i = 0; i < tables.size(); ++i)
        if (tables.at(i).toObject().value(u"name"_s).toString() == u"sessions")
            sessions = i;
    ASSERT_GE(sessions, 0);
    QJsonObject t = tables.at(sessions).toObject();
    QJsonArray rows = t.value(u"rows"_s).toArray();
    QJsonArray bad = rows.last().toArray();
    bad.replace(0, QJsonValue::Null); // id NOT NULL
    rows.replace(rows.size() - 1, bad);
    t.insert(u"rows"_s, rows);
    tables.replace(sessions, t);
    o.insert(u"tables"_s, tables);
    auto backup = BackupReader::parse(QJsonDocument(o).toJson(), source.schemaVersion());
    ASSERT_TRUE(backup);
    EventStore restored;
    ASSERT_TRUE(restored.open(target.path()));
    EXPECT_FALSE(BackupReader::restore(restored, backup.value()));
    EXPECT_EQ(restored.count<Event>().value(), 0);
    EXPECT_EQ(restored.count<Room>().value(), 0);
}

TEST_F(BackupTest, NeverWritesSecretsAndIsVersioned)
{
    {
        EventDesk::Test::RawSqlite raw(ws.path());
        ASSERT_EQ(raw.exec(u"INSERT INTO workspace_meta (key, value) VALUES ('sync_api_key', 'sk-secret')"_s),
                  QString());
    }
    auto json = BackupWriter::toJson(source);
    ASSERT_TRUE(json);
    const QByteArray text = QJsonDocument(json.value()).toJson();
    EXPECT_FALSE(text.contains("sk-secret"));
    EXPECT_EQ(json.value().value(u"format"_s).toString(), u"eventdesk-backup"_s);
    EXPECT_EQ(json.value().value(u"formatVersion"_s).toInt(), 1);
    EXPECT_EQ(json.value().value(u"schemaVersion"_s).toInt(), EventStore::kLatestSchemaVersion);
}
