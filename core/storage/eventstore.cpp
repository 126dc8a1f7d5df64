#include "eventstore.h"

#include "logging.h"
#include "migrations.h"
#include "recordcodec.h"
#include "sqlitestatement.h"
#include "storeaccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

using namespace Qt::StringLiterals;

namespace EventDesk
{

using namespace Storage;

namespace
{

const QString kMetaColumns = u"id, created_utc, updated_utc, revision, deleted"_s;
constexpr int kMetaCount = 5;

void readMeta(RecordMeta &m, const QSqlQuery &q)
{
    m.id = uuidFromDb(q.value(0));
    m.createdUtc = dateTimeFromDb(q.value(1));
    m.updatedUtc = dateTimeFromDb(q.value(2));
    m.revision = q.value(3).toLongLong();
    m.deleted = q.value(4).toInt() != 0;
}

template <typename T> QString selectSql()
{
    return u"SELECT "_s + kMetaColumns + u", "_s + RecordCodec<T>::columns().join(u", "_s) + u" FROM "_s +
           RecordCodec<T>::table();
}

template <typename T> T readRecord(const QSqlQuery &q)
{
    T r;
    readMeta(r.meta, q);
    RecordCodec<T>::read(r, q, kMetaCount);
    return r;
}

// Column values for a record; text is never NULL in the database, only absent references are.
template <typename T> QVariantList rowValues(const T &record)
{
    QVariantList values = RecordCodec<T>::values(record);
    for (QVariant &v : values)
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QVariant(u""_s);
    return values;
}

template <typename T> constexpr bool isScoped()
{
    return !std::is_same_v<T, Event>;
}

QString fieldsJson(const QStringList &fields)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact));
}

// Rolls back unless commit() succeeded. Inside EventStore::inTransaction it joins the outer transaction:
// its commit() only hands over, and the outer one rolls everything back when anything failed.
class Transaction
{
public:
    Transaction(QSqlDatabase &db, int &depth)
        : m_db(db), m_depth(depth), m_nested(depth > 0), m_open(m_nested || db.transaction())
    {
        if (m_open)
            ++m_depth;
    }
    ~Transaction()
    {
        if (!m_open)
            return;
        --m_depth;
        if (!m_nested)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open || (!m_nested && !m_db.commit()))
            return false;
        m_open = false;
        --m_depth;
        return true;
    }

private:
    QSqlDatabase &m_db;
    int &m_depth;
    bool m_nested;
    bool m_open;
};

// Checks that the records a record points at exist and are live; remembers answers within one write.
class ReferenceChecker
{
public:
    // bulk: for many records at once, each referenced table's live ids in the event are read once.
    explicit ReferenceChecker(QSqlDatabase &db, bool bulk = false) : m_db(db), m_bulk(bulk) {}

    Result<void> check(const Event &) { return {}; }
    Result<void> check(const Room &r) { return scope(r.eventId); }
    Result<void> check(const Track &r) { return scope(r.eventId); }
    Result<void> check(const Speaker &r) { return scope(r.eventId); }
    Result<void> check(const TicketType &r) { return scope(r.eventId); }
    Result<void> check(const ScheduleRelease &r) { return scope(r.eventId); }
    Result<void> check(const Session &r)
    {
        if (auto ok = scope(r.eventId); !ok)
            return ok;
        if (!r.trackId.isNull() && !live(RecordKind::Track, r.trackId, r.eventId))
            return missing(RecordKind::Track, r.trackId);
        if (!r.roomId.isNull() && !live(RecordKind::Room, r.roomId, r.eventId))
            return missing(RecordKind::Room, r.roomId);
        for (const QUuid &speaker : r.speakerIds)
            if (!live(RecordKind::Speaker, speaker, r.eventId))
                return missing(RecordKind::Speaker, speaker);
        return {};
    }
    Result<void> check(const Participant &r)
    {
        if (auto ok = scope(r.eventId); !ok)
            return ok;
        if (!r.ticketTypeId.isNull() && !live(RecordKind::TicketType, r.ticketTypeId, r.eventId))
            return missing(RecordKind::TicketType, r.ticketTypeId);
        return {};
    }

private:
    Result<void> scope(const QUuid &eventId)
    {
        if (eventId.isNull())
            return Error{
                ErrorCode::Validation, EventStore::tr("The record does not belong to an event."), {}};
        if (!live(RecordKind::Event, eventId, {}))
            return missing(RecordKind::Event, eventId);
        return {};
    }
    static Error missing(RecordKind kind, const QUuid &id)
    {
        return Error{ErrorCode::NotFound,
                     EventStore::tr("There is no %1 with id %2 in this event.")
                         .arg(recordKindDisplayName(kind), id.toString(QUuid::WithoutBraces)),
                     {}};
    }
    bool live(RecordKind kind, const QUuid &id, const QUuid &eventId)
    {
        if (m_bulk && !eventId.isNull())
            return liveIn(kind, eventId).contains(id);
        const QString key = recordKindName(kind) + toDb(id);
        if (auto it = m_cache.constFind(key); it != m_cache.constEnd())
            return *it;
        // One prepared statement per table and form, reused (preparing one per record cost a fifth of a
        // large import).
        const int form = int(kind) * 2 + (eventId.isNull() ? 0 : 1);
        auto query = m_queries.find(form);
        if (query == m_queries.end()) {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            QString sql = u"SELECT 1 FROM "_s + tableFor(kind) + u" WHERE id = ? AND deleted = 0"_s;
            if (!eventId.isNull())
                sql += u" AND event_id = ?"_s;
            if (!q.prepare(sql))
                return false;
            query = m_queries.emplace(form, std::move(q)).first;
        }
        QSqlQuery &q = query->second;
        q.bindValue(0, toDb(id));
        if (!eventId.isNull())
            q.bindValue(1, toDb(eventId));
        const bool ok = q.exec() && q.next();
        q.finish();
        m_cache.insert(key, ok);
        return ok;
    }

