#pragma once

#include "storage/syncstate.h"
#include "sync/syncworker.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace EventDesk
{

class KeyStore;
class StorageWorker;
class SyncStatusWidget;

// The window's side of team sync: File › Connect to Team… and Disconnect from Team, Edit › Sync Now, the
// status-bar indicator, the password in the OS keychain, and the SyncWorker that does the work on its own
// thread. Records the sync writes reach the views through the storage worker's store, like any edit.
class TeamSync : public QObject
{
    Q_OBJECT

public:
    TeamSync(StorageWorker &storage, QMainWindow *window);
    ~TeamSync() override;

    QAction *connectAction() const { return m_connectAction; }
    QAction *disconnectAction() const { return m_disconnectAction; }
    QAction *syncNowAction() const { return m_syncNowAction; }
    QAction *cancelSyncAction() const { return m_cancelSyncAction; }
    SyncStatusWidget *statusWidget() const { return m_status; }
    SyncWorker *worker() const { return m_worker; } // null while not connected

    // At start: with a server kept in the workspace, reads the password from the keychain and starts syncing.
    void start();
    // Connect to Team…: checks the server on the sync thread; connected(ok, sentence, code) answers.
    void connectTo(const QString &url, const QString &member, const QString &password);
    // After connected(false, …, Conflict) and the user's yes: sends this workspace to the server again.
    void rejoin();
    // The dialog gave up on the connection it tried: back to the stored server, if any.
    void abandonConnection();
    void disconnectFromTeam();

    static QString keyRef(const QString &url); // "sync:<member>@<host>"

signals:
    void connected(bool ok, const QString &sentence, int errorCode);
    void statusMessage(const QString &message);
    void conflictsChanged(int count); // after a sync brought or resolved conflicts

private:
    void withWorkspace(std::function<void(const QString &path)> then);
    void startWith(const QString &url);
    void keepWorkspaceServer(const QString &url);
    void startWorker(const QString &path, const QString &url, const QString &password);
    void stopWorker();
    void rememberServer(const QString &url, const QString &member, const QString &password);
    void updateActions();

    StorageWorker &m_storage;
    QMainWindow *m_window;
    KeyStore *m_keys;
    SyncWorker *m_worker = nullptr;
    SyncStatusWidget *m_status;
    QAction *m_connectAction;
    QAction *m_disconnectAction;
    QAction *m_syncNowAction;
    QAction *m_cancelSyncAction; // Edit › Cancel Sync, while a sync runs (as the status bar's Cancel)
    QString m_workspacePath;
    QString m_workspaceUrl; // the server this workspace syncs with (empty: none)
    // The connection being tried from the dialog (remembered once the server accepts it).
    QString m_pendingUrl;
    QString m_pendingMember;
    QString m_pendingPassword;
    bool m_connecting = false;
    bool m_needsPassword = false; // offline for want of the password: the indicator opens Connect to Team…
};

} // namespace EventDesk
