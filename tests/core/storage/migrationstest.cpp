// Schema migrations (core/storage/migrations.cpp), driven through EventStore::open.
#include "storage/eventstore.h"

#include "storage/customquestionstore.h"
#include "storage/messagetemplatestore.h"
#include "storage/outbox.h"
#include "storage/statushistory.h"
#include "support/fielderrors.h"
#include "support/rawsqlite.h"
#include "support/tempworkspace.h"

#include <QHash>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::RawSqlite;
using EventDesk::Test::TempWorkspace;

namespace
{

// One participant row as version 1 stored it: the ticket is free text.
struct V1Participant {
    QString id;
    QString eventId;
    QString name;
    QString email;
    QString ticket;
    QString status;
    QString answers;
};

class MigrationsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_ws.isValid()); }

    // Creates a version 1 workspace holding the given events, written as version 1 wrote them (row + outbox).
    QList<QUuid> createVersion1(const QStringList &eventNames)
    {
        QList<QUuid> ids;
        {
            EventStore store;
            auto opened = store.open(m_ws.path(), 1);
            EXPECT_TRUE(opened) << opened.error().message.toStdString();
            EXPECT_EQ(store.schemaVersion(), 1);
        }
        RawSqlite raw(m_ws.path());
        const QString now = u"2026-01-02T03:04:05.006Z"_s;
        for (const QString &name : eventNames) {
            const QUuid id = QUuid::createUuid();
            const QString text = id.toString(QUuid::WithoutBraces);
            EXPECT_EQ(
                raw.exec(u"INSERT INTO events (id, created_utc, updated_utc, revision, deleted, name, "
                         "description, time_zone, start_date, end_date, day_start, day_end, venue_name, "
                         "venue_address, status) VALUES (?, ?, ?, 1, 0, ?, '', 'Europe/Berlin', "
                         "'2026-06-01', '2026-06-02', '09:00', '18:00', '', '', 'draft')"_s,
                         {text, now, now, name}),
                QString());
            EXPECT_EQ(
                raw.exec(u"INSERT INTO changes (record_kind, record_id, fields, base_revision, revision, "
                         "changed_utc) VALUES ('event', ?, '[]', 0, 1, ?)"_s,
                         {text, now}),
                QString());
            ids.append(id);
        }
        return ids;
    }

    void insertV1(const RawSqlite &raw, const V1Participant &p)
    {
        const QString now = u"2026-01-02T03:04:05.006Z"_s;
        const QString error =
            raw.exec(u"INSERT INTO participants (id, created_utc, updated_utc, revision, deleted, "
                     "event_id, name, email, phone, organisation, ticket, status, answers, notes, "
                     "source) VALUES (?, ?, ?, 3, 0, ?, ?, ?, '+49 30 123456', 'ACME', COALESCE(?, ''), ?, "
                     "?, 'v1 note', 'import')"_s,
                     {p.id, now, now, p.eventId, p.name, p.email, p.ticket, p.status, p.answers});
        EXPECT_EQ(error, QString());
    }

    TempWorkspace m_ws;
};

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

TEST_F(MigrationsTest, NewFileGoesStraightToLatestVersion)
{
    {
        EventStore store;
        ASSERT_TRUE(store.open(m_ws.path()));
        EXPECT_EQ(store.schemaVersion(), EventStore::kLatestSchemaVersion);
        EXPECT_TRUE(Outbox(store).pending().value().isEmpty()); // no ticket types to convert, no changes
    }
    RawSqlite raw(m_ws.path());
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), EventStore::kLatestSchemaVersion);
    const QStringList participantColumns = raw.columns(u"participants"_s);
    EXPECT_TRUE(participantColumns.contains(u"ticket_type_id"_s));
    EXPECT_FALSE(participantColumns.contains(u"ticket"_s));
    EXPECT_TRUE(raw.columns(u"ticket_types"_s).contains(u"quota"_s));
}

TEST_F(MigrationsTest, VersionOneHasFreeTextTickets)
{
    createVersion1({});
    RawSqlite raw(m_ws.path());
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);
    const QStringList participantColumns = raw.columns(u"participants"_s);
    EXPECT_TRUE(participantColumns.contains(u"ticket"_s));
    EXPECT_FALSE(participantColumns.contains(u"ticket_type_id"_s));
    EXPECT_EQ(raw.columns(u"ticket_types"_s), QStringList());
}