    const QSet<QUuid> &liveIn(RecordKind kind, const QUuid &eventId)
    {
        const QString key = recordKindName(kind) + toDb(eventId);
        if (auto it = m_live.constFind(key); it != m_live.constEnd())
            return *it;
        QSet<QUuid> ids;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (q.prepare(u"SELECT id FROM "_s + tableFor(kind) + u" WHERE event_id = ? AND deleted = 0"_s)) {
            q.addBindValue(toDb(eventId));
            if (q.exec())
                while (q.next())
                    ids.insert(uuidFromDb(q.value(0)));
        }
        return *m_live.insert(key, ids);
    }

    QSqlDatabase &m_db;
    const bool m_bulk;
    QHash<QString, bool> m_cache;
    std::map<int, QSqlQuery> m_queries;
    QHash<QString, QSet<QUuid>> m_live;
};

Error validationError(const FieldErrors &errors)
{
    QStringList messages;
    QStringList fields;
    for (const FieldError &e : errors) {
        messages.append(e.message);
        fields.append(e.field);
    }
    return Error{ErrorCode::Validation, messages.join(u' '), fields.join(u',')};
}

} // namespace

EventStore::EventStore(QObject *parent)
    : QObject(parent),
      m_connectionName(u"eventstore-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_actor(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")))
{
    if (m_actor.isNull())
        m_actor = u""_s;
    qRegisterMetaType<EventDesk::RecordKind>();
}

EventStore::~EventStore()
{
    close();
}

bool EventStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && StoreAccess::db(*this).isOpen();
}

void EventStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = StoreAccess::db(*this);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

Error EventStore::dbError(const QString &message, const QString &detail) const
{
    qCWarning(lcStorage) << message << detail;
    if (detail.contains(u"readonly"_s) || detail.contains(u"read-only"_s))
        return Error{ErrorCode::ReadOnly,
                     EventStore::tr("The workspace is read-only, so the change was not saved."), detail};
    if (detail.contains(u"malformed"_s) || detail.contains(u"not a database"_s))
        return Error{ErrorCode::Corrupt,
                     EventStore::tr("The workspace file is damaged; nothing was changed."), detail};
    return Error{ErrorCode::Database, message, detail};
}

Result<void> EventStore::open(const QString &path, int targetVersion)
{
    close();
    auto result = openChecked(path, targetVersion);
    if (!result)
        close();
    else
        m_path = path;
    return result;
}

namespace
{
// Only for a file SQLite refused as not a database (so no connection of this process uses it): reading it
// while SQLite has it open would drop that connection's locks when the descriptor closes.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}
} // namespace

