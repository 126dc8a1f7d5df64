// Workspaces saved by earlier EventDesk versions, frozen in tests/data/schemas (made once by the code of each
// version, see its README), open at the latest schema with their data, or stay byte for byte as they were.
#include "storage/eventstore.h"

#include "storage/customquestionstore.h"
#include "storage/messagetemplatestore.h"
#include "storage/outbox.h"
#include "storage/statushistory.h"
#include "support/rawsqlite.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::fileBytes;
using EventDesk::Test::RawSqlite;
using EventDesk::Test::TempWorkspace;

namespace
{

class FrozenSchemasTest : public ::testing::TestWithParam<int>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_ws.isValid());
        const QString frozen = QStringLiteral(EVENTDESK_TEST_DATA_DIR "/schemas/schema-v") +
                               QString::number(GetParam()) + u".eventdesk"_s;
        ASSERT_TRUE(QFileInfo::exists(frozen)) << frozen.toStdString();
        m_path = m_ws.filePath(u"frozen.eventdesk"_s);
        ASSERT_TRUE(QFile::copy(frozen, m_path));
        ASSERT_TRUE(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
        RawSqlite raw(m_path);
        ASSERT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), GetParam()); // made by that version
    }

    template <typename T> T only(EventStore &store, const QUuid &eventId = {})
    {
        const QList<T> all = store.list<T>(eventId).value();
        EXPECT_EQ(all.size(), 1);
        return all.value(0);
    }

    TempWorkspace m_ws;
    QString m_path;
};

template <typename T, typename F> T find(const QList<T> &all, F pred)
{
    auto it = std::find_if(all.cbegin(), all.cend(), pred);
    EXPECT_NE(it, all.cend());
    return it != all.cend() ? *it : T{};
}

} // namespace

TEST_P(FrozenSchemasTest, MigratesToTheLatestVersionWithItsData)
{
    const int version = GetParam();
    EventStore store;
    auto opened = store.open(m_path);
    ASSERT_TRUE(opened) << opened.error().message.toStdString() << opened.error().detail.toStdString();
    EXPECT_EQ(store.schemaVersion(), EventStore::kLatestSchemaVersion);

    const Event event = only<Event>(store);
    EXPECT_EQ(event.name, u"Frozen v%1 Summit"_s.arg(version));
    EXPECT_EQ(event.timeZone, u"Europe/Berlin"_s);
    EXPECT_EQ(event.startDate, QDate(2026, 6, 1));
    EXPECT_EQ(event.endDate, QDate(2026, 6, 2));
    EXPECT_EQ(event.venueName, u"Kulturbrauerei"_s);
    EXPECT_FALSE(event.capacity.has_value()); // schema 3's columns got their defaults where they were added
    EXPECT_EQ(event.changeoverMinutes, 10);

    const Room room = only<Room>(store, event.meta.id);
    EXPECT_EQ(room.name, u"Hall A"_s);
    EXPECT_EQ(room.capacity, 120);
    const Track track = only<Track>(store, event.meta.id);
    EXPECT_EQ(track.name, u"Core"_s);
    EXPECT_EQ(track.color, u"#336699"_s);
    const Speaker speaker = only<Speaker>(store, event.meta.id);
    EXPECT_EQ(speaker.name, u"Grace Hopper"_s);
    EXPECT_EQ(speaker.email, u"grace@example.org"_s);

    const QList<Session> sessions = store.list<Session>(event.meta.id).value();
    ASSERT_EQ(sessions.size(), 2);
    const Session keynote = find(sessions, [](const Session &s) { return s.title == u"Opening keynote"; });
    EXPECT_EQ(keynote.type, SessionType::Keynote);
    EXPECT_EQ(keynote.durationMinutes, 45);
    EXPECT_EQ(keynote.roomId, room.meta.id);
    EXPECT_EQ(keynote.trackId, track.meta.id);
    EXPECT_EQ(keynote.speakerIds, QList<QUuid>{speaker.meta.id});
    EXPECT_EQ(keynote.start, QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone("Europe/Berlin")));
    // Schema 8's additions start empty: any room, any time, no links.
    EXPECT_TRUE(keynote.allowedRoomIds.isEmpty());
    EXPECT_TRUE(keynote.allowedTimes.isEmpty());
    EXPECT_TRUE(keynote.links.isEmpty());
    EXPECT_TRUE(keynote.subtitle.isEmpty());
    EXPECT_EQ(event.roomChangeoverMinutes, 0);
    const Session workshop =
        find(sessions, [](const Session &s) { return s.title == u"Unscheduled workshop"; });
    EXPECT_EQ(workshop.type, SessionType::Workshop);
    EXPECT_EQ(workshop.durationMinutes, 90);
    EXPECT_FALSE(workshop.start.isValid());
    EXPECT_TRUE(workshop.roomId.isNull());

    const QList<Participant> people = store.list<Participant>(event.meta.id).value();
    ASSERT_EQ(people.size(), 2);
    const Participant ada = find(people, [](const Participant &p) { return p.name == u"Ada Lovelace"; });
    const Participant zoe = find(people, [](const Participant &p) { return p.name == u"Zoë Ångström"; });
    EXPECT_EQ(ada.email, u"ada@example.org"_s);
    EXPECT_EQ(ada.status, ParticipantStatus::Confirmed);
    EXPECT_EQ(zoe.email, u"zoe@example.org"_s);
    EXPECT_EQ(zoe.status, ParticipantStatus::Confirmed);
    EXPECT_EQ(zoe.meta.revision, 2); // added, then updated once

    // Zoë was added waitlisted and confirmed later; history exists from schema 4 on.
    const QList<ParticipantStatusChange> history = StatusHistory(store).forParticipant(zoe.meta.id).value();
    if (version >= 4) {
        ASSERT_EQ(history.size(), 2);
        EXPECT_EQ(history.at(0).to, ParticipantStatus::Waitlisted);
        EXPECT_EQ(history.at(0).changedBy, u"frozen"_s);
        EXPECT_EQ(history.at(1).from, ParticipantStatus::Waitlisted);
        EXPECT_EQ(history.at(1).to, ParticipantStatus::Confirmed);
        EXPECT_EQ(history.at(1).changedBy, u"frozen"_s);
    } else {
        ASSERT_EQ(history.size(), 1); // schema 4 starts the history with the status the participant had
        EXPECT_EQ(history.at(0).to, ParticipantStatus::Confirmed);
    }

    const QList<CustomQuestion> questions = CustomQuestionStore(store).list(event.meta.id).value();
    if (version >= 4) {
        const TicketType regular = only<TicketType>(store, event.meta.id);
        EXPECT_EQ(regular.name, u"Regular"_s);
        EXPECT_EQ(regular.quota, 100);
        EXPECT_EQ(regular.priceCents, 4900);
        EXPECT_EQ(ada.ticketTypeId, regular.meta.id);
        ASSERT_EQ(questions.size(), 1);
        EXPECT_EQ(questions.at(0).label, u"Diet"_s);
        EXPECT_EQ(questions.at(0).type, CustomQuestion::Type::SingleChoice);
        EXPECT_EQ(questions.at(0).options, (QStringList{u"vegan"_s, u"omnivore"_s}));
        EXPECT_TRUE(questions.at(0).required);
        EXPECT_EQ(ada.answers.value(questions.at(0).id.toString(QUuid::WithoutBraces)).toString(),
                  u"vegan"_s);
    } else {
        EXPECT_EQ(store.count<TicketType>(event.meta.id).value(), 0);
        EXPECT_TRUE(questions.isEmpty());
        EXPECT_TRUE(ada.ticketTypeId.isNull());
    }

    const MessageTemplate confirmation =
        MessageTemplateStore(store).effective(event.meta.id, MessageTemplate::Kind::Confirmation).value();
    if (version >= 5) {
        EXPECT_EQ(confirmation.subject, u"Welcome to {event}"_s);
        EXPECT_EQ(confirmation.body, u"Dear {name}, see you at {venue}."_s);
    } else {
        EXPECT_EQ(confirmation, MessageTemplate::defaultFor(MessageTemplate::Kind::Confirmation));
    }

    // The outbox kept every write, Zoë's status change among them.
    const QList<Change> changes = Outbox(store).pending(100000).value();
    EXPECT_GE(changes.size(), 7);
    const Change update =
        find(changes, [&](const Change &c) { return c.recordId == zoe.meta.id && c.revision == 2; });
    EXPECT_EQ(update.kind, RecordKind::Participant);
    EXPECT_EQ(update.fields, QStringList{u"status"_s});
    EXPECT_EQ(update.baseRevision, 1);

    // And the migrated workspace takes new writes.
    Participant grace;
    grace.eventId = event.meta.id;
    grace.name = u"Grace Hopper"_s;
    ASSERT_TRUE(store.add(grace));
    EXPECT_EQ(store.count<Participant>(event.meta.id).value(), 3);
}