TEST_F(MigrationsTest, TargetVersionOutsideTheKnownRangeIsRefused)
{
    for (int target : {0, -1, EventStore::kLatestSchemaVersion + 1}) {
        EventStore store;
        auto opened = store.open(m_ws.filePath(u"target%1.eventdesk"_s.arg(target)), target);
        ASSERT_FALSE(opened) << "target " << target;
        EXPECT_EQ(opened.error().code, ErrorCode::Usage);
        EXPECT_FALSE(store.isOpen());
    }

    // A workspace is never downgraded.
    {
        EventStore store;
        ASSERT_TRUE(store.open(m_ws.path()));
    }
    EventStore store;
    auto downgrade = store.open(m_ws.path(), 1);
    ASSERT_FALSE(downgrade);
    EXPECT_EQ(downgrade.error().code, ErrorCode::Usage);
    RawSqlite raw(m_ws.path());
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), EventStore::kLatestSchemaVersion);
}

TEST_F(MigrationsTest, VersionOneTicketsBecomeTicketTypes)
{
    const QList<QUuid> events = createVersion1({u"Summit"_s, u"Meetup"_s});
    ASSERT_EQ(events.size(), 2);
    const QString summit = events.at(0).toString(QUuid::WithoutBraces);
    const QString meetup = events.at(1).toString(QUuid::WithoutBraces);
    const QList<V1Participant> rows{
        {uuid(), summit, u"Ada"_s, u"ada@example.org"_s, u"Regular"_s, u"confirmed"_s,
         u"{\"diet\":\"vegan\"}"_s},
        {uuid(), summit, u"王芳"_s, u"wang@example.org"_s, u"Regular"_s, u"checked-in"_s, u"{}"_s},
        {uuid(), summit, u"Bruno"_s, u"bruno@example.org"_s, u"Student · 学生票"_s, u"pending"_s, u"{}"_s},
        {uuid(), summit, u"Chen"_s, u"chen@example.org"_s, QString(), u"waitlisted"_s, u"{}"_s},
        {uuid(), meetup, u"Dana"_s, u"dana@example.org"_s, u"Regular"_s, u"confirmed"_s, u"{}"_s},
    };
    {
        RawSqlite raw(m_ws.path());
        ASSERT_TRUE(raw.isOpen());
        for (const V1Participant &p : rows)
            insertV1(raw, p);
    }
    const qsizetype changesBefore = [&] {
        EventStore v1;
        EXPECT_TRUE(v1.open(m_ws.path(), 1));
        return Outbox(v1).pending().value().size();
    }();
    EXPECT_EQ(changesBefore, 2); // the two events

    EventStore store;
    auto opened = store.open(m_ws.path());
    ASSERT_TRUE(opened) << opened.error().message.toStdString() << opened.error().detail.toStdString();
    EXPECT_EQ(store.schemaVersion(), EventStore::kLatestSchemaVersion);

    // One ticket type per distinct (event, ticket name); none for the empty name.
    const QList<TicketType> summitTickets = store.list<TicketType>(events.at(0)).value();
    const QList<TicketType> meetupTickets = store.list<TicketType>(events.at(1)).value();
    ASSERT_EQ(summitTickets.size(), 2);
    ASSERT_EQ(meetupTickets.size(), 1);
    EXPECT_EQ(summitTickets.at(0).name, u"Regular"_s);
    EXPECT_EQ(summitTickets.at(1).name, u"Student · 学生票"_s);
    EXPECT_EQ(meetupTickets.at(0).name, u"Regular"_s);
    EXPECT_NE(summitTickets.at(0).meta.id, meetupTickets.at(0).meta.id);
    for (const TicketType &t : summitTickets + meetupTickets) {
        EXPECT_EQ(t.validate(), FieldErrors{});
        EXPECT_FALSE(t.quota.has_value());
        EXPECT_EQ(t.currency, u"EUR"_s);
        EXPECT_EQ(t.meta.revision, 1);
        EXPECT_FALSE(t.meta.deleted);
    }

    // Participants point at them, and everything version 1 held is intact.
    const QHash<QString, QUuid> expectedTicket{
        {summit + u"Regular"_s, summitTickets.at(0).meta.id},
        {summit + u"Student · 学生票"_s, summitTickets.at(1).meta.id},
        {meetup + u"Regular"_s, meetupTickets.at(0).meta.id},
    };
    EXPECT_EQ(store.count<Participant>().value(), rows.size());
    for (const V1Participant &row : rows) {
        auto got = store.get<Participant>(QUuid::fromString(row.id));
        ASSERT_TRUE(got) << row.name.toStdString();
        const Participant &p = got.value();
        EXPECT_EQ(p.eventId.toString(QUuid::WithoutBraces), row.eventId);
        EXPECT_EQ(p.name, row.name);
        EXPECT_EQ(p.email, row.email);
        EXPECT_EQ(p.phone, u"+49 30 123456"_s);
        EXPECT_EQ(p.organisation, u"ACME"_s);
        EXPECT_EQ(participantStatusName(p.status), row.status);
        EXPECT_EQ(p.notes, u"v1 note"_s);
        EXPECT_EQ(p.source, u"import"_s);
        EXPECT_EQ(p.meta.revision, 3);
        EXPECT_EQ(p.meta.createdUtc, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), QTimeZone::utc()));
        const QUuid expected =
            row.ticket.isEmpty() ? QUuid() : expectedTicket.value(row.eventId + row.ticket);
        EXPECT_EQ(p.ticketTypeId, expected) << row.name.toStdString();
    }
    EXPECT_EQ(
        store.get<Participant>(QUuid::fromString(rows.at(0).id)).value().answers.value(u"diet"_s).toString(),
        u"vegan"_s);
    EXPECT_EQ(store.count<Event>().value(), 2);
    EXPECT_EQ(store.get<Event>(events.at(0)).value().name, u"Summit"_s);

    // The new records are in the outbox so team sync pushes them.
    const QList<Change> changes = Outbox(store).pending().value();
    ASSERT_EQ(changes.size(), changesBefore + 3);
    QList<QUuid> changed;
    for (const Change &c : changes.mid(changesBefore)) {
        EXPECT_EQ(c.kind, RecordKind::TicketType);
        EXPECT_EQ(c.fields,
                  (QStringList{u"event_id"_s, u"name"_s, u"quota"_s, u"price_cents"_s, u"currency"_s}));
        EXPECT_EQ(c.baseRevision, 0);
        EXPECT_EQ(c.revision, 1);
        changed.append(c.recordId);
    }
    QList<QUuid> created{summitTickets.at(0).meta.id, summitTickets.at(1).meta.id,
                         meetupTickets.at(0).meta.id};
    std::sort(changed.begin(), changed.end());
    std::sort(created.begin(), created.end());
    EXPECT_EQ(changed, created);

    // The migrated workspace works like a new one.
    Participant late;
    late.eventId = events.at(1);
    late.name = u"Late registration"_s;
    late.ticketTypeId = meetupTickets.at(0).meta.id;
    EXPECT_TRUE(store.add(late));
    store.close();
    RawSqlite raw(m_ws.path());
    EXPECT_FALSE(raw.columns(u"participants"_s).contains(u"ticket"_s));
}