Result<void> EventStore::openChecked(const QString &path, int targetVersion)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    bool fresh = !info.exists() || info.size() == 0;
    if (info.exists()) {
        if (!info.isFile())
            return Error{ErrorCode::NotAWorkspace,
                         EventStore::tr("%1 is a folder, not a workspace file.").arg(shown),
                         {}};
        // The file is not opened here, only by SQLite: closing any other descriptor of it would drop the
        // POSIX locks of this process's other connections to it (the GUI's and the sync's), and another
        // process could then delete the write-ahead log they are still writing to.
        if (!info.isReadable())
            return Error{ErrorCode::Io, EventStore::tr("%1 cannot be read.").arg(shown), {}};
        if (!(info.permissions() & QFileDevice::WriteOwner))
            return Error{
                ErrorCode::ReadOnly,
                EventStore::tr("%1 is read-only; EventDesk needs write access to open it.").arg(shown),
                {}};
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error{
            ErrorCode::Io, EventStore::tr("The folder %1 cannot be created.").arg(info.absolutePath()), {}};
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return dbError(EventStore::tr("%1 cannot be opened.").arg(shown), db.lastError().text());

    QString error;
    const int version = readSchemaVersion(db, &error);
    if (version < 0 && error.contains(u"file is not a database"_s) && !hasSqliteHeader(path))
        return Error{
            ErrorCode::NotAWorkspace,
            EventStore::tr("%1 is not an EventDesk workspace (it is not an SQLite database).").arg(shown),
            error};
    if (version < 0)
        return Error{ErrorCode::Corrupt,
                     EventStore::tr("%1 is damaged and cannot be opened; nothing was changed.").arg(shown),
                     error};
    if (version > kLatestSchemaVersion)
        return Error{
            ErrorCode::NewerSchema,
            EventStore::tr("%1 was saved by a newer EventDesk (schema %2; this version reads up to %3). "
                           "Please update EventDesk.")
                .arg(shown)
                .arg(version)
                .arg(kLatestSchemaVersion),
            {}};
    if (version == 0) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
            return Error{
                ErrorCode::Corrupt,
                EventStore::tr("%1 is damaged and cannot be opened; nothing was changed.").arg(shown),
                q.lastError().text()};
        if (q.value(0).toInt() > 0)
            return Error{
                ErrorCode::NotAWorkspace,
                EventStore::tr("%1 is an SQLite database but not an EventDesk workspace.").arg(shown),
                {}};
    }
    if (targetVersion < 1 || targetVersion < version || targetVersion > kLatestSchemaVersion)
        return Error{
            ErrorCode::Usage,
            EventStore::tr("Schema version %1 cannot be opened as %2.").arg(version).arg(targetVersion),
            {}};

    QSqlQuery pragma(db);
    // A new workspace gets 16 KiB pages (SQLite's default is 4 KiB): participants rows with their ids and
    // timestamps are a few hundred bytes, and a large import writes about a fifth less with bigger pages.
    // An existing workspace keeps the page size it has.
    if (version == 0 && !pragma.exec(u"PRAGMA page_size = 16384"_s))
        return dbError(EventStore::tr("%1 cannot be opened.").arg(shown), pragma.lastError().text());
    for (const QString &sql :
         {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA busy_timeout = 5000"_s,
          // 64 MiB of page cache (default 2 MiB): a 100k-row import stays in memory until it commits
          u"PRAGMA cache_size = -65536"_s}) {
        if (!pragma.exec(sql))
            return dbError(EventStore::tr("%1 cannot be opened.").arg(shown), pragma.lastError().text());
    }
    pragma.finish();

    // Migrating is all or nothing (one transaction); switching the journal mode rewrites the file header
    // outside any transaction, so it comes after (a workspace already in WAL mode stays so meanwhile).
    if (auto migrated = migrate(db, version, targetVersion); !migrated)
        return migrated;
    if (!pragma.exec(u"PRAGMA journal_mode = WAL"_s) || !pragma.next() ||
        pragma.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return dbError(EventStore::tr("%1 cannot be opened for writing.").arg(shown),
                       pragma.lastError().text());
    pragma.finish();
    m_openVersion = targetVersion;
    qCInfo(lcStorage) << "opened workspace, schema" << targetVersion << (fresh ? "(new)" : "");
    return {};
}

int EventStore::schemaVersion() const
{
    QSqlDatabase db = StoreAccess::db(*this);
    return db.isOpen() ? readSchemaVersion(db) : -1;
}

QString EventStore::workspaceId() const
{
    QSqlQuery q(StoreAccess::db(*this));
    if (q.exec(u"SELECT value FROM workspace_meta WHERE key = 'workspace_id'"_s) && q.next())
        return q.value(0).toString();
    return {};
}

