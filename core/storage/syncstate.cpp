#include "syncstate.h"

#include "eventstore.h"
#include "jsoncolumns.h"
#include "outbox.h"
#include "recordcodec.h"
#include "sqlitestatement.h"
#include "storeaccess.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>
#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace EventDesk
{

using namespace Storage;

namespace
{

// Record kinds in an order where every record comes after the ones it refers to.
const RecordKind kReferenceOrder[] = {
    RecordKind::Event,      RecordKind::Room,    RecordKind::Track,       RecordKind::Speaker,
    RecordKind::TicketType, RecordKind::Session, RecordKind::Participant, RecordKind::ScheduleRelease};

std::optional<RecordKind> kindFromName(const QString &name)
{
    for (RecordKind k : kReferenceOrder)
        if (recordKindName(k) == name)
            return k;
    return std::nullopt;
}

// Columns that never travel as edits: the local revision, and updated_utc (it travels beside the columns).
bool travels(const QString &column)
{
    return column != u"revision"_s && column != u"updated_utc"_s && column != u"id"_s;
}

QString jsonText(const QJsonValue &v)
{
    QJsonArray wrap{v};
    const QByteArray text = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QJsonValue jsonFromText(const QString &text)
{
    const QJsonArray wrap = QJsonDocument::fromJson((u'[' + text + u']').toUtf8()).array();
    return wrap.isEmpty() ? QJsonValue() : wrap.first();
}

// Record ids as one JSON array, for json_each(?): one bound value however many ids (ids need no escaping).
QString idArray(const QStringList &ids)
{
    return ids.isEmpty() ? u"[]"_s : u"[\""_s + ids.join(u"\",\""_s) + u"\"]"_s;
}

// The local revision of each of these records that exists here, by id.
bool presentRevisions(QSqlDatabase db, RecordKind kind, const QStringList &ids, QHash<QString, qint64> &out,
                      QString *error)
{
    QSqlQuery e(db);
    e.setForwardOnly(true);
    e.prepare(u"SELECT t.id, t.revision FROM json_each(?) j JOIN "_s + tableFor(kind) +
              u" t ON t.id = j.value"_s);
    e.addBindValue(idArray(ids));
    if (!e.exec()) {
        *error = e.lastError().text();
        return false;
    }
    while (e.next())
        out.insert(e.value(0).toString(), e.value(1).toLongLong());
    return true;
}

} // namespace

QJsonObject IncomingChange::data() const
{
    QJsonObject all = QJsonDocument::fromJson(columns).object();
    all.insert(u"updated_utc"_s, updatedUtc);
    return all;
}

QJsonObject OutgoingChange::fieldObject() const
{
    return QJsonDocument::fromJson(fields).object();
}

bool SyncState::isSyncTable(const QString &table)
{
    return table == u"sync_meta"_s || table == u"sync_records"_s || table == u"sync_conflicts"_s;
}

Result<void> SyncState::ensureTables()
{
    QSqlQuery q(StoreAccess::db(m_store));
    for (const QString &sql :
         {u"CREATE TABLE IF NOT EXISTS sync_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
          u"CREATE TABLE IF NOT EXISTS sync_records (record_kind TEXT NOT NULL, record_id TEXT NOT NULL, "
          "server_revision INTEGER NOT NULL, PRIMARY KEY (record_kind, record_id)) WITHOUT ROWID"_s,
          u"CREATE TABLE IF NOT EXISTS sync_conflicts (id TEXT PRIMARY KEY NOT NULL, record_kind TEXT NOT "
          u"NULL, "
          "record_id TEXT NOT NULL, field TEXT NOT NULL, kept TEXT, kept_by TEXT NOT NULL, kept_utc TEXT, "
          "proposed TEXT, proposed_by TEXT NOT NULL, proposed_client TEXT NOT NULL, proposed_utc TEXT, "
          "resolved_locally INTEGER NOT NULL DEFAULT 0)"_s})
        if (!q.exec(sql))
            return StoreAccess::dbError(m_store,
                                        EventStore::tr("The workspace could not be prepared for sync."),
                                        q.lastError().text());
    return {};
}

Result<QString> SyncState::value(const QString &key) const
{
    auto stored = find(key);
    if (!stored)
        return stored.error();
    return stored.value().value_or(QString());
}

Result<std::optional<QString>> SyncState::find(const QString &key) const
{
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"SELECT value FROM sync_meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<void> SyncState::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"INSERT INTO sync_meta (key, value) VALUES (?, ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? u""_s : value); // a null QString binds as NULL
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                    q.lastError().text());
    return {};
}

Result<void> SyncState::renumberPending(qint64 above)
{
    return m_store.inTransaction([&]() -> Result<void> {
        QSqlQuery q(StoreAccess::db(m_store));
        // Every new number is above every old one, so no two rows meet on the way.
        q.prepare(u"UPDATE changes SET seq = seq + ? WHERE pushed = 0"_s);
        q.addBindValue(above);
        if (!q.exec())
            return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                        q.lastError().text());
        q.prepare(
            u"UPDATE sqlite_sequence SET seq = (SELECT max(seq) FROM changes) WHERE name = 'changes'"_s);
        if (!q.exec())
            return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                        q.lastError().text());
        return {};
    });
}