TEST_F(MigrationsTest, FailedMigrationLeavesTheOldVersion)
{
    const QList<QUuid> events = createVersion1({u"Summit"_s});
    ASSERT_EQ(events.size(), 1);
    const QString participantId = uuid();
    {
        RawSqlite raw(m_ws.path());
        insertV1(raw, {participantId, events.first().toString(QUuid::WithoutBraces), u"Ada"_s,
                       u"ada@example.org"_s, u"Regular"_s, u"confirmed"_s, u"{}"_s});
        // Step 2 creates ticket_types; a table of that name makes it fail half-way.
        ASSERT_EQ(raw.exec(u"CREATE TABLE ticket_types (legacy TEXT)"_s), QString());
    }

    {
        EventStore store;
        auto opened = store.open(m_ws.path());
        ASSERT_FALSE(opened);
        EXPECT_EQ(opened.error().code, ErrorCode::Database);
        EXPECT_TRUE(opened.error().message.contains(u"version 2"_s)) << opened.error().message.toStdString();
        EXPECT_FALSE(store.isOpen());
    }

    EventStore store;
    ASSERT_TRUE(store.open(m_ws.path(), 1));
    EXPECT_EQ(store.schemaVersion(), 1);
    EXPECT_EQ(store.count<Event>().value(), 1);
    EXPECT_EQ(Outbox(store).pending().value().size(), 1);
    store.close();

    RawSqlite raw(m_ws.path());
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);
    EXPECT_EQ(raw.columns(u"ticket_types"_s), QStringList{u"legacy"_s});
    EXPECT_FALSE(raw.columns(u"participants"_s).contains(u"ticket_type_id"_s));
    EXPECT_EQ(raw.scalar(u"SELECT ticket FROM participants WHERE id = ?"_s, {participantId}).toString(),
              u"Regular"_s);
    EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM changes WHERE record_kind = 'ticket_type'"_s).toInt(), 0);
}

