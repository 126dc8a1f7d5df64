#include "migrations.h"

#include "logging.h"
#include "recordcodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace EventDesk::Storage
{

namespace
{

const char *const kMeta =
    "id TEXT PRIMARY KEY NOT NULL, created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL, "
    "revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0";

QString table(const char *name, const char *columns)
{
    return u"CREATE TABLE "_s + QLatin1StringView(name) + u" ("_s + QLatin1StringView(kMeta) + u", "_s +
           QLatin1StringView(columns) + u")"_s;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text() + u" in: "_s + sql;
        return false;
    }
    return true;
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements)
        if (!exec(db, sql, error))
            return false;
    return true;
}

// Version 1: the first schema.
bool step1(QSqlDatabase &db, QString *error)
{
    const QStringList statements{
        u"CREATE TABLE workspace_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
        table("events", "name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', time_zone TEXT NOT NULL, "
                        "start_date TEXT NOT NULL, end_date TEXT NOT NULL, day_start TEXT NOT NULL, "
                        "day_end TEXT NOT NULL, venue_name TEXT NOT NULL DEFAULT '', "
                        "venue_address TEXT NOT NULL DEFAULT '', status TEXT NOT NULL"),
        table("rooms",
              "event_id TEXT NOT NULL REFERENCES events(id), name TEXT NOT NULL, "
              "capacity INTEGER NOT NULL CHECK (capacity >= 0), availability TEXT NOT NULL DEFAULT '[]'"),
        table("tracks",
              "event_id TEXT NOT NULL REFERENCES events(id), name TEXT NOT NULL, color TEXT NOT NULL"),
        table("speakers", "event_id TEXT NOT NULL REFERENCES events(id), name TEXT NOT NULL, "
                          "email TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT '', "
                          "bio TEXT NOT NULL DEFAULT '', availability TEXT NOT NULL DEFAULT '[]'"),
        table("sessions",
              "event_id TEXT NOT NULL REFERENCES events(id), title TEXT NOT NULL, "
              "abstract TEXT NOT NULL DEFAULT '', type TEXT NOT NULL, "
              "duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0), "
              "language TEXT NOT NULL DEFAULT '', track_id TEXT REFERENCES tracks(id), "
              "room_id TEXT REFERENCES rooms(id), start_utc TEXT, speaker_ids TEXT NOT NULL DEFAULT '[]', "
              "expected_attendance INTEGER NOT NULL DEFAULT 0, pinned INTEGER NOT NULL DEFAULT 0, "
              "tags TEXT NOT NULL DEFAULT '[]'"),
        table("participants", "event_id TEXT NOT NULL REFERENCES events(id), name TEXT NOT NULL, "
                              "email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
                              "organisation TEXT NOT NULL DEFAULT '', ticket TEXT NOT NULL DEFAULT '', "
                              "status TEXT NOT NULL, answers TEXT NOT NULL DEFAULT '{}', "
                              "notes TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT ''"),
        u"CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, record_kind TEXT NOT NULL, "
        "record_id TEXT NOT NULL, fields TEXT NOT NULL, base_revision INTEGER NOT NULL, "
        "revision INTEGER NOT NULL, changed_utc TEXT NOT NULL, pushed INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX rooms_event ON rooms(event_id)"_s,
        u"CREATE INDEX tracks_event ON tracks(event_id)"_s,
        u"CREATE INDEX speakers_event ON speakers(event_id)"_s,
        u"CREATE INDEX sessions_event ON sessions(event_id)"_s,
        u"CREATE INDEX participants_event ON participants(event_id)"_s,
        u"CREATE INDEX changes_pending ON changes(pushed, seq)"_s,
    };
    if (!execAll(db, statements, error))
        return false;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO workspace_meta (key, value) VALUES ('workspace_id', ?), ('created_utc', ?)"_s);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(toDb(QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// Version 2: ticket types become records with quotas; participants reference them.
bool step2(QSqlDatabase &db, QString *error)
{
    const QStringList create{
        table("ticket_types", "event_id TEXT NOT NULL REFERENCES events(id), name TEXT NOT NULL, "
                              "quota INTEGER CHECK (quota IS NULL OR quota >= 0), "
                              "price_cents INTEGER NOT NULL DEFAULT 0, currency TEXT NOT NULL DEFAULT 'EUR'"),
        u"CREATE INDEX ticket_types_event ON ticket_types(event_id)"_s,
        u"ALTER TABLE participants ADD COLUMN ticket_type_id TEXT REFERENCES ticket_types(id)"_s,
        u"CREATE INDEX participants_email ON participants(event_id, email)"_s,
    };
    if (!execAll(db, create, error))
        return false;

    // Turn the free-text ticket names of version 1 into ticket type records.
    QSqlQuery distinct(db);
    if (!distinct.exec(u"SELECT DISTINCT event_id, ticket FROM participants WHERE ticket <> ''"_s)) {
        *error = distinct.lastError().text();
        return false;
    }
    const QString now = toDb(QDateTime::currentDateTimeUtc());
    while (distinct.next()) {
        const QString eventId = distinct.value(0).toString();
        const QString name = distinct.value(1).toString();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery ins(db);
        ins.prepare(
            u"INSERT INTO ticket_types (id, created_utc, updated_utc, revision, deleted, event_id, name) "
            "VALUES (?, ?, ?, 1, 0, ?, ?)"_s);
        for (const QVariant &v :
             {QVariant(id), QVariant(now), QVariant(now), QVariant(eventId), QVariant(name)})
            ins.addBindValue(v);
        QSqlQuery upd(db);
        upd.prepare(u"UPDATE participants SET ticket_type_id = ? WHERE event_id = ? AND ticket = ?"_s);
        upd.addBindValue(id);
        upd.addBindValue(eventId);
        upd.addBindValue(name);
        QSqlQuery change(db);
        change.prepare(
            u"INSERT INTO changes (record_kind, record_id, fields, base_revision, revision, changed_utc) "
            "VALUES ('ticket_type', ?, '[\"event_id\",\"name\",\"quota\",\"price_cents\",\"currency\"]', 0, 1, ?)"_s);
        change.addBindValue(id);
        change.addBindValue(now);
        if (!ins.exec() || !upd.exec() || !change.exec()) {
            *error = ins.lastError().text() + upd.lastError().text() + change.lastError().text();
            return false;
        }
    }
    return exec(db, u"ALTER TABLE participants DROP COLUMN ticket"_s, error);
}

// Version 3: event capacity, waitlist and conflict settings; immutable schedule releases.
bool step3(QSqlDatabase &db, QString *error)
{
    const QStringList statements{
        u"ALTER TABLE events ADD COLUMN capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0)"_s,
        u"ALTER TABLE events ADD COLUMN auto_promote INTEGER NOT NULL DEFAULT 1"_s,
        u"ALTER TABLE events ADD COLUMN changeover_minutes INTEGER NOT NULL DEFAULT 10"_s,
        u"ALTER TABLE events ADD COLUMN conflict_rules TEXT NOT NULL DEFAULT '{}'"_s,
        table("schedule_releases", "event_id TEXT NOT NULL REFERENCES events(id), version INTEGER NOT NULL, "
                                   "name TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', "
                                   "sessions TEXT NOT NULL DEFAULT '[]', UNIQUE (event_id, version)"),
    };
    return execAll(db, statements, error);
}

// Version 4: every participant status change, with when and by whom; faster status filters; custom
// registration questions.
bool step4(QSqlDatabase &db, QString *error)
{
    const QStringList statements{
        u"CREATE TABLE participant_status_history (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "participant_id TEXT NOT NULL REFERENCES participants(id), from_status TEXT, "
        "to_status TEXT NOT NULL, changed_utc TEXT NOT NULL, changed_by TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX participant_status_history_participant ON participant_status_history(participant_id, seq)"_s,
        u"CREATE INDEX participants_status ON participants(event_id, status)"_s,
        // The event's registration questions, in order; definition is JSON (label, type, options, condition).
        u"CREATE TABLE custom_questions (id TEXT PRIMARY KEY NOT NULL, "
        "event_id TEXT NOT NULL REFERENCES events(id), position INTEGER NOT NULL, definition TEXT NOT NULL)"_s,
        u"CREATE INDEX custom_questions_event ON custom_questions(event_id, position)"_s,
        // Participants registered before version 4 start their history with their current status.
        u"INSERT INTO participant_status_history "
        "(participant_id, from_status, to_status, changed_utc, changed_by) "
        "SELECT id, NULL, status, created_utc, '' FROM participants ORDER BY created_utc"_s,
    };
    return execAll(db, statements, error);
}

// Version 5: the event's own message templates (confirmation, waitlist, reminder); a kind without a row uses
// the built-in default.
bool step5(QSqlDatabase &db, QString *error)
{
    return exec(db,
                u"CREATE TABLE message_templates (event_id TEXT NOT NULL REFERENCES events(id), "
                "kind TEXT NOT NULL CHECK (kind IN ('confirmation', 'waitlist', 'reminder')), "
                "subject TEXT NOT NULL, body TEXT NOT NULL, updated_utc TEXT NOT NULL, "
                "PRIMARY KEY (event_id, kind))"_s,
                error);
}

// Version 6: lighter bulk writes. A participant remembers who registered it (created_by), so the first entry
// of its status history is derived from the participant row instead of stored; one outbox entry can carry
// the ids of many records created together (record_ids, comma-separated; NULL means just record_id); the
// participants_email and participants_status indexes go: duplicates are found by the normalised address in
// memory, which no index on the raw column serves, and the places held are counted with one query over the
// event's rows (participants_event); each index made every registration slower to write.
bool step6(QSqlDatabase &db, QString *error)
{
    const QStringList statements{
        u"ALTER TABLE participants ADD COLUMN created_by TEXT NOT NULL DEFAULT ''"_s,
        u"UPDATE participants SET created_by = coalesce((SELECT changed_by FROM participant_status_history h "
        "WHERE h.participant_id = participants.id AND h.from_status IS NULL ORDER BY seq LIMIT 1), '')"_s,
        u"DELETE FROM participant_status_history WHERE from_status IS NULL"_s,
        u"DROP INDEX participants_email"_s,
        u"DROP INDEX participants_status"_s,
        u"ALTER TABLE changes ADD COLUMN record_ids TEXT"_s,
    };
    return execAll(db, statements, error);
}

// Version 7: the assistant. Each event's conversation with the language model, in order, and the proposals it
// made (agenda drafts, registration drafts) with their review state, so both survive a restart. Kept as
// records: what a proposal means is decided by core/assistant, not here.
bool step7(QSqlDatabase &db, QString *error)
{
    const QStringList statements{
        u"CREATE TABLE assistant_messages (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "event_id TEXT NOT NULL REFERENCES events(id), "
        "role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant', 'tool')), "
        "content TEXT NOT NULL, meta TEXT NOT NULL DEFAULT '{}', created_utc TEXT NOT NULL)"_s,
        u"CREATE INDEX assistant_messages_event ON assistant_messages (event_id, seq)"_s,
        u"CREATE TABLE assistant_proposals (id TEXT PRIMARY KEY NOT NULL, "
        "event_id TEXT NOT NULL REFERENCES events(id), kind TEXT NOT NULL, "
        "state TEXT NOT NULL CHECK (state IN ('pending', 'applied', 'rejected')), "
        "payload TEXT NOT NULL DEFAULT '{}', created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL)"_s,
        u"CREATE INDEX assistant_proposals_event ON assistant_proposals (event_id, kind, state)"_s,
    };
    return execAll(db, statements, error);
}

// Version 8: what the auto-scheduler and the exchange formats need. A session's allowed rooms and time
// windows (JSON arrays; empty means any), its subtitle, long description, links and attachments (JSON arrays
// of {url, title}); an event's acronym and the minutes kept free in a room after each session.
bool step8(QSqlDatabase &db, QString *error)
{
    const QStringList statements{
        u"ALTER TABLE events ADD COLUMN acronym TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE events ADD COLUMN room_changeover_minutes INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE sessions ADD COLUMN subtitle TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE sessions ADD COLUMN description TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE sessions ADD COLUMN links TEXT NOT NULL DEFAULT '[]'"_s,
        u"ALTER TABLE sessions ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]'"_s,
        u"ALTER TABLE sessions ADD COLUMN allowed_rooms TEXT NOT NULL DEFAULT '[]'"_s,
        u"ALTER TABLE sessions ADD COLUMN allowed_times TEXT NOT NULL DEFAULT '[]'"_s,
    };
    return execAll(db, statements, error);
}

using Step = bool (*)(QSqlDatabase &, QString *);
constexpr Step kSteps[] = {step1, step2, step3, step4, step5, step6, step7, step8};

} // namespace

int readSchemaVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

Result<void> migrate(QSqlDatabase &db, int fromVersion, int toVersion)
{
    static_assert(std::size(kSteps) == 8, "add the step and bump EventStore::kLatestSchemaVersion together");
    if (fromVersion >= toVersion)
        return {};
    // All steps and their version bumps run in one transaction: the file reaches toVersion or, when any
    // step fails, stays exactly as it was (every statement of a step, ALTER TABLE and PRAGMA user_version
    // included, is transactional in SQLite; the caller switches the journal mode only afterwards).
    if (!db.transaction())
        return Error{
            ErrorCode::Database,
            QCoreApplication::translate("EventDesk::EventStore", "The workspace could not be upgraded."),
            db.lastError().text()};
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        QString error;
        bool ok = kSteps[version - 1](db, &error);
        if (ok)
            ok = exec(db, u"PRAGMA user_version = "_s + QString::number(version), &error);
        if (!ok || (version == toVersion && !db.commit())) {
            if (ok)
                error = db.lastError().text();
            db.rollback();
            qCWarning(lcStorage) << "migration to version" << version << "failed:" << error;
            return Error{
                ErrorCode::Database,
                QCoreApplication::translate("EventDesk::EventStore",
                                            "The workspace could not be upgraded to version %1; it was left "
                                            "unchanged.")
                    .arg(version),
                error};
        }
    }
    qCInfo(lcStorage) << "workspace migrated from schema version" << fromVersion << "to" << toVersion;
    return {};
}

} // namespace EventDesk::Storage
