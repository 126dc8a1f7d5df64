#include "syncworker.h"

#include "serverconnection.h"
#include "serverurl.h"
#include "storage/eventstore.h"
#include "storage/syncstate.h"

#include <QCoreApplication>
#include <QNetworkInformation>
#include <QPointer>
#include <QSqlDriver>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EventDesk
{

// Lives on the SyncWorker's thread: the workspace store, the server connection and the session are made,
// used and destroyed there. Talks back by posting to the worker (queued, on the worker's thread).
class SyncEngine : public QObject
{
public:
    SyncEngine(QString path, SyncWorker *worker, std::shared_ptr<std::atomic<bool>> cancel)
        : m_path(std::move(path)), m_worker(worker), m_cancel(std::move(cancel)), m_timer(new QTimer(this)),
          m_soon(new QTimer(this))
    {
        m_timer->setSingleShot(true);
        m_soon->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &SyncEngine::runSync);
        connect(m_soon, &QTimer::timeout, this, &SyncEngine::runSync);
    }
    ~SyncEngine() override { disconnectServer(); }

    void configure(const ServerUrl &url)
    {
        disconnectServer();
        m_url = url;
        m_configured = true;
        m_backoff = 0;
        m_timer->stop();
    }
    void checkConnection();
    void rejoin();
    // Coalesces: requests made while one is waiting (a burst of announcements) make one sync.
    void requestSync(int delayMs)
    {
        if (!m_soon->isActive())
            m_soon->start(delayMs);
    }
    void setInterval(int ms)
    {
        m_interval = std::max(0, ms);
        m_timer->stop();
        if (m_interval > 0 && m_configured)
            m_timer->start(m_interval);
    }
    void setRetryDelay(int ms) { m_retryDelay = std::max(1, ms); }
    void setPageSize(int records)
    {
        m_pageSize = std::max(0, records);
        applyPageSize();
    }

private:
    Result<void> openStore();
    Result<void> connectServer();
    void disconnectServer();
    void listen();
    void runSync();
    // After an attempt: Offline and a retry with backoff for an unreachable server, Error otherwise.
    void failure(const Error &error, bool checking);
    void scheduleNext(bool connectionFailed);
    void reportPending();
    template <typename F> void post(F f)
    {
        QPointer<SyncWorker> worker(m_worker);
        QMetaObject::invokeMethod(
            m_worker,
            [worker, f = std::move(f)]() mutable {
                if (worker && !worker->m_stopped)
                    f(*worker);
            },
            Qt::QueuedConnection);
    }
    void postState(SyncWorker::State state);
    void applyPageSize()
    {
        if (m_session && m_pageSize > 0) {
            m_session->pageSize = m_pageSize;
            m_session->batchSize = m_pageSize;
        }
    }

    QString m_path;
    SyncWorker *m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QTimer *m_timer; // the next periodic sync or retry
    QTimer *m_soon;  // a requested sync, coalesced
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<SyncSession> m_session;
    ServerUrl m_url;
    bool m_configured = false;
    bool m_listening = false;
    int m_interval = SyncWorker::kDefaultIntervalMs;
    int m_retryDelay = 5000;
    int m_backoff = 0;
    int m_pageSize = 0;
};

void SyncEngine::postState(SyncWorker::State state)
{
    post([state](SyncWorker &w) { emit w.stateChanged(state); });
}

Result<void> SyncEngine::openStore()
{
    if (m_store)
        return {};
    auto store = std::make_unique<EventStore>();
    if (auto ok = store->open(m_path); !ok)
        return ok;
    // Pulled records reach the GUI through the worker (queued to its thread).
    QObject::connect(store.get(), &EventStore::recordsChanged, m_worker, &SyncWorker::recordsChanged,
                     Qt::QueuedConnection);
    m_store = std::move(store);
    return {};
}

Result<void> SyncEngine::connectServer()
{
    if (!m_configured)
        return Error{ErrorCode::Usage,
                     QCoreApplication::translate("EventDesk::SyncWorker",
                                                 "No team server is set up; connect to a team first."),
                     {}};
    if (auto ok = openStore(); !ok)
        return ok;
    if (m_session && m_connection && m_connection->isOpen())
        return {};
    disconnectServer();
    auto connection = std::make_unique<ServerConnection>(m_url);
    if (auto ok = connection->open(); !ok)
        return ok;
    m_connection = std::move(connection);
    m_session = std::make_unique<SyncSession>(*m_store, m_connection->db());
    applyPageSize();
    return {};
}

void SyncEngine::disconnectServer()
{
    m_session.reset();
    m_connection.reset(); // closes the connection: its subscriptions end with it
    m_listening = false;
}

// Teammates' pushes are announced on the team's channel; this connection's own are not acted on.
void SyncEngine::listen()
{
    if (m_listening || !m_connection || !m_session)
        return;
    QSqlDriver *driver = m_connection->db().driver();
    if (!driver || !driver->subscribeToNotification(m_session->channel()))
        return; // a hint only: periodic and manual sync still work
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                if (source != QSqlDriver::SelfSource)
                    requestSync(200);
            });
    m_listening = true;
}

void SyncEngine::checkConnection()
{
    Result<void> ok = connectServer();
    if (ok)
        ok = m_session->check();
    if (!ok) {
        const Error e = ok.error();
        failure(e, true);
        post([e](SyncWorker &w) { emit w.checked(false, e.message, int(e.code)); });
        return;
    }
    listen();
    postState(SyncWorker::State::Idle);
    post([](SyncWorker &w) { emit w.checked(true, {}, 0); });
    scheduleNext(false);
}

