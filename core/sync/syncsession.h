#pragma once

#include "result.h"
#include "storage/syncstate.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

namespace EventDesk
{

class EventStore;

// What one sync did.
struct SyncReport {
    qint64 pushed = 0;    // outbox entries the server applied or had already
    qint64 pulled = 0;    // teammates' changes from the server written here
    qint64 conflicts = 0; // open conflicts afterwards
    qint64 pending = 0;   // outbox entries still waiting (cancelled or failed midway)
    bool cancelled = false;
    // This copy of the workspace file took a client id of its own: another copy of the file synced under the
    // one they shared (its changes arrived as a teammate's; nothing was lost).
    bool newClientId = false;
    QDateTime finishedUtc;
};

// One sync of a workspace with the team server: push the outbox (in batches, idempotent by client id and
// mutation id), pull the changes after the cursor (in pages, each page one local transaction), then refresh
// the open conflicts. Synchronous: run it on a worker thread (SyncWorker) or in the CLI. Whatever step fails,
// nothing local is lost and the next sync carries on where this one stopped.
class SyncSession
{
public:
    // progress(done, total, phase) after each batch or page; returning false cancels after that step.
    enum class Phase { Push, Pull };
    using Progress = std::function<bool(qint64 done, qint64 total, Phase phase)>;

    SyncSession(EventStore &store, QSqlDatabase server);

    // Checks the server's schema version and identity. Fails with one sentence (and changes nothing) for a
    // newer server schema, a server without EventDesk, a role outside any team, or a server that was reset or
    // replaced since the last sync (ErrorCode::Conflict: rejoin() after asking).
    Result<void> check();
    Result<SyncReport> sync(const Progress &progress = {});
    // For a reset or replaced server: sends this whole workspace to it again (local data untouched).
    Result<void> rejoin();

    // Marks a conflict resolved here; the next sync tells the server. A resolution that keeps a value is
    // made as an ordinary edit of the record first (ui/commands), so it syncs and undoes like any edit.
    Result<void> markResolved(const QUuid &conflictId, bool resolved = true);

    QString team() const { return m_team; }
    QString member() const { return m_member; }
    // The NOTIFY channel that announces this team's changes.
    QString channel() const;

    int batchSize = 10000; // outbox entries a push sends per server transaction
    int pageSize = 10000;  // records a pull writes per page (one transaction here)
    int partSize = 2000;   // records a pull reads at a time: the next part is read while one is written

private:
    // Claims this workspace's client id on the server (PushStream::claim); a copy of a workspace whose id
    // another copy claimed since takes a new one, so that neither takes the other's edits for its own.
    Result<void> claimClient();
    Result<QUuid> renewClient();
    // Work for this thread that may wait for the server's next answer (and its outcome).
    using Step = std::function<Result<void>()>;
    // Pushes the outbox a batch at a time. With afterPush, the notes of the batch that emptied the outbox
    // (its entries pushed, the claim's token) are left to the caller instead, who must run them.
    Result<qint64> push(const Progress &progress, bool *cancelled, Step *afterPush = nullptr);
    // Pulls the team's changes; runs first while the server reads the first part, which is at least ownAhead
    // records (this client's changes just pushed, which come back bare).
    Result<qint64> pull(const Progress &progress, bool *cancelled, const Step &first = {}, int ownAhead = 0);
    Result<qint64> refreshConflicts();
    // Own changes come without their columns; a record this workspace lost is fetched whole.
    Result<void> fetchAbsentOwn(QList<IncomingChange> &page);

    EventStore &m_store;
    SyncState m_state;
    QSqlDatabase m_server;
    QString m_team;
    QString m_member;
    QUuid m_serverId;
    // The records this sync pushed: the workspace has them, so their own changes coming back need no look-up.
    QSet<QUuid> m_pushedHere;
    bool m_renewed = false; // this sync took a new client id
};

} // namespace EventDesk