namespace
{

// Events are written with SQL at old versions: today's record code knows columns those versions lack.
QUuid insertEvent(const QString &path, const QString &name)
{
    const QUuid id = QUuid::createUuid();
    RawSqlite raw(path);
    EXPECT_EQ(
        raw.exec(u"INSERT INTO events (id, created_utc, updated_utc, revision, deleted, name, time_zone, "
                 "start_date, end_date, day_start, day_end, status) VALUES ('"_s +
                 id.toString(QUuid::WithoutBraces) +
                 u"', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 1, 0, '"_s + name +
                 u"', 'UTC', '2026-03-01', '2026-03-01', '09:00', '18:00', 'draft')"_s),
        QString());
    return id;
}

TEST_F(MigrationsTest, VersionTwoEventsGainSettingsAndReleasesTable)
{
    const QString eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        EventStore v2;
        ASSERT_TRUE(v2.open(m_ws.path(), 2));
        EXPECT_EQ(v2.schemaVersion(), 2);
    }
    {
        RawSqlite raw(m_ws.path());
        EXPECT_FALSE(raw.columns(u"events"_s).contains(u"capacity"_s));
        ASSERT_EQ(raw.exec(u"INSERT INTO events (id, created_utc, updated_utc, revision, deleted, name, "
                           "time_zone, start_date, end_date, day_start, day_end, status) VALUES ('"_s +
                           eventId +
                           u"', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 4, 0, 'Meetup v2', "
                           "'Asia/Shanghai', '2026-03-01', '2026-03-02', '09:00', '17:00', 'draft')"_s),
                  QString());
    }
    EventStore store;
    // Opened at the latest version: today's record code reads only the latest schema's tables.
    ASSERT_TRUE(store.open(m_ws.path()));
    EXPECT_EQ(store.schemaVersion(), EventStore::kLatestSchemaVersion);
    auto event = store.get<Event>(QUuid::fromString(eventId));
    ASSERT_TRUE(event);
    EXPECT_EQ(event.value().name, u"Meetup v2"_s);
    EXPECT_EQ(event.value().meta.revision, 4);
    EXPECT_FALSE(event.value().capacity.has_value());
    EXPECT_TRUE(event.value().autoPromoteWaitlist);
    EXPECT_EQ(event.value().changeoverMinutes, 10);
    EXPECT_TRUE(event.value().conflictRules.isEmpty());

    ScheduleRelease release;
    release.eventId = event.value().meta.id;
    release.name = u"First draft"_s;
    auto added = store.add(release);
    ASSERT_TRUE(added) << added.error().message.toStdString();
    // Releases are immutable.
    ScheduleRelease changed = added.value();
    changed.name = u"Renamed"_s;
    EXPECT_FALSE(store.update(changed));
    EXPECT_EQ(store.get<ScheduleRelease>(changed.meta.id).value().name, u"First draft"_s);
}

TEST_F(MigrationsTest, VersionThreeParticipantsGainStatusHistory)
{
    Participant p;
    {
        EventStore v3;
        ASSERT_TRUE(v3.open(m_ws.path(), 3));
        EXPECT_EQ(v3.schemaVersion(), 3);
        p.eventId = insertEvent(m_ws.path(), u"Meetup v3"_s);
        p.name = u"Ada"_s;
        p.status = ParticipantStatus::Waitlisted;
        auto added = v3.add(p);
        ASSERT_TRUE(added) << added.error().message.toStdString();
        p = added.value();
    }
    {
        RawSqlite raw(m_ws.path());
        EXPECT_FALSE(
            raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'participant_status_history'"_s)
                .toInt());
    }
    EventStore store;
    // Opened at the latest version: today's record code reads only the latest schema's tables.
    ASSERT_TRUE(store.open(m_ws.path()));
    EXPECT_EQ(store.schemaVersion(), EventStore::kLatestSchemaVersion);
    auto history = StatusHistory(store).forParticipant(p.meta.id);
    ASSERT_TRUE(history) << history.error().message.toStdString();
    ASSERT_EQ(history.value().size(), 1);
    EXPECT_FALSE(history.value().first().from.has_value());
    EXPECT_EQ(history.value().first().to, ParticipantStatus::Waitlisted);
    EXPECT_EQ(history.value().first().changedUtc, p.meta.createdUtc);

    // From now on every change is recorded, with who made it.
    store.setActor(u"desk-2"_s);
    Participant confirmed = p;
    confirmed.status = ParticipantStatus::Confirmed;
    ASSERT_TRUE(store.update(confirmed, EventStore::RevisionCheck::Ignore));
    history = StatusHistory(store).forParticipant(p.meta.id);
    ASSERT_EQ(history.value().size(), 2);
    EXPECT_EQ(history.value().at(1).from, ParticipantStatus::Waitlisted);
    EXPECT_EQ(history.value().at(1).to, ParticipantStatus::Confirmed);
    EXPECT_EQ(history.value().at(1).changedBy, u"desk-2"_s);

    // Version 4 also holds the event's custom questions.
    auto questions = CustomQuestionStore(store).list(p.eventId);
    ASSERT_TRUE(questions) << questions.error().message.toStdString();
    EXPECT_TRUE(questions.value().isEmpty());
}

} // namespace

