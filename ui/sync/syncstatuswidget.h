#pragma once

#include "sync/syncworker.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QProgressBar;
class QToolButton;

namespace EventDesk
{

// The status bar's team sync indicator: "Offline", "Syncing 120 of 900", "3 conflicts", "Synced 10:42", with
// the server, member, last sync and the changes waiting to be sent in its tooltip. A long sync shows a
// progress bar and Cancel beside it. Follows a SyncWorker's signals; hidden while not connected.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setWorker(SyncWorker *worker, const QString &server, const QString &member);
    void setLastSync(const QDateTime &utc);
    // Offline for a reason outside the worker (no password from the keychain): one sentence in the tooltip.
    void setOffline(const QString &sentence, const QString &server, const QString &member);
    void clear(); // not connected: hidden

    QString text() const;
    int conflicts() const { return m_conflicts; }

signals:
    void clicked();
    void cancelRequested();

private:
    void refresh();

    QToolButton *m_button;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QPointer<SyncWorker> m_worker;
    SyncWorker::State m_state = SyncWorker::State::Offline;
    QString m_server;
    QString m_member;
    QString m_problem;
    QDateTime m_lastSync;
    bool m_cancelled = false; // the last sync was cancelled: more may wait on the server
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_pending = -1;
    int m_conflicts = 0;
    QElapsedTimer m_syncing;
};

} // namespace EventDesk