Result<qint64> SyncState::lastMutation() const
{
    QSqlQuery q(StoreAccess::db(m_store));
    if (!q.exec(u"SELECT coalesce(max(seq), 0) FROM changes"_s) || !q.next())
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    return q.value(0).toLongLong();
}

Result<QUuid> SyncState::clientId()
{
    auto stored = value(u"client_id"_s);
    if (!stored)
        return stored.error();
    if (!stored.value().isEmpty())
        return QUuid::fromString(stored.value());
    const QUuid id = QUuid::createUuid();
    if (auto ok = setValue(u"client_id"_s, toDb(id)); !ok)
        return ok.error();
    return id;
}

Result<QUuid> SyncState::renewClientId()
{
    const QUuid id = QUuid::createUuid();
    auto at = cursor();
    if (!at)
        return at.error();
    auto ok = m_store.inTransaction([&]() -> Result<void> {
        for (const auto &[key, value] :
             {std::pair{u"client_id"_s, toDb(id)}, std::pair{u"lineage"_s, QString()},
              std::pair{u"lineage_next"_s, QString()},
              std::pair{u"base_floor"_s, QString::number(at.value().seq)}})
            if (auto set = setValue(key, value); !set)
                return set;
        return {};
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<SyncLineage> SyncState::lineage()
{
    auto was = value(u"lineage"_s);
    if (!was)
        return was.error();
    auto next = value(u"lineage_next"_s);
    if (!next)
        return next.error();
    SyncLineage l{QUuid::fromString(was.value()), QUuid::fromString(next.value())};
    l.kept = !l.next.isNull();
    if (!l.kept) {
        l.next = QUuid::createUuid();
        if (auto ok = setValue(u"lineage_next"_s, toDb(l.next)); !ok)
            return ok.error();
    }
    return l;
}

Result<void> SyncState::claimed(const QUuid &next)
{
    return m_store.inTransaction([&]() -> Result<void> {
        if (auto ok = setValue(u"lineage"_s, toDb(next)); !ok)
            return ok;
        return setValue(u"lineage_next"_s, QString());
    });
}

Result<SyncCursor> SyncState::cursor() const
{
    auto txid = value(u"cursor_txid"_s);
    auto seq = value(u"cursor_seq"_s);
    if (!txid)
        return txid.error();
    if (!seq)
        return seq.error();
    SyncCursor c;
    if (!txid.value().isEmpty())
        c.txid = txid.value();
    c.seq = seq.value().toLongLong();
    return c;
}

Result<QList<OutgoingChange>> SyncState::outgoing(int limit, const Filled &filled) const
{
    auto pending = Outbox(m_store).pending(limit);
    if (!pending)
        return pending.error();
    QSqlDatabase db = StoreAccess::db(m_store);
    auto failed = [&](const QSqlQuery &q) {
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    };
    // A copy of a workspace that took a new client id has seen every change up to its cursor at that time,
    // its own ones included, whose revisions it does not keep (the server knew them as its own): the base of
    // an edit is at least that (base_floor), so that the server does not take the copy's own earlier changes
    // for somebody else's. Not for a record still to be created here.
    auto floorText = value(u"base_floor"_s);
    if (!floorText)
        return floorText.error();
    const qint64 floor = floorText.value().toLongLong();
    QSet<QUuid> createdHere;
    if (floor > 0)
        for (const Change &c : pending.value())
            if (c.baseRevision == 0)
                createdHere.insert(c.recordId);
    QList<OutgoingChange> out;
    out.reserve(pending.value().size());
    // The columns that travel, per kind, in the table's order.
    QHash<RecordKind, QStringList> travelling;
    // The entries by kind and the columns they send (all of them for a new record): each group is read with
    // one statement, its records' columns as one JSON object each made by SQLite (json_object: text as
    // strings, numbers as numbers, null as null), with the server revision.
    std::map<std::pair<RecordKind, QStringList>, QList<qsizetype>> groups;
    // Entries written together (a batch of creations or edits) fall in the group of the one before.
    const Change *previous = nullptr;
    QList<qsizetype> *previousGroup = nullptr;
    for (const Change &c : pending.value()) {
        OutgoingChange o;
        o.mutationId = c.sequence;
        o.kind = c.kind;
        o.recordId = c.recordId;
        o.fields = "{}";
        if (previous && previous->kind == c.kind && (previous->baseRevision != 0) == (c.baseRevision != 0) &&
            previous->fields == c.fields) {
            previousGroup->append(out.size());
            out.append(std::move(o));
            previous = &c;
            continue;
        }
        if (!travelling.contains(c.kind)) {
            QSqlQuery info(db);
            if (!info.exec(u"PRAGMA table_info("_s + tableFor(c.kind) + u")"_s))
                return failed(info);
            QStringList names;
            while (info.next())
                if (travels(info.value(1).toString()))
                    names.append(info.value(1).toString());
            travelling.insert(c.kind, names);
        }
        QStringList sent = travelling.value(c.kind);
        if (c.baseRevision != 0 && !c.fields.contains(u"*"_s))
            sent.removeIf([&c](const QString &column) { return !c.fields.contains(column); });
        previousGroup = &groups[{c.kind, sent}];
        previousGroup->append(out.size());
        out.append(std::move(o));
        previous = &c;
    }
    for (const auto &[key, positions] : groups) {
        QStringList pairs;
        for (const QString &column : key.second)
            pairs.append(u"'"_s + column + u"', t."_s + column);
        // Read through SQLite's handle: a first push reads every record (100,000 JSON objects).
        SqliteStatement q(
            db,
            u"SELECT j.key, s.server_revision, t.updated_utc, json_object("_s + pairs.join(u", "_s) +
                u") FROM json_each(?) j JOIN "_s + tableFor(key.first) +
                u" t ON t.id = j.value LEFT JOIN sync_records s ON s.record_kind = ? AND s.record_id = t.id"_s);
        for (qsizetype from = 0; from < positions.size(); from += kFilledChunk) {
            const QList<qsizetype> chunk = positions.mid(from, kFilledChunk);
            QStringList ids;
            ids.reserve(chunk.size());
            for (const qsizetype at : chunk)
                ids.append(toDb(out.at(at).recordId));
            q.bind(0, idArray(ids));
            q.bind(1, recordKindName(key.first));
            while (q.next()) {
                OutgoingChange &o = out[chunk.at(q.int64(0))];
                o.base = q.int64(1);
                if (o.base < floor && !createdHere.contains(o.recordId))
                    o.base = floor;
                o.updatedUtc = q.text(2);
                o.fields = q.utf8(3);
            }
            if (!q.lastError().isEmpty())
                return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                            q.lastError());
            if (filled)
                if (auto ok = filled(out, chunk); !ok)
                    return ok.error();
        }
    }
    return out;
}

Result<qint64> SyncState::pendingCount() const
{
    QSqlQuery q(StoreAccess::db(m_store));
    if (!q.exec(u"SELECT count(*) FROM changes WHERE pushed = 0"_s) || !q.next())
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    return q.value(0).toLongLong();
}

Result<bool> SyncState::pendingAfter(qint64 mutationId) const
{
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"SELECT EXISTS (SELECT 1 FROM changes WHERE pushed = 0 AND seq > ?)"_s);
    q.addBindValue(mutationId);
    if (!q.exec() || !q.next())
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    return q.value(0).toBool();
}

Result<void> SyncState::markPushed(const QList<qint64> &mutationIds)
{
    return m_store.inTransaction([&]() -> Result<void> {
        // One statement for the batch: the ids as one JSON array.
        QStringList ids;
        ids.reserve(mutationIds.size());
        for (qint64 id : mutationIds)
            ids.append(QString::number(id));
        QSqlQuery q(StoreAccess::db(m_store));
        q.prepare(u"UPDATE changes SET pushed = 1 WHERE seq IN (SELECT value FROM json_each(?))"_s);
        q.addBindValue(QString(u'[' + ids.join(u',') + u']'));
        if (!q.exec())
            return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                        q.lastError().text());
        return {};
    });
}