template <typename T>
Result<int> EventStore::addMany(QList<T> records, const std::function<bool(int)> &progress,
                                CreatedTime created)
{
    QSqlDatabase db = StoreAccess::db(*this);
    if (!db.isOpen())
        return Error{ErrorCode::Database, EventStore::tr("No workspace is open."), {}};
    using Codec = RecordCodec<T>;
    const QStringList &columns = Codec::columns();
    const QString kind = recordKindName(T::kind);
    const QString allFields = fieldsJson(columns);
    const QString now = toDb(QDateTime::currentDateTimeUtc());
    const QDateTime createdUtc = dateTimeFromDb(now);

    Transaction tx(db, m_txDepth);
    if (!tx.isOpen())
        return dbError(EventStore::tr("The change could not be saved."), db.lastError().text());

    // Schema 6 on: a participant row says who registered it (its first history entry is derived from that),
    // and the records of one call share one outbox entry. Older schemas (tests only) get per-record rows.
    constexpr int kBatchVersion = 6;
    const bool batched = m_openVersion >= kBatchVersion;
    constexpr bool isParticipant = std::is_same_v<T, Participant>;
    const bool storeCreator = isParticipant && batched;
    const bool storeHistory = isParticipant && !batched && m_openVersion >= 4;

    QString placeholders = u"?, ?, ?, ?, ?"_s;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders += u", ?"_s;
    if (storeCreator)
        placeholders += u", ?"_s;
    SqliteStatement insert(db, u"INSERT INTO "_s + Codec::table() + u" ("_s + kMetaColumns + u", "_s +
                                   columns.join(u", "_s) + (storeCreator ? u", created_by"_s : QString()) +
                                   u") VALUES ("_s + placeholders + u")"_s);
    SqliteStatement outbox(
        db,
        batched
            ? u"INSERT INTO changes (record_kind, record_id, fields, base_revision, revision, changed_utc, "
              "record_ids) VALUES (?, ?, ?, 0, 1, ?, ?)"_s
            : u"INSERT INTO changes (record_kind, record_id, fields, base_revision, revision, "
              "changed_utc) VALUES (?, ?, ?, 0, 1, ?)"_s);
    std::optional<SqliteStatement> history;
    if (storeHistory)
        history.emplace(db,
                        u"INSERT INTO participant_status_history (participant_id, from_status, to_status, "
                        "changed_utc, changed_by) VALUES (?, NULL, ?, ?, ?)"_s);
    for (const SqliteStatement *statement : {&insert, &outbox, history ? &*history : &outbox})
        if (!statement->isValid())
            return dbError(EventStore::tr("The change could not be saved."), statement->lastError());

    // For a bulk add, SQLite checks the foreign keys at commit: with immediate checks it keeps a statement
    // journal for every insert, about a third of the time of a large import. The references were checked
    // above (ReferenceChecker), so nothing is expected to fail. Only these inserts are deferred: the
    // setting is switched off again when addMany returns, also inside an outer transaction.
    struct DeferForeignKeys {
        QSqlDatabase &db;
        bool on = false;
        void set(bool value)
        {
            QSqlQuery q(db);
            on = q.exec(value ? u"PRAGMA defer_foreign_keys = ON"_s : u"PRAGMA defer_foreign_keys = OFF"_s) &&
                 value;
        }
        ~DeferForeignKeys()
        {
            if (on)
                set(false);
        }
    } deferForeignKeys{db};
    if (records.size() > 1)
        deferForeignKeys.set(true);
    // New ids ascend within the call (newRecordIds): the primary-key index then grows in order instead of
    // at random places, which halves its cost for a large import.
    {
        const QList<QUuid> fresh = newRecordIds(
            std::count_if(records.cbegin(), records.cend(), [](const T &r) { return r.meta.id.isNull(); }));
        auto next = fresh.cbegin();
        for (T &record : records)
            if (record.meta.id.isNull())
                record.meta.id = *next++;
    }

    ReferenceChecker refs(db, records.size() > 16);
    QList<QUuid> ids;
    ids.reserve(records.size());
    QString batchIds; // the outbox entry's record_ids
    if (batched && records.size() > 1)
        batchIds.reserve(records.size() * 37);
    int done = 0;
    for (T &record : records) {
        const FieldErrors errors = record.validate();
        if (!errors.isEmpty()) {
            Error e = validationError(errors);
            if (records.size() > 1)
                e.message = EventStore::tr("Record %1: %2").arg(done + 1).arg(e.message);
            return e;
        }
        if (auto ok = refs.check(record); !ok)
            return ok.error();
        const bool given = created == CreatedTime::AsGiven && record.meta.createdUtc.isValid();
        const QString createdText = given ? toDb(record.meta.createdUtc.toUTC()) : now;
        record.meta.createdUtc = given ? dateTimeFromDb(createdText) : createdUtc;
        record.meta.updatedUtc = createdUtc;
        record.meta.revision = 1;
        record.meta.deleted = false;
        const QString id = toDb(record.meta.id);
        insert.bind(0, id);
        insert.bind(1, createdText);
        insert.bind(2, now);
        insert.bind(3, QVariant(1));
        insert.bind(4, QVariant(0));
        const QVariantList values = rowValues(record);
        for (qsizetype i = 0; i < values.size(); ++i)
            insert.bind(int(kMetaCount + i), values.at(i));
        if (storeCreator)
            insert.bind(int(kMetaCount + values.size()), m_actor);
        if (!insert.exec()) {
            const QString detail = insert.lastError();
            if (detail.contains(u"UNIQUE"_s)) // the primary key: an id already stored or given twice
                return Error{
                    ErrorCode::DuplicateId,
                    EventStore::tr("A %1 with id %2 already exists.").arg(recordKindDisplayName(T::kind), id),
                    detail};
            return dbError(EventStore::tr("The change could not be saved."), detail);
        }
        if (batched) {
            if (records.size() > 1) {
                if (!batchIds.isEmpty())
                    batchIds += u',';
                batchIds += id;
            }
        } else {
            outbox.bind(0, kind);
            outbox.bind(1, id);
            outbox.bind(2, allFields);
            outbox.bind(3, now);
            if (!outbox.exec())
                return dbError(EventStore::tr("The change could not be saved."), outbox.lastError());
        }
        if constexpr (isParticipant) {
            if (storeHistory) {
                history->bind(0, id);
                history->bind(1, participantStatusName(record.status));
                history->bind(2, now);
                history->bind(3, m_actor);
                if (!history->exec())
                    return dbError(EventStore::tr("The change could not be saved."), history->lastError());
            }
        }
        ids.append(record.meta.id);
        ++done;
        if (progress && done % 1000 == 0 && !progress(done))
            return Error{ErrorCode::Cancelled, EventStore::tr("Cancelled; nothing was saved."), {}};
    }
    if (batched && !ids.isEmpty()) {
        outbox.bind(0, kind);
        outbox.bind(1, toDb(ids.first()));
        outbox.bind(2, allFields);
        outbox.bind(3, now);
        outbox.bind(4, batchIds.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(batchIds));
        if (!outbox.exec())
            return dbError(EventStore::tr("The change could not be saved."), outbox.lastError());
    }
    if (!tx.commit())
        return dbError(EventStore::tr("The change could not be saved."), db.lastError().text());
    if (!ids.isEmpty())
        notify(T::kind, ids);
    return done;
}