void SyncEngine::rejoin()
{
    Result<void> ok = openStore();
    if (ok) {
        SyncSession session(*m_store, QSqlDatabase());
        ok = session.rejoin();
    }
    if (!ok) {
        failure(ok.error(), false);
        return;
    }
    requestSync(0);
}

void SyncEngine::runSync()
{
    m_soon->stop();
    m_timer->stop();
    if (!m_configured)
        return;
    postState(SyncWorker::State::Syncing);
    post([](SyncWorker &w) { emit w.started(); });
    Result<void> ok = connectServer();
    if (!ok) {
        failure(ok.error(), false);
        return;
    }
    auto cancel = m_cancel;
    auto report = m_session->sync([this, cancel](qint64 done, qint64 total, SyncSession::Phase phase) {
        post([done, total, phase](SyncWorker &w) { emit w.progress(done, total, phase); });
        return !cancel->load();
    });
    if (!report) {
        failure(report.error(), false);
        return;
    }
    listen();
    const SyncReport r = report.value();
    postState(SyncWorker::State::Idle);
    post([r](SyncWorker &w) {
        emit w.finished(r);
        emit w.conflictsChanged(int(r.conflicts));
        emit w.pendingChanged(r.pending);
    });
    scheduleNext(false);
}

void SyncEngine::failure(const Error &error, bool checking)
{
    // Io: the server could not be reached or the connection broke; the next attempt connects anew.
    const bool connectionFailed = error.code == ErrorCode::Io;
    if (connectionFailed || !m_session)
        disconnectServer();
    postState(connectionFailed ? SyncWorker::State::Offline : SyncWorker::State::Error);
    if (!checking)
        post([error](SyncWorker &w) { emit w.failed(error.message, int(error.code)); });
    reportPending();
    scheduleNext(connectionFailed);
}

void SyncEngine::reportPending()
{
    if (!m_store)
        return;
    SyncState state(*m_store);
    if (auto pending = state.pendingCount())
        post([n = pending.value()](SyncWorker &w) { emit w.pendingChanged(n); });
}

void SyncEngine::scheduleNext(bool connectionFailed)
{
    if (m_interval <= 0) {
        m_backoff = 0;
        return;
    }
    if (connectionFailed) {
        m_backoff = m_backoff == 0 ? std::min(m_retryDelay, m_interval) : std::min(m_backoff * 2, m_interval);
        m_timer->start(m_backoff);
    } else {
        m_backoff = 0;
        m_timer->start(m_interval);
    }
}

SyncWorker::SyncWorker(const QString &workspacePath, QObject *parent)
    : QObject(parent), m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<EventDesk::SyncReport>();
    qRegisterMetaType<EventDesk::SyncSession::Phase>();
    qRegisterMetaType<EventDesk::RecordKind>();
    m_thread.setObjectName(u"EventDesk sync"_s);
    m_engine = new SyncEngine(workspacePath, this, m_cancel);
    m_engine->moveToThread(&m_thread);
    SyncEngine *engine = m_engine;
    connect(
        &m_thread, &QThread::finished, engine, [engine] { delete engine; }, Qt::DirectConnection);
    connect(this, &SyncWorker::stateChanged, this, [this](State s) { m_state = s; });
    connect(this, &SyncWorker::failed, this, [this](const QString &sentence) { m_lastError = sentence; });
    connect(this, &SyncWorker::finished, this, [this] { m_lastError.clear(); });
    m_thread.start();

    // The system's word on the network is a hint: online tries a sync (the server decides), offline says so.
    if (QNetworkInformation::loadDefaultBackend())
        if (QNetworkInformation *info = QNetworkInformation::instance())
            connect(info, &QNetworkInformation::reachabilityChanged, this,
                    [this](QNetworkInformation::Reachability r) { onNetworkReachability(int(r)); });
}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::configure(const QString &url, const QString &password)
{
    auto parsed = ServerUrl::parse(url);
    if (!parsed) {
        m_configured = false;
        emit failed(parsed.error().message, int(parsed.error().code));
        return;
    }
    ServerUrl server = parsed.value();
    if (!password.isEmpty())
        server.password = password;
    m_configured = true;
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, server] { engine->configure(server); });
}

void SyncWorker::checkConnection()
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->checkConnection(); });
}

void SyncWorker::rejoin()
{
    m_cancel->store(false);
    QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->rejoin(); });
}

void SyncWorker::syncNow()
{
    m_cancel->store(false);
    QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->requestSync(0); });
}

void SyncWorker::cancel()
{
    m_cancel->store(true);
}

void SyncWorker::setInterval(int ms)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, ms] { engine->setInterval(ms); });
}

void SyncWorker::setRetryDelay(int ms)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, ms] { engine->setRetryDelay(ms); });
}

void SyncWorker::setPageSize(int records)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, records] { engine->setPageSize(records); });
}

void SyncWorker::setFollowNetwork(bool follow)
{
    m_followNetwork = follow;
}

void SyncWorker::onNetworkReachability(int reachability)
{
    if (!m_followNetwork || !m_configured || m_stopped)
        return;
    if (reachability == int(QNetworkInformation::Reachability::Disconnected)) {
        if (m_state != State::Syncing)
            emit stateChanged(State::Offline);
    } else if (reachability == int(QNetworkInformation::Reachability::Online)) {
        syncNow();
    }
}

void SyncWorker::requestStop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_cancel->store(true);
    m_thread.quit();
}

void SyncWorker::stop()
{
    requestStop();
    m_thread.wait();
}

void SyncWorker::deleteWhenStopped()
{
    requestStop();
    connect(&m_thread, &QThread::finished, this, &QObject::deleteLater, Qt::QueuedConnection);
    if (m_thread.isFinished())
        deleteLater();
}

} // namespace EventDesk
