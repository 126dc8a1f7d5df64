#include "teamsync.h"

#include "common/sentences.h"
#include "connectteamdialog.h"
#include "llm/keystore.h"
#include "settings.h"
#include "storage/storageworker.h"
#include "sync/serverurl.h"
#include "syncstatuswidget.h"

#include <QAction>
#include <QMainWindow>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
// The stored URL names the member and never the password.
QString urlFor(const QString &url, const QString &member)
{
    QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!member.trimmed().isEmpty())
        u.setUserName(member.trimmed());
    u.setPassword({});
    return u.toString();
}

QString memberOf(const QString &url)
{
    return QUrl(url).userName();
}

const QString kServerUrlKey = u"server_url"_s;

QString serverOf(const QString &url)
{
    auto parsed = ServerUrl::parse(url);
    return parsed ? parsed.value().display() : url;
}
} // namespace

TeamSync::TeamSync(StorageWorker &storage, QMainWindow *window)
    : QObject(window), m_storage(storage), m_window(window), m_keys(new KeyStore(u"EventDesk"_s, this)),
      m_status(new SyncStatusWidget(window))
{
    m_connectAction = new QAction(tr("Connect to &Team…"), window);
    m_connectAction->setObjectName(u"actionConnectTeam"_s);
    connect(m_connectAction, &QAction::triggered, this, [this] {
        if (auto *open = m_window->findChild<ConnectTeamDialog *>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto *dialog = new ConnectTeamDialog(*this, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_disconnectAction = new QAction(tr("Disconnect from Tea&m"), window);
    m_disconnectAction->setObjectName(u"actionDisconnectTeam"_s);
    connect(m_disconnectAction, &QAction::triggered, this, &TeamSync::disconnectFromTeam);
    m_syncNowAction = new QAction(tr("S&ync Now"), window);
    m_syncNowAction->setObjectName(u"actionSyncNow"_s);
    m_syncNowAction->setShortcut(QKeySequence(u"Ctrl+Shift+S"_s));
    connect(m_syncNowAction, &QAction::triggered, this, [this] {
        if (m_worker)
            m_worker->syncNow();
        else if (m_needsPassword)
            m_connectAction->trigger(); // Ctrl+Shift+S after a restart without the password asks for it
    });
    m_cancelSyncAction = new QAction(tr("Cance&l Sync"), window);
    m_cancelSyncAction->setObjectName(u"actionCancelSync"_s);
    m_cancelSyncAction->setToolTip(tr("Stop this sync; what arrived so far is kept."));
    connect(m_cancelSyncAction, &QAction::triggered, this, [this] {
        if (m_worker)
            m_worker->cancel();
    });
    window->addActions({m_connectAction, m_disconnectAction, m_syncNowAction, m_cancelSyncAction});

    // With conflicts, the indicator opens the Conflicts dialog (when there is one); otherwise it syncs.
    connect(m_status, &SyncStatusWidget::clicked, this, [this] {
        if (m_status->conflicts() > 0)
            if (auto *conflicts = m_window->findChild<QAction *>(u"actionConflicts"_s)) {
                conflicts->trigger();
                return;
            }
        if (m_worker)
            m_worker->syncNow();
        else if (m_needsPassword)
            m_connectAction->trigger(); // the password is asked for there
        else
            start();
    });
    connect(m_status, &SyncStatusWidget::cancelRequested, this, [this] {
        if (m_worker)
            m_worker->cancel();
    });
    updateActions();
}

TeamSync::~TeamSync()
{
    if (m_worker)
        m_worker->stop(); // the window closes: the worker's store closes on its thread before the app ends
}

QString TeamSync::keyRef(const QString &url)
{
    auto parsed = ServerUrl::parse(url);
    if (!parsed)
        return u"sync:"_s + url;
    return u"sync:%1@%2"_s.arg(parsed.value().user, parsed.value().host);
}

void TeamSync::withWorkspace(std::function<void(const QString &path)> then)
{
    if (!m_workspacePath.isEmpty()) {
        then(m_workspacePath);
        return;
    }
    m_storage.run(
        this, [](EventStore &s) { return s.path(); },
        [this, then = std::move(then)](const QString &path) {
            m_workspacePath = path;
            then(path);
        });
}

// The server is the workspace's own (sync_meta's server_url): a workspace that never connected has none, so
// opening another workspace never sends it to the first one's team. A workspace that synced before servers
// were kept per workspace takes the app-wide one it synced with then, once.
void TeamSync::start()
{
    const QString appWide = Settings::value(Settings::Key::SyncServerUrl).toString();
    m_storage.run(
        this,
        [appWide](EventStore &s) -> std::pair<QString, QString> {
            SyncState state(s);
            if (!state.ensureTables())
                return {s.path(), QString()};
            auto stored = state.find(kServerUrlKey);
            if (!stored)
                return {s.path(), QString()};
            if (stored.value())
                return {s.path(), *stored.value()};
            auto synced = state.value(u"server_id"_s);
            if (!synced || synced.value().isEmpty() || appWide.isEmpty() ||
                !state.setValue(kServerUrlKey, appWide))
                return {s.path(), QString()};
            return {s.path(), appWide};
        },
        [this](const std::pair<QString, QString> &workspace) {
            m_workspacePath = workspace.first;
            m_workspaceUrl = workspace.second;
            updateActions();
            startWith(m_workspaceUrl);
        });
}

void TeamSync::startWith(const QString &url)
{
    if (url.isEmpty() || !ServerUrl::parse(url))
        return; // not connected
    m_keys->readKey(keyRef(url), [this, url](Result<QString> password) {
        if (!password) {
            const QString sentence =
                KeyStore::isUnavailable(password.error())
                    ? tr("No system keychain service is running, so the team server's password cannot be "
                         "read; connect to the team again to sync.")
                    : tr("The team server's password is not in the keychain; connect to the team again to "
                         "sync.");
            m_needsPassword = true;
            updateActions();
            m_status->setOffline(Sentences::join(sentence, tr("Click here to connect again.")), serverOf(url),
                                 memberOf(url));
            updateActions();
            return;
        }
        withWorkspace(
            [this, url, key = password.value()](const QString &path) { startWorker(path, url, key); });
    });
}

// Empty: the workspace syncs with no server (after Disconnect; kept as a value so that it stays so).
void TeamSync::keepWorkspaceServer(const QString &url)
{
    m_workspaceUrl = url;
    m_storage.run(
        this,
        [url](EventStore &s) -> Result<void> {
            SyncState state(s);
            if (auto ok = state.ensureTables(); !ok)
                return ok;
            return state.setValue(kServerUrlKey, url);
        },
        [this](const Result<void> &kept) {
            if (!kept)
                emit statusMessage(kept.error().message);
        });
}

void TeamSync::startWorker(const QString &path, const QString &url, const QString &password)
{
    stopWorker();
    m_needsPassword = false;
    m_worker = new SyncWorker(path, this);
    m_worker->configure(url, password);
    // Pulled records are announced by the GUI's store, on its thread, so every view refreshes as after an
    // edit.
    connect(m_worker, &SyncWorker::recordsChanged, this, [this](RecordKind kind, const QList<QUuid> &ids) {
        m_storage.run([kind, ids](EventStore &s) { emit s.recordsChanged(kind, ids); });
    });
    connect(m_worker, &SyncWorker::conflictsChanged, this, &TeamSync::conflictsChanged);
    connect(m_worker, &SyncWorker::stateChanged, this, [this](SyncWorker::State state) {
        m_cancelSyncAction->setEnabled(state == SyncWorker::State::Syncing);
    });
    connect(m_worker, &SyncWorker::failed, this, [this](const QString &sentence) {
        if (!m_connecting)
            emit statusMessage(sentence);
    });
    connect(m_worker, &SyncWorker::finished, this, [this](const SyncReport &report) {
        if (report.newClientId)
            emit statusMessage(
                tr("Another copy of this workspace file has synced since this one last did; this "
                   "workspace now syncs under a client id of its own, and nothing was lost."));
        if (report.cancelled)
            emit statusMessage(tr("Sync cancelled; what arrived so far is kept."));
    });
    connect(m_worker, &SyncWorker::checked, this, [this](bool ok, const QString &sentence, int code) {
        if (!m_connecting)
            return;
        m_connecting = false;
        if (ok) {
            rememberServer(m_pendingUrl, m_pendingMember, m_pendingPassword);
            m_worker->syncNow();
        } else if (code != int(ErrorCode::Conflict)) {
            // Not this server, or not with this password: no retries with it (after this signal returns).
            QMetaObject::invokeMethod(this, &TeamSync::abandonConnection, Qt::QueuedConnection);
        }
        emit connected(ok, sentence, code);
    });
    m_status->setWorker(m_worker, serverOf(url), memberOf(url));
    // The last sync before this start, for the indicator's "Synced 10:42".
    m_storage.run(
        this,
        [](EventStore &s) {
            SyncState state(s);
            if (!state.ensureTables())
                return QDateTime();
            auto last = state.value(u"last_sync_utc"_s);
            return last ? QDateTime::fromString(last.value(), Qt::ISODateWithMs) : QDateTime();
        },
        [this](const QDateTime &last) {
            if (last.isValid())
                m_status->setLastSync(last);
        });
    updateActions();
    if (!m_connecting)
        m_worker->syncNow();
}

// Without waiting for a sync or a connection attempt under way: the worker goes once its thread has ended.
void TeamSync::stopWorker()
{
    if (!m_worker)
        return;
    disconnect(m_worker, nullptr, this, nullptr);
    m_status->setWorker(nullptr, {}, {});
    m_worker->deleteWhenStopped();
    m_worker = nullptr;
}

void TeamSync::connectTo(const QString &url, const QString &member, const QString &password)
{
    const QString full = urlFor(url, member);
    if (auto parsed = ServerUrl::parse(full); !parsed) {
        emit connected(false, parsed.error().message, int(parsed.error().code));
        return;
    }
    m_pendingUrl = full;
    m_pendingMember = memberOf(full);
    m_pendingPassword = password;
    m_connecting = true;
    withWorkspace([this, full, password](const QString &path) {
        startWorker(path, full, password);
        m_worker->checkConnection();
    });
}

void TeamSync::rejoin()
{
    if (!m_worker)
        return;
    rememberServer(m_pendingUrl, m_pendingMember, m_pendingPassword);
    m_worker->rejoin();
}

void TeamSync::abandonConnection()
{
    m_connecting = false;
    m_pendingPassword.clear();
    stopWorker();
    m_status->clear();
    updateActions();
    start();
}

void TeamSync::rememberServer(const QString &url, const QString &member, const QString &password)
{
    keepWorkspaceServer(url);
    // The app-wide address is what Connect to Team… offers next time, in any workspace.
    Settings::setValue(Settings::Key::SyncServerUrl, url);
    Settings::setValue(Settings::Key::SyncMemberName, member);
    m_pendingPassword.clear();
    m_keys->writeKey(keyRef(url), password, [this](Result<void> written) {
        if (written)
            return;
        emit statusMessage(
            KeyStore::isUnavailable(written.error())
                ? tr("No system keychain service is running, so the password cannot be kept; "
                     "EventDesk syncs until it closes and asks again after that.")
                : tr("The password could not be kept in the keychain; EventDesk syncs until it "
                     "closes and asks again after that."));
    });
    updateActions();
}

void TeamSync::disconnectFromTeam()
{
    const QString url = m_workspaceUrl;
    stopWorker();
    m_status->clear();
    m_needsPassword = false;
    keepWorkspaceServer({});
    Settings::remove(Settings::Key::SyncServerUrl);
    if (!url.isEmpty())
        m_keys->deleteKey(keyRef(url), [](Result<void>) {});
    emit statusMessage(tr("Disconnected from the team; your data stays in this workspace."));
    updateActions();
}

void TeamSync::updateActions()
{
    m_syncNowAction->setEnabled(m_worker != nullptr || m_needsPassword);
    if (!m_worker)
        m_cancelSyncAction->setEnabled(false);
    m_disconnectAction->setEnabled(m_worker != nullptr || !m_workspaceUrl.isEmpty());
}

} // namespace EventDesk
