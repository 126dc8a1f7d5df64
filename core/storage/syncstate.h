#pragma once

#include "model/record.h"
#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QUuid>

#include <functional>
#include <optional>

namespace EventDesk
{

class EventStore;

// Where pull stopped: the server's (transaction id, change number) of the last change applied.
struct SyncCursor {
    QString txid = QStringLiteral("0");
    qint64 seq = 0;
};

// One outbox entry on its way to the server: the changed columns with their current values.
struct OutgoingChange {
    qint64 mutationId = 0; // the outbox entry's sequence number
    RecordKind kind = RecordKind::Event;
    QUuid recordId;
    qint64 base = 0;    // the server revision this client last saw of the record (0: none)
    QByteArray fields;  // the changed columns and their values, as a compact JSON object
    QString updatedUtc; // the record's local updated_utc: the server keeps it for a clean change

    QJsonObject fieldObject() const;
};

// One change from the server: the record's whole state after it (its columns and updated_utc), or nothing
// when the change is this client's own and merged nothing else (own: this client already has it all).
struct IncomingChange {
    SyncCursor cursor;
    RecordKind kind = RecordKind::Event;
    QUuid recordId;
    QByteArray columns; // the record's columns as the server's JSON object text (without updated_utc)
    QString updatedUtc; // the stamp of the record's latest change
    bool own = false;

    // The columns parsed, with updated_utc.
    QJsonObject data() const;
};

// The tokens by which this copy of the workspace claims its client id on the team server (another copy of the
// file has the same id): the one the server held at this copy's last claim (null: none yet), and the one it
// claims next, kept until the claim is known to have committed.
struct SyncLineage {
    QUuid was;
    QUuid next;
    bool kept = false; // next was made for an earlier claim (its answer was lost, or the process ended)
};

// A field two members wrote: kept is the value the server kept (it arrived first), proposed the later one.
struct SyncConflict {
    QUuid id;
    RecordKind kind = RecordKind::Event;
    QUuid recordId;
    QString field;
    QJsonValue kept;
    QString keptBy;
    QDateTime keptUtc;
    QJsonValue proposed;
    QString proposedBy;
    QUuid proposedClient;
    QDateTime proposedUtc;
    bool resolvedLocally = false; // resolved here, not yet told to the server
};

// The workspace's side of team sync, in its own tables (made when the workspace first syncs): this client's
// id, the server it syncs with, the pull cursor, the server revision of each record and the open conflicts.
// Shares the store's connection and transaction. Knows rows and columns, not what records mean.
class SyncState
{
public:
    explicit SyncState(EventStore &store) : m_store(store) {}

    // This computer's link to a team (its client id, the cursor, the server's revisions): not the workspace's
    // data, so a backup leaves these tables out.
    static bool isSyncTable(const QString &table);

    Result<void> ensureTables();
    Result<QUuid> clientId();
    // A new client id, for a copy of a workspace whose id another copy claimed on the server; its tokens
    // start again, and the bases of its edits are at least its cursor (see outgoing()).
    Result<QUuid> renewClientId();
    // The tokens of the next claim; the next one is made and kept first when there is none.
    Result<SyncLineage> lineage();
    // The server holds `next` now: it becomes the one this copy saw last.
    Result<void> claimed(const QUuid &next);
    // Numbers the unpushed outbox entries above `above` (the server's latest mutation id of this client), for
    // a workspace restored from a backup, whose new edits would otherwise reuse numbers the server has.
    Result<void> renumberPending(qint64 above);
    // The newest outbox sequence number: the mutation id of the latest edit here (0: none).
    Result<qint64> lastMutation() const;
    Result<QString> value(const QString &key) const;               // empty when unset
    Result<std::optional<QString>> find(const QString &key) const; // nullopt when never set
    Result<void> setValue(const QString &key, const QString &value);
    Result<SyncCursor> cursor() const;

    // Unpushed outbox entries, oldest first, with their columns' current values (all columns for a new
    // record). The columns are read a chunk of entries at a time; filled, when set, is called after each
    // chunk with the positions in the batch that got theirs, so that the caller sends them while the rest is
    // read. An error it returns stops the read.
    using Filled =
        std::function<Result<void>(const QList<OutgoingChange> &batch, const QList<qsizetype> &positions)>;
    static constexpr qsizetype kFilledChunk = 1000; // (the server parses a chunk while the next is read)
    Result<QList<OutgoingChange>> outgoing(int limit, const Filled &filled = {}) const;
    Result<qint64> pendingCount() const;
    // Whether an unpushed outbox entry comes after mutationId (written while a push ran).
    Result<bool> pendingAfter(qint64 mutationId) const;
    Result<void> markPushed(const QList<qint64> &mutationIds);

    // Writes the server's state of each record of a page, in one transaction with the new cursor. Columns
    // with unpushed local edits keep their local value (they are pushed next and merged on the server). The
    // page arrives in parts: nextPart() gives the next part, or nullopt when the page is complete; end (the
    // page's last position) is read after that. An error it returns writes nothing.
    using NextPart = std::function<Result<std::optional<QList<IncomingChange>>>()>;
    Result<void> apply(const NextPart &nextPart, const SyncCursor &end);
    // The records of own changes that are not in this workspace (it lost them): they are needed whole.
    Result<QList<QUuid>> absentOwn(const QList<IncomingChange> &changes) const;

    Result<QList<SyncConflict>> conflicts() const;
    Result<void> replaceConflicts(const QList<SyncConflict> &open);
    Result<void> setResolvedLocally(const QUuid &conflictId, bool resolved);

    // Forgets the server (cursor, revisions, conflicts) and queues every record to be sent again as new:
    // for a server that was reset or replaced. Local records are untouched.
    Result<void> rejoin();

private:
    EventStore &m_store;
};

} // namespace EventDesk