template <typename T> Result<T> EventStore::add(T record)
{
    QList<T> one{std::move(record)};
    // addMany assigns the id; read it back by running on a list we keep.
    QUuid presetId = one.first().meta.id;
    if (presetId.isNull()) {
        presetId = newRecordId();
        one.first().meta.id = presetId;
        // A generated id never collides; addMany still checks.
    }
    auto result = addMany<T>(one);
    if (!result)
        return result.error();
    return get<T>(presetId);
}

template <typename T> Result<T> EventStore::get(const QUuid &id) const
{
    QSqlQuery q(StoreAccess::db(*this));
    q.prepare(selectSql<T>() + u" WHERE id = ?"_s);
    q.addBindValue(toDb(id));
    if (!q.exec())
        return dbError(EventStore::tr("The workspace could not be read."), q.lastError().text());
    if (!q.next())
        return Error{
            ErrorCode::NotFound,
            EventStore::tr("There is no %1 with id %2.").arg(recordKindDisplayName(T::kind), toDb(id)),
            {}};
    return readRecord<T>(q);
}

template <typename T> Result<QList<T>> EventStore::list(const QUuid &eventId, bool includeDeleted) const
{
    QStringList where;
    if (!includeDeleted)
        where.append(u"deleted = 0"_s);
    if (isScoped<T>() && !eventId.isNull())
        where.append(u"event_id = ?"_s);
    QString sql = selectSql<T>();
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY "_s + RecordCodec<T>::orderBy();
    QSqlQuery q(StoreAccess::db(*this));
    q.setForwardOnly(true);
    q.prepare(sql);
    if (isScoped<T>() && !eventId.isNull())
        q.addBindValue(toDb(eventId));
    if (!q.exec())
        return dbError(EventStore::tr("The workspace could not be read."), q.lastError().text());
    QList<T> out;
    while (q.next())
        out.append(readRecord<T>(q));
    return out;
}

template <typename T> Result<qint64> EventStore::count(const QUuid &eventId) const
{
    QString sql = u"SELECT count(*) FROM "_s + RecordCodec<T>::table() + u" WHERE deleted = 0"_s;
    const bool filter = isScoped<T>() && !eventId.isNull();
    if (filter)
        sql += u" AND event_id = ?"_s;
    QSqlQuery q(StoreAccess::db(*this));
    q.prepare(sql);
    if (filter)
        q.addBindValue(toDb(eventId));
    if (!q.exec() || !q.next())
        return dbError(EventStore::tr("The workspace could not be read."), q.lastError().text());
    return q.value(0).toLongLong();
}

Result<QList<Participant>> EventStore::listParticipants(const QUuid &eventId, const QList<QUuid> &ids,
                                                        const QList<ParticipantStatus> &statuses) const
{
    // Older SQLite builds take at most 999 bound values; a larger selection reads the whole event instead.
    constexpr qsizetype kMaxBound = 900;
    if (ids.size() + statuses.size() > kMaxBound)
        return list<Participant>(eventId);
    QStringList any;
    if (!statuses.isEmpty())
        any.append(u"status IN ("_s + QStringList(statuses.size(), u"?"_s).join(u", "_s) + u")"_s);
    if (!ids.isEmpty())
        any.append(u"id IN ("_s + QStringList(ids.size(), u"?"_s).join(u", "_s) + u")"_s);
    if (any.isEmpty())
        return QList<Participant>();
    QSqlQuery q(StoreAccess::db(*this));
    q.setForwardOnly(true);
    q.prepare(selectSql<Participant>() + u" WHERE deleted = 0 AND event_id = ? AND ("_s +
              any.join(u" OR "_s) + u") ORDER BY "_s + RecordCodec<Participant>::orderBy());
    q.addBindValue(toDb(eventId));
    for (ParticipantStatus status : statuses)
        q.addBindValue(participantStatusName(status));
    for (const QUuid &id : ids)
        q.addBindValue(toDb(id));
    if (!q.exec())
        return dbError(EventStore::tr("The workspace could not be read."), q.lastError().text());
    QList<Participant> out;
    while (q.next())
        out.append(readRecord<Participant>(q));
    return out;
}