// Each file gets a table or column that one of the later steps creates, so the migration fails at its second
// step (or its only one, from version 5): the file must stay exactly as it was, the first step undone too.
TEST_P(FrozenSchemasTest, FailedMigrationLeavesTheFileByteIdentical)
{
    const int version = GetParam();
    struct Conflict {
        int failingVersion;
        QString sql;
    };
    const Conflict conflict =
        version == 2   ? Conflict{4, u"CREATE TABLE custom_questions (legacy TEXT)"_s}
        : version == 3 ? Conflict{5, u"CREATE TABLE message_templates (legacy TEXT)"_s}
        : version == 6 ? Conflict{7, u"CREATE TABLE assistant_proposals (legacy TEXT)"_s}
        : version == 7 ? Conflict{8, u"ALTER TABLE sessions ADD COLUMN allowed_times TEXT"_s}
                       : Conflict{6, u"ALTER TABLE changes ADD COLUMN record_ids TEXT"_s};
    {
        RawSqlite raw(m_path);
        ASSERT_EQ(raw.exec(conflict.sql), QString());
    }
    const QByteArray before = fileBytes(m_path);
    ASSERT_FALSE(before.isEmpty());
    {
        EventStore store;
        auto opened = store.open(m_path);
        ASSERT_FALSE(opened);
        EXPECT_EQ(opened.error().code, ErrorCode::Database);
        EXPECT_TRUE(opened.error().message.contains(u"version %1"_s.arg(conflict.failingVersion)))
            << opened.error().message.toStdString();
        EXPECT_FALSE(store.isOpen());
    }
    EXPECT_FALSE(QFileInfo::exists(m_path + u"-wal"_s) && QFileInfo(m_path + u"-wal"_s).size() > 0);
    EXPECT_EQ(fileBytes(m_path), before);
    RawSqlite raw(m_path);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), version);
}

INSTANTIATE_TEST_SUITE_P(EachEarlierVersion, FrozenSchemasTest, ::testing::Values(2, 3, 4, 5, 6, 7),
                         [](const ::testing::TestParamInfo<int> &info) {
                             return "Version" + std::to_string(info.param);
                         });
