#pragma once

#include "change.h"
#include "model/event.h"
#include "model/participant.h"
#include "model/room.h"
#include "model/schedulerelease.h"
#include "model/session.h"
#include "model/speaker.h"
#include "model/tickettype.h"
#include "model/track.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

namespace EventDesk
{

// Opens the workspace database and writes and reads its records, in transactions. No SQL lives outside
// core/storage.
// Not thread-safe: one thread owns a store (the StorageWorker's thread in the GUI).
class EventStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int kLatestSchemaVersion = 8;

    explicit EventStore(QObject *parent = nullptr);
    ~EventStore() override;

    // Opens (creating if missing) and migrates to targetVersion. Migrating is all or nothing: when it
    // fails, the file is left byte for byte as it was.
    Result<void> open(const QString &path, int targetVersion = kLatestSchemaVersion);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    QString workspaceId() const;

    // Generic record operations; T is one of the model records.
    template <typename T> Result<T> add(T record);
    // Writes all records in one transaction: all or nothing. progress(done) is called every 1000 rows;
    // returning false from it cancels and rolls back. AsGiven keeps a valid meta.createdUtc (an imported
    // registration time) instead of stamping the time of writing.
    enum class CreatedTime { Now, AsGiven };
    template <typename T>
    Result<int> addMany(QList<T> records, const std::function<bool(int)> &progress = {},
                        CreatedTime created = CreatedTime::Now);
    // Strict: a record whose meta.revision differs from the stored one fails the whole write with
    // ErrorCode::Conflict, naming the record.
    enum class RevisionCheck { Strict, Ignore };
    template <typename T> Result<T> update(T record, RevisionCheck check = RevisionCheck::Strict);
    // Updates all records in one transaction, all or nothing; returns how many actually changed.
    template <typename T>
    Result<int> updateMany(const QList<T> &records, RevisionCheck check = RevisionCheck::Strict);
    // Tombstones (deleted = true) or restores records in one transaction, all or nothing. With expected
    // revisions (by id), a record whose revision differs fails the whole call with ErrorCode::Conflict.
    template <typename T>
    Result<void> setDeleted(const QList<QUuid> &ids, bool deleted,
                            const QHash<QUuid, qint64> &expectedRevisions = {});
    template <typename T> Result<void> remove(const QUuid &id);  // tombstone
    template <typename T> Result<void> restore(const QUuid &id); // undo a tombstone
    template <typename T> Result<T> get(const QUuid &id) const;  // tombstoned records too
    template <typename T> Result<QList<T>> list(const QUuid &eventId = {}, bool includeDeleted = false) const;
    template <typename T> Result<qint64> count(const QUuid &eventId = {}) const;
    // The current revision of each of these records (tombstoned ones too; missing ones are left out).
    Result<QHash<QUuid, qint64>> revisions(RecordKind kind, const QList<QUuid> &ids) const;
    // The event's live participants whose id is in ids or whose status is in statuses, in registration order.
    Result<QList<Participant>> listParticipants(const QUuid &eventId, const QList<QUuid> &ids,
                                                const QList<ParticipantStatus> &statuses) const;
    // The event's live participants with one of these statuses, counted per ticket type (a null key: no
    // ticket type). Cheaper than listing them when only the numbers matter.
    Result<QHash<QUuid, qint64>> countParticipantsByTicket(const QUuid &eventId,
                                                           const QList<ParticipantStatus> &statuses) const;

    // Resolves a full id or a unique prefix of a live record.
    Result<QUuid> resolveId(RecordKind kind, const QString &idOrPrefix) const;

    // Runs work in one transaction: the writes it makes through this store join it, and all of them are
    // rolled back unless work succeeds. Signals of the inner writes are sent when the whole commits.
    Result<void> inTransaction(const std::function<Result<void>()> &work);

    // Who is recorded in a participant's status history and as a participant's creator (default: the
    // operating system user).
    void setActor(const QString &actor) { m_actor = actor.isNull() ? QString::fromUtf16(u"") : actor; }
    QString actor() const { return m_actor; }

    // Status history, custom questions, message templates and the outbox are in StatusHistory,
    // CustomQuestionStore, MessageTemplateStore and Outbox, which share this store's connection and
    // transaction.

signals:
    // Emitted after each successful commit.
    void recordsChanged(EventDesk::RecordKind kind, const QList<QUuid> &ids);

private:
    friend class StoreAccess;
    Result<void> openChecked(const QString &path, int targetVersion);
    Error dbError(const QString &message, const QString &detail) const;

    void notify(RecordKind kind, const QList<QUuid> &ids);

    QString m_connectionName;
    QString m_path;
    QString m_actor;
    int m_txDepth = 0;
    int m_openVersion = 0; // the schema version the file was opened at (older only in tests)
    QList<std::pair<RecordKind, QList<QUuid>>> m_pendingSignals;
};

} // namespace EventDesk

Q_DECLARE_METATYPE(EventDesk::RecordKind)