Result<QHash<QUuid, qint64>>
EventStore::countParticipantsByTicket(const QUuid &eventId, const QList<ParticipantStatus> &statuses) const
{
    QHash<QUuid, qint64> out;
    if (statuses.isEmpty())
        return out;
    QString sql = u"SELECT ticket_type_id, count(*) FROM participants WHERE event_id = ? AND deleted = 0 "
                  "AND status IN (?"_s;
    for (qsizetype i = 1; i < statuses.size(); ++i)
        sql += u", ?"_s;
    sql += u") GROUP BY ticket_type_id"_s;
    QSqlQuery q(StoreAccess::db(*this));
    q.prepare(sql);
    q.addBindValue(toDb(eventId));
    for (ParticipantStatus status : statuses)
        q.addBindValue(participantStatusName(status));
    if (!q.exec())
        return dbError(EventStore::tr("The workspace could not be read."), q.lastError().text());
    while (q.next())
        out.insert(uuidFromDb(q.value(0)), q.value(1).toLongLong());
    return out;
}

namespace
{
QString recordLabel(const Session &r)
{
    return r.title;
}
template <typename T> QString recordLabel(const T &r)
{
    return r.name;
}

// Names the record that moved past the expected revision. Who changed it is not recorded in the schema.
template <typename T> Error conflictError(const T &current, qint64 expected)
{
    return Error{ErrorCode::Conflict,
                 EventStore::tr("The %1 \"%2\" was changed elsewhere in the meantime.")
                     .arg(recordKindDisplayName(T::kind), recordLabel(current)),
                 u"%1 %2: revision %3, expected %4"_s.arg(recordKindName(T::kind), toDb(current.meta.id))
                     .arg(current.meta.revision)
                     .arg(expected)};
}

// Writes one record's changed columns and its outbox entry; the caller owns the transaction.
// Returns false in *changed when nothing differed.
template <typename T>
Result<void> updateOne(EventStore &store, QSqlDatabase &db, const T &record, EventStore::RevisionCheck check,
                       bool *changedAny)
{
    if constexpr (std::is_same_v<T, ScheduleRelease>)
        return Error{
            ErrorCode::Validation, EventStore::tr("A published schedule release cannot be changed."), {}};
    const FieldErrors errors = record.validate();
    if (!errors.isEmpty())
        return validationError(errors);
    auto current = store.get<T>(record.meta.id);
    if (!current)
        return current.error();
    if (current.value().meta.deleted)
        return Error{ErrorCode::NotFound,
                     EventStore::tr("The %1 %2 was deleted.")
                         .arg(recordKindDisplayName(T::kind), toDb(record.meta.id)),
                     {}};
    if (check == EventStore::RevisionCheck::Strict && record.meta.revision != current.value().meta.revision)
        return conflictError(current.value(), record.meta.revision);
    ReferenceChecker refs(db);
    if (auto ok = refs.check(record); !ok)
        return ok.error();

    using Codec = RecordCodec<T>;
    const QVariantList before = rowValues(current.value());
    const QVariantList after = rowValues(record);
    QStringList changed;
    for (qsizetype i = 0; i < after.size(); ++i)
        if (before.at(i) != after.at(i))
            changed.append(Codec::columns().at(i));
    *changedAny = !changed.isEmpty();
    if (changed.isEmpty())
        return {};

    const qint64 base = current.value().meta.revision;
    const QString now = toDb(QDateTime::currentDateTimeUtc());
    QStringList sets;
    for (const QString &c : changed)
        sets.append(c + u" = ?"_s);
    QSqlQuery q(db);
    q.prepare(u"UPDATE "_s + Codec::table() + u" SET "_s + sets.join(u", "_s) +
              u", updated_utc = ?, revision = ? WHERE id = ?"_s);
    for (qsizetype i = 0; i < after.size(); ++i)
        if (changed.contains(Codec::columns().at(i)))
            q.addBindValue(after.at(i));
    q.addBindValue(now);
    q.addBindValue(base + 1);
    q.addBindValue(toDb(record.meta.id));
    QSqlQuery outbox(db);
    outbox.prepare(
        u"INSERT INTO changes (record_kind, record_id, fields, base_revision, revision, changed_utc) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(recordKindName(T::kind)), QVariant(toDb(record.meta.id)), QVariant(fieldsJson(changed)),
          QVariant(base), QVariant(base + 1), QVariant(now)})
        outbox.addBindValue(v);
    if (!q.exec() || !outbox.exec())
        return Error{ErrorCode::Database, EventStore::tr("The change could not be saved."),
                     q.lastError().text() + outbox.lastError().text()};
    if constexpr (std::is_same_v<T, Participant>) {
        if (current.value().status != record.status)
            return StoreAccess::recordStatusChange(store, record.meta.id, current.value().status,
                                                   record.status);
    }
    return {};
}