namespace
{

TEST_F(MigrationsTest, VersionFourGainsMessageTemplates)
{
    QUuid eventId;
    {
        EventStore v4;
        ASSERT_TRUE(v4.open(m_ws.path(), 4));
        EXPECT_EQ(v4.schemaVersion(), 4);
        eventId = insertEvent(m_ws.path(), u"Meetup v4"_s);
    }
    {
        RawSqlite raw(m_ws.path());
        EXPECT_EQ(raw.columns(u"message_templates"_s), QStringList());
    }
    EventStore store;
    auto opened = store.open(m_ws.path());
    ASSERT_TRUE(opened) << opened.error().detail.toStdString();
    EXPECT_EQ(store.schemaVersion(), EventStore::kLatestSchemaVersion);
    EXPECT_EQ(store.get<Event>(eventId).value().name, u"Meetup v4"_s);
    // Events of version 4 use the built-in templates until they save their own.
    for (auto kind : MessageTemplate::allKinds())
        EXPECT_EQ(MessageTemplateStore(store).effective(eventId, kind).value(),
                  MessageTemplate::defaultFor(kind));
    MessageTemplate own{MessageTemplate::Kind::Waitlist, u"Waitlist for {event}"_s, u"Dear {name}"_s};
    ASSERT_TRUE(MessageTemplateStore(store).save(eventId, own));
    store.close();

    RawSqlite raw(m_ws.path());
    EXPECT_EQ(raw.columns(u"message_templates"_s),
              (QStringList{u"event_id"_s, u"kind"_s, u"subject"_s, u"body"_s, u"updated_utc"_s}));
    EXPECT_EQ(raw.scalar(u"SELECT subject FROM message_templates WHERE kind = 'waitlist'"_s).toString(),
              u"Waitlist for {event}"_s);
    // One row per event and kind; only known kinds.
    EXPECT_FALSE(raw.exec(u"INSERT INTO message_templates VALUES (?, 'waitlist', 's', 'b', 'now')"_s,
                          {eventId.toString(QUuid::WithoutBraces)})
                     .isEmpty());
    EXPECT_FALSE(raw.exec(u"INSERT INTO message_templates VALUES (?, 'invoice', 's', 'b', 'now')"_s,
                          {eventId.toString(QUuid::WithoutBraces)})
                     .isEmpty());
}

TEST_F(MigrationsTest, FailedVersionFiveLeavesVersionFour)
{
    {
        EventStore v4;
        ASSERT_TRUE(v4.open(m_ws.path(), 4));
    }
    {
        RawSqlite raw(m_ws.path());
        ASSERT_EQ(raw.exec(u"CREATE TABLE message_templates (legacy TEXT)"_s), QString());
    }
    {
        EventStore store;
        auto opened = store.open(m_ws.path());
        ASSERT_FALSE(opened);
        EXPECT_TRUE(opened.error().message.contains(u"version 5"_s)) << opened.error().message.toStdString();
    }
    RawSqlite raw(m_ws.path());
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 4);
    EXPECT_EQ(raw.columns(u"message_templates"_s), QStringList{u"legacy"_s});
}