Result<void> SyncState::apply(const NextPart &nextPart, const SyncCursor &end)
{
    QSqlDatabase db = StoreAccess::db(m_store);
    return m_store.inTransaction([&]() -> Result<void> {
        auto fail = [&](const QSqlQuery &q) {
            return StoreAccess::dbError(m_store,
                                        EventStore::tr("The changes from the server could not be saved."),
                                        q.lastError().text());
        };
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA defer_foreign_keys = ON"_s))
            return fail(q);
        // Columns with unpushed local edits, per record ("*": a new record not pushed yet).
        QHash<QUuid, QSet<QString>> pendingFields;
        if (!q.exec(u"SELECT record_id, record_ids, fields, base_revision FROM changes WHERE pushed = 0"_s))
            return fail(q);
        while (q.next()) {
            QSet<QString> fields;
            if (q.value(3).toLongLong() == 0) {
                fields.insert(u"*"_s);
            } else {
                for (const QJsonValue &f : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
                    fields.insert(f.toString());
            }
            const QString many = q.value(1).toString();
            if (many.isEmpty())
                pendingFields[QUuid::fromString(q.value(0).toString())].unite(fields);
            else
                for (const QString &id : many.split(u','))
                    pendingFields[QUuid::fromString(id)].unite(fields);
        }
        QHash<RecordKind, QSet<QString>> columns;
        QHash<RecordKind, QList<QUuid>> touched;
        // Per kind, the statement that reads the local revision and columns (as JSON) of a part's records.
        std::map<RecordKind, std::unique_ptr<SqliteStatement>> reads;
        // The local revision and columns (as JSON) of each record of the part that exists here, per kind: a
        // column that already has the server's value is not written again (an index on it would be rewritten
        // for nothing). By id as a QUuid: a page is thousands of records, and a QUuid hashes its 16 bytes.
        QHash<QUuid, qint64> present;
        QHash<QUuid, QByteArray> localColumns;
        auto readPresent = [&](const QList<IncomingChange> &changes) -> Result<void> {
            present.clear();
            localColumns.clear();
            present.reserve(changes.size());
            QHash<RecordKind, QStringList> idsByKind;
            for (const IncomingChange &c : changes)
                if (!c.own)
                    idsByKind[c.kind].append(toDb(c.recordId));
            for (auto it = idsByKind.cbegin(); it != idsByKind.cend(); ++it) {
                auto &e = reads[it.key()];
                if (!e) {
                    QSet<QString> names;
                    if (!q.exec(u"PRAGMA table_info("_s + tableFor(it.key()) + u")"_s))
                        return fail(q);
                    QStringList pairs;
                    while (q.next()) {
                        names.insert(q.value(1).toString());
                        pairs.append(u"'"_s + q.value(1).toString() + u"', t."_s + q.value(1).toString());
                    }
                    columns.insert(it.key(), names);
                    e = std::make_unique<SqliteStatement>(
                        db, u"SELECT t.id, t.revision, json_object("_s + pairs.join(u", "_s) +
                                u") FROM json_each(?) j JOIN "_s + tableFor(it.key()) +
                                u" t ON t.id = j.value"_s);
                }
                e->bind(0, idArray(it.value()));
                while (e->next()) {
                    const QUuid id = QUuid::fromString(QLatin1StringView(e->utf8(0)));
                    present.insert(id, e->int64(1));
                    localColumns.insert(id, e->utf8(2));
                }
                if (!e->lastError().isEmpty())
                    return StoreAccess::dbError(
                        m_store, EventStore::tr("The changes from the server could not be saved."),
                        e->lastError());
            }
            return {};
        };
        // The server revision of each record written, per kind, as one JSON object ({"id": revision, …})
        // written by one statement at the end of the page: a first sync records 100,000 of them.
        QHash<RecordKind, QByteArray> revisions;
        auto remember = [&](const IncomingChange &c, std::string_view id) {
            QByteArray &all = revisions[c.kind];
            if (all.isEmpty())
                all.reserve(10000 * 50);
            all.append(all.isEmpty() ? "{\"" : ",\"").append(id.data(), qsizetype(id.size())).append("\":");
            all.append(QByteArray::number(c.cursor.seq));
        };
        auto rememberAll = [&]() -> Result<void> {
            SqliteStatement write(db, u"INSERT INTO sync_records (record_kind, record_id, server_revision) "
                                      "SELECT ?, j.key, j.value FROM json_each(?) j WHERE true "
                                      "ON CONFLICT (record_kind, record_id) DO UPDATE SET server_revision = "
                                      "excluded.server_revision"_s);
            for (auto it = revisions.begin(); it != revisions.end(); ++it) {
                it->append('}');
                write.bind(0, recordKindName(it.key()));
                write.bindUtf8(1, std::string_view(it->constData(), size_t(it->size())));
                if (!write.exec())
                    return StoreAccess::dbError(
                        m_store, EventStore::tr("The changes from the server could not be saved."),
                        write.lastError());
            }
            return {};
        };
        // By their text: most rows of a page share a few shapes.
        std::map<QString, std::unique_ptr<SqliteStatement>> statements;
        auto statement = [&](const QString &sql) -> SqliteStatement & {
            auto &made = statements[sql];
            if (!made)
                made = std::make_unique<SqliteStatement>(db, sql);
            return *made;
        };
        SqliteStatement *lastUpdate = nullptr;
        QStringList lastUpdateNames;
        QString lastUpdateTable;
        auto failed = [&](const SqliteStatement &q) {
            return StoreAccess::dbError(
                m_store, EventStore::tr("The changes from the server could not be saved."), q.lastError());
        };
        JsonColumns reader;
        JsonColumns here; // the local columns of a record, to compare
        // By kind and the JSON's names in order (most records of a kind have the same, so the last one is
        // tried first): the insert, and which of the JSON's values it takes.
        struct Insert {
            std::unique_ptr<SqliteStatement> write;
            QList<qsizetype> kept;
        };
        std::map<std::pair<RecordKind, std::string>, Insert> inserts;
        std::pair<RecordKind, std::string> shape;
        Insert *lastInsert = nullptr;
        std::pair<RecordKind, std::string> lastShape;
        while (true) {
            auto part = nextPart();
            if (!part)
                return part.error();
            if (!part.value())
                break;
            const QList<IncomingChange> &changes = *part.value();
            if (auto ok = readPresent(changes); !ok)
                return ok;
            // Records new here with no local edit waiting (a first sync is all of them) are read with
            // simdjson and inserted with the columns their JSON has, as the loop below does with
            // QJsonDocument.
            std::vector<bool> fresh(changes.size(), false);
            for (qsizetype i = 0; i < changes.size(); ++i) {
                const IncomingChange &c = changes.at(i);
                if (c.own || present.contains(c.recordId) || pendingFields.contains(c.recordId) ||
                    !reader.read(c.columns))
                    continue;
                shape.first = c.kind;
                shape.second.clear();
                for (qsizetype k = 0; k < reader.size(); ++k)
                    shape.second.append(reader.name(k)).push_back(',');
                if (!lastInsert || shape != lastShape) {
                    lastShape = shape;
                    lastInsert = &inserts[shape];
                }
                Insert &insert = *lastInsert;
                if (!insert.write) {
                    const QSet<QString> &known = columns[c.kind];
                    QString sql = u"INSERT INTO "_s + tableFor(c.kind) + u" (id, revision, updated_utc"_s;
                    for (qsizetype k = 0; k < reader.size(); ++k) {
                        const QString name =
                            QString::fromUtf8(reader.name(k).data(), qsizetype(reader.name(k).size()));
                        if (!known.contains(name) || !travels(name))
                            continue;
                        sql += u", "_s + name;
                        insert.kept.append(k);
                    }
                    sql += u") VALUES (?, 1, ?"_s + QString(u", ?"_s).repeated(insert.kept.size()) + u")"_s;
                    insert.write = std::make_unique<SqliteStatement>(db, sql);
                }
                SqliteStatement &write = *insert.write;
                const QByteArray id = c.recordId.toByteArray(QUuid::WithoutBraces);
                const std::string_view idView(id.constData(), size_t(id.size()));
                write.bindUtf8(0, idView);
                write.bind(1, c.updatedUtc);
                int at = 2;
                for (const qsizetype k : insert.kept) {
                    const JsonColumns::Value &v = reader.value(k);
                    if (v.type == JsonColumns::Value::Type::Text)
                        write.bindUtf8(at++, v.text);
                    else
                        write.bind(at++, v.toVariant());
                }
                if (!write.exec())
                    return failed(write);
                remember(c, idView);
                fresh[i] = true;
                present.insert(c.recordId, 1); // the same record again (it is not) would be an edit of it
                touched[c.kind].append(c.recordId);
            }
            for (qsizetype i = 0; i < changes.size(); ++i) {
                const IncomingChange &c = changes.at(i);
                if (c.own)
                    continue; // this client's own clean change: it has the columns and the stamp
                if (fresh[i])
                    continue; // written above
                const QString id = toDb(c.recordId);
                const QString table = tableFor(c.kind);
                const QSet<QString> &known = columns[c.kind];
                const QSet<QString> pending = pendingFields.value(c.recordId);
                if (pending.contains(u"*"_s))
                    continue; // created here too (after a rejoin): ours is pushed next
                const auto local = present.constFind(c.recordId);
                QStringList names;
                QVariantList values;
                auto wanted = [&](const QString &column) {
                    return known.contains(column) && column != u"id"_s && column != u"revision"_s &&
                           !pending.contains(column);
                };
                // The server's columns and the local ones read with simdjson, or else with QJsonDocument.
                const QByteArray localJson = localColumns.value(c.recordId);
                if (reader.read(c.columns) && (local == present.cend() || here.read(localJson))) {
                    // Both objects name their columns in the table's order, mostly: the search goes on from
                    // the last match.
                    qsizetype from = 0;
                    auto differs = [&](std::string_view column, const JsonColumns::Value &v) {
                        if (local == present.cend())
                            return true;
                        const qsizetype n = here.size();
                        for (qsizetype i = 0; i < n; ++i) {
                            const qsizetype k = (from + i) % n;
                            if (here.name(k) == column) {
                                from = k + 1;
                                return !(here.value(k) == v);
                            }
                        }
                        return true;
                    };
                    for (qsizetype k = 0; k < reader.size(); ++k) {
                        // Only a column whose value differs is named in Qt's terms.
                        if (reader.name(k) == "updated_utc" || !differs(reader.name(k), reader.value(k)))
                            continue;
                        const QString name =
                            QString::fromUtf8(reader.name(k).data(), qsizetype(reader.name(k).size()));
                        if (!wanted(name))
                            continue;
                        names.append(name);
                        values.append(reader.value(k).toVariant());
                    }
                    const QByteArray stamp = c.updatedUtc.toUtf8();
                    JsonColumns::Value updated;
                    updated.type = JsonColumns::Value::Type::Text;
                    updated.text = std::string_view(stamp.constData(), size_t(stamp.size()));
                    if (wanted(u"updated_utc"_s) && differs("updated_utc", updated)) {
                        names.append(u"updated_utc"_s);
                        values.append(c.updatedUtc);
                    }
                } else {
                    const QJsonObject hereJson =
                        local != present.cend() ? QJsonDocument::fromJson(localJson).object() : QJsonObject();
                    const QJsonObject data = c.data();
                    for (auto it = data.begin(); it != data.end(); ++it) {
                        if (!wanted(it.key()))
                            continue;
                        if (local != present.cend() && hereJson.value(it.key()) == it.value())
                            continue; // already the server's value
                        names.append(it.key());
                        values.append(columnFromJson(it.value()));
                    }
                }
                qint64 newRevision = 1;
                if (local != present.cend() && names.isEmpty()) {
                    newRevision = *local; // nothing new here
                } else if (local != present.cend()) {
                    // Most records of a page change the same columns: the statement of the last one first.
                    if (!lastUpdate || names != lastUpdateNames || table != lastUpdateTable) {
                        QStringList sets;
                        for (const QString &n : names)
                            sets.append(n + u" = ?"_s);
                        sets.append(u"revision = ?"_s);
                        lastUpdate = &statement(u"UPDATE "_s + table + u" SET "_s + sets.join(u", "_s) +
                                                u" WHERE id = ?"_s);
                        lastUpdateNames = names;
                        lastUpdateTable = table;
                    }
                    SqliteStatement &write = *lastUpdate;
                    int at = 0;
                    for (const QVariant &v : values)
                        write.bind(at++, v);
                    newRevision = *local + 1;
                    write.bind(at++, QVariant(newRevision));
                    write.bind(at++, id);
                    if (!write.exec())
                        return failed(write);
                } else {
                    names.append(u"id"_s);
                    values.append(id);
                    names.append(u"revision"_s);
                    values.append(newRevision);
                    SqliteStatement &write =
                        statement(u"INSERT INTO "_s + table + u" ("_s + names.join(u", "_s) +
                                  u") VALUES ("_s + QStringList(names.size(), u"?"_s).join(u", "_s) + u")"_s);
                    int at = 0;
                    for (const QVariant &v : values)
                        write.bind(at++, v);
                    if (!write.exec())
                        return failed(write);
                }
                present.insert(c.recordId, newRevision);
                if (pending.isEmpty())
                    remember(c, id.toStdString());
                touched[c.kind].append(c.recordId);
            }
        }
        if (auto ok = rememberAll(); !ok)
            return ok;
        if (auto ok = setValue(u"cursor_txid"_s, end.txid); !ok)
            return ok;
        if (auto ok = setValue(u"cursor_seq"_s, QString::number(end.seq)); !ok)
            return ok;
        for (auto it = touched.begin(); it != touched.end(); ++it)
            StoreAccess::notify(m_store, it.key(), it.value());
        return {};
    });
}

Result<QList<QUuid>> SyncState::absentOwn(const QList<IncomingChange> &changes) const
{
    QHash<RecordKind, QStringList> idsByKind;
    for (const IncomingChange &c : changes)
        if (c.own)
            idsByKind[c.kind].append(toDb(c.recordId));
    QHash<QString, qint64> present;
    for (auto it = idsByKind.cbegin(); it != idsByKind.cend(); ++it) {
        QString error;
        if (!presentRevisions(StoreAccess::db(m_store), it.key(), it.value(), present, &error))
            return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."), error);
    }
    QList<QUuid> absent;
    for (const IncomingChange &c : changes)
        if (c.own && !present.contains(toDb(c.recordId)))
            absent.append(c.recordId);
    return absent;
}

Result<QList<SyncConflict>> SyncState::conflicts() const
{
    QSqlQuery q(StoreAccess::db(m_store));
    if (!q.exec(
            u"SELECT id, record_kind, record_id, field, kept, kept_by, kept_utc, proposed, proposed_by, "
            "proposed_client, proposed_utc, resolved_locally FROM sync_conflicts ORDER BY proposed_utc, id"_s))
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    QList<SyncConflict> out;
    while (q.next()) {
        SyncConflict c;
        c.id = uuidFromDb(q.value(0));
        c.kind = kindFromName(q.value(1).toString()).value_or(RecordKind::Event);
        c.recordId = uuidFromDb(q.value(2));
        c.field = q.value(3).toString();
        c.kept = jsonFromText(q.value(4).toString());
        c.keptBy = q.value(5).toString();
        c.keptUtc = dateTimeFromDb(q.value(6));
        c.proposed = jsonFromText(q.value(7).toString());
        c.proposedBy = q.value(8).toString();
        c.proposedClient = uuidFromDb(q.value(9));
        c.proposedUtc = dateTimeFromDb(q.value(10));
        c.resolvedLocally = q.value(11).toInt() != 0;
        out.append(c);
    }
    return out;
}

Result<void> SyncState::replaceConflicts(const QList<SyncConflict> &open)
{
    return m_store.inTransaction([&]() -> Result<void> {
        QSqlDatabase db = StoreAccess::db(m_store);
        QSet<QString> resolvedHere;
        QSqlQuery q(db);
        if (!q.exec(u"SELECT id FROM sync_conflicts WHERE resolved_locally = 1"_s))
            return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                        q.lastError().text());
        while (q.next())
            resolvedHere.insert(q.value(0).toString());
        if (!q.exec(u"DELETE FROM sync_conflicts"_s))
            return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                        q.lastError().text());
        q.prepare(u"INSERT INTO sync_conflicts (id, record_kind, record_id, field, kept, kept_by, kept_utc, "
                  u"proposed, "
                  "proposed_by, proposed_client, proposed_utc, resolved_locally) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const SyncConflict &c : open) {
            for (const QVariant &v :
                 {QVariant(toDb(c.id)), QVariant(recordKindName(c.kind)), QVariant(toDb(c.recordId)),
                  QVariant(c.field), QVariant(jsonText(c.kept)), QVariant(c.keptBy),
                  QVariant(toDb(c.keptUtc)), QVariant(jsonText(c.proposed)), QVariant(c.proposedBy),
                  QVariant(toDb(c.proposedClient)), QVariant(toDb(c.proposedUtc)),
                  QVariant(resolvedHere.contains(toDb(c.id)) ? 1 : 0)})
                q.addBindValue(v);
            if (!q.exec())
                return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                            q.lastError().text());
        }
        return {};
    });
}