template <typename T>
Result<void> setDeletedOne(EventStore &store, QSqlDatabase &db, const QUuid &id, bool deleted,
                           std::optional<qint64> expectedRevision)
{
    auto current = store.get<T>(id);
    if (!current)
        return current.error();
    if (expectedRevision && *expectedRevision != current.value().meta.revision)
        return conflictError(current.value(), *expectedRevision);
    if (current.value().meta.deleted == deleted)
        return Error{
            ErrorCode::NotFound,
            deleted
                ? EventStore::tr("The %1 %2 is already deleted.")
                      .arg(recordKindDisplayName(T::kind), toDb(id))
                : EventStore::tr("The %1 %2 is not deleted.").arg(recordKindDisplayName(T::kind), toDb(id)),
            {}};
    const qint64 base = current.value().meta.revision;
    const QString now = toDb(QDateTime::currentDateTimeUtc());
    QSqlQuery q(db);
    q.prepare(u"UPDATE "_s + RecordCodec<T>::table() +
              u" SET deleted = ?, updated_utc = ?, revision = ? WHERE id = ?"_s);
    for (const QVariant &v :
         {QVariant(deleted ? 1 : 0), QVariant(now), QVariant(base + 1), QVariant(toDb(id))})
        q.addBindValue(v);
    QSqlQuery outbox(db);
    outbox.prepare(
        u"INSERT INTO changes (record_kind, record_id, fields, base_revision, revision, changed_utc) "
        "VALUES (?, ?, '[\"deleted\"]', ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(recordKindName(T::kind)), QVariant(toDb(id)), QVariant(base),
                              QVariant(base + 1), QVariant(now)})
        outbox.addBindValue(v);
    if (!q.exec() || !outbox.exec())
        return Error{ErrorCode::Database, EventStore::tr("The change could not be saved."),
                     q.lastError().text() + outbox.lastError().text()};
    return {};
}
} // namespace

template <typename T> Result<int> EventStore::updateMany(const QList<T> &records, RevisionCheck check)
{
    QSqlDatabase db = StoreAccess::db(*this);
    Transaction tx(db, m_txDepth);
    if (!tx.isOpen())
        return dbError(EventStore::tr("The change could not be saved."), db.lastError().text());
    QList<QUuid> ids;
    for (const T &record : records) {
        bool changed = false;
        if (auto ok = updateOne(*this, db, record, check, &changed); !ok) {
            Error e = ok.error();
            if (records.size() > 1)
                e.message = EventStore::tr("Record %1: %2").arg(ids.size() + 1).arg(e.message);
            return e;
        }
        if (changed)
            ids.append(record.meta.id);
    }
    if (ids.isEmpty())
        return 0;
    if (!tx.commit())
        return dbError(EventStore::tr("The change could not be saved."), db.lastError().text());
    notify(T::kind, ids);
    return int(ids.size());
}

template <typename T> Result<T> EventStore::update(T record, RevisionCheck check)
{
    auto r = updateMany<T>({record}, check);
    if (!r)
        return r.error();
    return get<T>(record.meta.id);
}

template <typename T>
Result<void> EventStore::setDeleted(const QList<QUuid> &ids, bool deleted,
                                    const QHash<QUuid, qint64> &expectedRevisions)
{
    QSqlDatabase db = StoreAccess::db(*this);
    Transaction tx(db, m_txDepth);
    if (!tx.isOpen())
        return dbError(EventStore::tr("The change could not be saved."), db.lastError().text());
    for (const QUuid &id : ids) {
        const auto expected = expectedRevisions.constFind(id);
        if (auto ok = setDeletedOne<T>(*this, db, id, deleted,
                                       expected == expectedRevisions.constEnd() ? std::nullopt
                                                                                : std::optional(*expected));
            !ok)
            return ok;
    }
    if (!tx.commit())
        return dbError(EventStore::tr("The change could not be saved."), db.lastError().text());
    if (!ids.isEmpty())
        notify(T::kind, ids);
    return {};
}

template <typename T> Result<void> EventStore::remove(const QUuid &id)
{
    return setDeleted<T>({id}, true);
}

template <typename T> Result<void> EventStore::restore(const QUuid &id)
{
    return setDeleted<T>({id}, false);
}