TEST_F(MigrationsTest, VersionFiveFirstHistoryEntriesMoveIntoTheParticipant)
{
    Participant p;
    QList<Change> changesBefore;
    {
        EventStore v5;
        ASSERT_TRUE(v5.open(m_ws.path(), 5));
        p.eventId = insertEvent(m_ws.path(), u"Meetup v5"_s);
        v5.setActor(u"desk-1"_s);
        QList<Participant> two(2, p);
        two[0].name = u"Ada"_s;
        two[0].status = ParticipantStatus::Waitlisted;
        two[1].name = u"Bo"_s;
        ASSERT_TRUE(v5.addMany(two));
        p = v5.list<Participant>(p.eventId).value().first();
        ASSERT_EQ(p.name, u"Ada"_s);
        v5.setActor(u"desk-2"_s);
        Participant confirmed = p;
        confirmed.status = ParticipantStatus::Confirmed;
        ASSERT_TRUE(v5.update(confirmed));
        ASSERT_EQ(StatusHistory(v5).forParticipant(p.meta.id).value().size(), 2);
        changesBefore = Outbox(v5).pending().value();
        ASSERT_EQ(changesBefore.size(), 3); // Ada, Bo, Ada's change (the event was written raw)
    }
    {
        RawSqlite raw(m_ws.path());
        EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM participant_status_history"_s).toInt(), 3);
    }
    EventStore store;
    auto opened = store.open(m_ws.path());
    ASSERT_TRUE(opened) << opened.error().detail.toStdString();
    EXPECT_EQ(store.schemaVersion(), EventStore::kLatestSchemaVersion);

    // The history reads as before: registered waitlisted by desk-1, confirmed by desk-2.
    auto history = StatusHistory(store).forParticipant(p.meta.id);
    ASSERT_TRUE(history) << history.error().message.toStdString();
    ASSERT_EQ(history.value().size(), 2);
    EXPECT_FALSE(history.value().at(0).from.has_value());
    EXPECT_EQ(history.value().at(0).to, ParticipantStatus::Waitlisted);
    EXPECT_EQ(history.value().at(0).changedBy, u"desk-1"_s);
    EXPECT_EQ(history.value().at(0).changedUtc, p.meta.createdUtc);
    EXPECT_EQ(history.value().at(1).from, ParticipantStatus::Waitlisted);
    EXPECT_EQ(history.value().at(1).to, ParticipantStatus::Confirmed);
    EXPECT_EQ(history.value().at(1).changedBy, u"desk-2"_s);

    // The outbox lists the same changes.
    const QList<Change> changesAfter = Outbox(store).pending().value();
    ASSERT_EQ(changesAfter.size(), changesBefore.size());
    for (qsizetype i = 0; i < changesAfter.size(); ++i) {
        EXPECT_EQ(changesAfter.at(i).recordId, changesBefore.at(i).recordId);
        EXPECT_EQ(changesAfter.at(i).fields, changesBefore.at(i).fields);
        EXPECT_EQ(changesAfter.at(i).sequence, changesBefore.at(i).sequence);
    }
    store.close();

    RawSqlite raw(m_ws.path());
    EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM participant_status_history"_s).toInt(), 1);
    EXPECT_EQ(raw.scalar(u"SELECT group_concat(created_by, ' ') FROM (SELECT created_by FROM participants "
                         "ORDER BY name)"_s)
                  .toString(),
              u"desk-1 desk-1"_s);
    // Only the indexes a query uses are left on participants.
    EXPECT_EQ(raw.scalar(u"SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE "
                         "type = 'index' AND tbl_name = 'participants' ORDER BY name)"_s)
                  .toString(),
              u"participants_event sqlite_autoindex_participants_1"_s);
    EXPECT_TRUE(raw.columns(u"changes"_s).contains(u"record_ids"_s));
}

TEST_F(MigrationsTest, FailedVersionSixLeavesVersionFive)
{
    {
        EventStore v5;
        ASSERT_TRUE(v5.open(m_ws.path(), 5));
    }
    {
        RawSqlite raw(m_ws.path());
        ASSERT_EQ(raw.exec(u"DROP INDEX participants_status"_s), QString());
    }
    {
        EventStore store;
        auto opened = store.open(m_ws.path());
        ASSERT_FALSE(opened);
        EXPECT_TRUE(opened.error().message.contains(u"version 6"_s)) << opened.error().message.toStdString();
    }
    RawSqlite raw(m_ws.path());
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), 5);
    EXPECT_FALSE(raw.columns(u"participants"_s).contains(u"created_by"_s));
}

} // namespace
