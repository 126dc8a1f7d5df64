#pragma once

#include "model/record.h"
#include "syncsession.h"

#include <QList>
#include <QObject>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <memory>

namespace EventDesk
{

class SyncEngine;

// Team sync off the GUI thread. Owns a thread with its own EventStore on the workspace file (the GUI's store
// shares the file: SQLite WAL and busy_timeout allow it) and its own ServerConnection, and runs
// SyncSession::sync there: on syncNow(), every interval, when a teammate's change is announced
// (LISTEN/NOTIFY) and when the network comes back. A failed connection leaves the state Offline with one
// sentence and is retried with backoff; the outbox stays in the workspace, so nothing waits in memory.
// Every signal arrives on the thread that made this object (queued).
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    enum class State { Offline, Idle, Syncing, Error };
    Q_ENUM(State)

    static constexpr int kDefaultIntervalMs = 5 * 60 * 1000;

    explicit SyncWorker(const QString &workspacePath, QObject *parent = nullptr);
    ~SyncWorker() override; // stop()

    // The server (a postgresql:// URL) and the member's password, kept apart from the URL. Drops the current
    // connection; the next sync or check uses the new server. An invalid URL is reported through failed().
    void configure(const QString &url, const QString &password);
    bool isConfigured() const { return m_configured; }
    // Connects and checks the server without syncing: checked(ok, sentence, code). On success the worker
    // listens to the team's announcements.
    void checkConnection();
    // For a server that was reset or replaced (check failed with ErrorCode::Conflict): sends this whole
    // workspace to it again at the next sync. Local data is untouched.
    void rejoin();
    void syncNow();
    void cancel(); // stops the running sync after its current batch or page; what arrived is kept
    // Periodic sync; 0 turns it off (and the retries after a failure with it). Default: 5 minutes.
    void setInterval(int ms);
    // The first retry after a failed connection; each further one waits twice as long, up to the interval.
    void setRetryDelay(int ms);
    // Records per push batch and pull page (0: SyncSession's defaults); smaller pages report progress and
    // notice Cancel sooner.
    void setPageSize(int records);
    // Whether the system's network information (a hint only) starts a sync when it says online. Default on.
    void setFollowNetwork(bool follow);
    void stop(); // cancels, then ends the thread (waiting for the current batch); no signal after it returns
    // Like stop() without waiting: the worker deletes itself once its thread has ended.
    void deleteWhenStopped();

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }

signals:
    void started();
    void progress(qint64 done, qint64 total, EventDesk::SyncSession::Phase phase);
    void finished(const EventDesk::SyncReport &report);
    void failed(const QString &sentence, int errorCode);
    void checked(bool ok, const QString &sentence, int errorCode);
    // Records the sync wrote into the workspace (forward them to the GUI's store's listeners).
    void recordsChanged(EventDesk::RecordKind kind, const QList<QUuid> &ids);
    void conflictsChanged(int count);
    void pendingChanged(qint64 count); // outbox entries not yet on the server, after each attempt
    void stateChanged(EventDesk::SyncWorker::State state);

private:
    friend class SyncEngine;
    void requestStop();
    void onNetworkReachability(int reachability);

    QThread m_thread;
    SyncEngine *m_engine = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    State m_state = State::Offline;
    QString m_lastError;
    bool m_configured = false;
    bool m_followNetwork = true;
    bool m_stopped = false;
};

} // namespace EventDesk

Q_DECLARE_METATYPE(EventDesk::SyncReport)
Q_DECLARE_METATYPE(EventDesk::SyncSession::Phase)