Result<void> SyncState::setResolvedLocally(const QUuid &conflictId, bool resolved)
{
    QSqlQuery q(StoreAccess::db(m_store));
    q.prepare(u"UPDATE sync_conflicts SET resolved_locally = ? WHERE id = ?"_s);
    q.addBindValue(resolved ? 1 : 0);
    q.addBindValue(toDb(conflictId));
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                    q.lastError().text());
    if (q.numRowsAffected() == 0)
        return Error{
            ErrorCode::NotFound, EventStore::tr("There is no open conflict %1.").arg(toDb(conflictId)), {}};
    return {};
}

Result<void> SyncState::rejoin()
{
    return m_store.inTransaction([&]() -> Result<void> {
        QSqlQuery q(StoreAccess::db(m_store));
        const QString now = toDb(QDateTime::currentDateTimeUtc());
        QStringList sql{
            u"DELETE FROM sync_records"_s, u"DELETE FROM sync_conflicts"_s,
            u"DELETE FROM sync_meta WHERE key IN ('cursor_txid', 'cursor_seq', 'server_id', 'team', 'base_floor')"_s,
            u"UPDATE changes SET pushed = 1 WHERE pushed = 0"_s};
        for (RecordKind k : kReferenceOrder)
            sql.append(
                u"INSERT INTO changes (record_kind, record_id, fields, base_revision, revision, changed_utc) "
                "SELECT '"_s +
                recordKindName(k) + u"', id, '[\"*\"]', 0, revision, '"_s + now + u"' FROM "_s + tableFor(k) +
                u" ORDER BY created_utc, id"_s);
        for (const QString &s : sql)
            if (!q.exec(s))
                return StoreAccess::dbError(m_store, EventStore::tr("The change could not be saved."),
                                            q.lastError().text());
        return {};
    });
}

} // namespace EventDesk