Result<QHash<QUuid, qint64>> EventStore::revisions(RecordKind kind, const QList<QUuid> &ids) const
{
    QHash<QUuid, qint64> out;
    // Qt turns each "?" into a named parameter that SQLite looks up in a list, which is quadratic in their
    // number: small chunks keep a 900-session import's plan from spending most of its time there.
    constexpr qsizetype kMaxBound = 64;
    QSqlDatabase db = StoreAccess::db(*this);
    if (ids.isEmpty())
        return out;
    // One statement, prepared once; the last chunk repeats its first id to fill the list.
    const qsizetype bound = qMin(kMaxBound, ids.size());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT id, revision FROM "_s + tableFor(kind) + u" WHERE id IN ("_s +
                   QStringList(bound, u"?"_s).join(u", "_s) + u")"_s))
        return dbError(EventStore::tr("The workspace could not be read."), q.lastError().text());
    for (qsizetype from = 0; from < ids.size(); from += bound) {
        for (qsizetype i = 0; i < bound; ++i)
            q.bindValue(int(i), toDb(ids.at(from + i < ids.size() ? from + i : from)));
        if (!q.exec())
            return dbError(EventStore::tr("The workspace could not be read."), q.lastError().text());
        while (q.next())
            out.insert(uuidFromDb(q.value(0)), q.value(1).toLongLong());
        q.finish();
    }
    return out;
}

Result<QUuid> EventStore::resolveId(RecordKind kind, const QString &idOrPrefix) const
{
    const QString needle = idOrPrefix.trimmed().toLower().remove(u'{').remove(u'}');
    if (needle.size() < 4 || needle.contains(u'%') || needle.contains(u'_'))
        return Error{ErrorCode::NotFound,
                     EventStore::tr("\"%1\" is not a %2 id (give at least 4 characters).")
                         .arg(idOrPrefix, recordKindDisplayName(kind)),
                     {}};
    QSqlQuery q(StoreAccess::db(*this));
    q.prepare(u"SELECT id FROM "_s + tableFor(kind) + u" WHERE id LIKE ? AND deleted = 0 LIMIT 2"_s);
    q.addBindValue(QString(needle + u'%'));
    if (!q.exec())
        return dbError(EventStore::tr("The workspace could not be read."), q.lastError().text());
    QList<QUuid> found;
    while (q.next())
        found.append(uuidFromDb(q.value(0)));
    if (found.isEmpty())
        return Error{
            ErrorCode::NotFound,
            EventStore::tr("There is no %1 with id %2.").arg(recordKindDisplayName(kind), idOrPrefix),
            {}};
    if (found.size() > 1)
        return Error{ErrorCode::NotFound,
                     EventStore::tr("The id prefix %1 matches more than one %2; give more characters.")
                         .arg(idOrPrefix, recordKindDisplayName(kind)),
                     {}};
    return found.first();
}

void EventStore::notify(RecordKind kind, const QList<QUuid> &ids)
{
    if (m_txDepth > 0)
        m_pendingSignals.append({kind, ids});
    else
        emit recordsChanged(kind, ids);
}

Result<void> EventStore::inTransaction(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = StoreAccess::db(*this);
    if (!db.isOpen())
        return Error{ErrorCode::Database, EventStore::tr("No workspace is open."), {}};
    const bool outer = m_txDepth == 0;
    Transaction tx(db, m_txDepth);
    if (!tx.isOpen())
        return dbError(EventStore::tr("The change could not be saved."), db.lastError().text());
    Result<void> result = work();
    if (!result) {
        if (outer)
            m_pendingSignals.clear();
        return result;
    }
    if (!tx.commit()) {
        if (outer)
            m_pendingSignals.clear();
        return dbError(EventStore::tr("The change could not be saved."), db.lastError().text());
    }
    if (outer) {
        const auto pending = std::exchange(m_pendingSignals, {});
        for (const auto &[kind, ids] : pending)
            emit recordsChanged(kind, ids);
    }
    return {};
}

#define EVENTDESK_INSTANTIATE(Type)                                                                          \
    template Result<Type> EventStore::add<Type>(Type);                                                       \
    template Result<int> EventStore::addMany<Type>(QList<Type>, const std::function<bool(int)> &,            \
                                                   CreatedTime);                                             \
    template Result<Type> EventStore::update<Type>(Type, RevisionCheck);                                     \
    template Result<int> EventStore::updateMany<Type>(const QList<Type> &, RevisionCheck);                   \
    template Result<void> EventStore::setDeleted<Type>(const QList<QUuid> &, bool,                           \
                                                       const QHash<QUuid, qint64> &);                        \
    template Result<void> EventStore::remove<Type>(const QUuid &);                                           \
    template Result<void> EventStore::restore<Type>(const QUuid &);                                          \
    template Result<Type> EventStore::get<Type>(const QUuid &) const;                                        \
    template Result<QList<Type>> EventStore::list<Type>(const QUuid &, bool) const;                          \
    template Result<qint64> EventStore::count<Type>(const QUuid &) const;

EVENTDESK_INSTANTIATE(Event)
EVENTDESK_INSTANTIATE(Room)
EVENTDESK_INSTANTIATE(Track)
EVENTDESK_INSTANTIATE(Session)
EVENTDESK_INSTANTIATE(Speaker)
EVENTDESK_INSTANTIATE(Participant)
EVENTDESK_INSTANTIATE(TicketType)
EVENTDESK_INSTANTIATE(ScheduleRelease)
#undef EVENTDESK_INSTANTIATE

} // namespace EventDesk
