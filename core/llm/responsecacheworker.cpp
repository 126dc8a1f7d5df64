#include "responsecacheworker.h"

#include "responsecache.h"

#include <QPointer>

namespace EventDesk
{

ResponseCacheWorker::ResponseCacheWorker(const QString &path, QObject *parent)
    : QObject(parent), m_home(new QObject)
{
    m_thread.setObjectName(QStringLiteral("eventdesk-llm-cache"));
    m_home->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_home, [this, path] { m_cache = new ResponseCache(path); }, Qt::QueuedConnection);
}

ResponseCacheWorker::~ResponseCacheWorker()
{
    QMetaObject::invokeMethod(
        m_home,
        [this] {
            delete m_cache;
            m_cache = nullptr;
            delete m_home;
            m_home = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ResponseCacheWorker::get(const QByteArray &key, QObject *context, Lookup done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_home,
        [this, key, guard, done = std::move(done)] {
            std::optional<ChatResponse> hit = m_cache ? m_cache->get(key) : std::nullopt;
            // Back on this object's thread, where the guard can be read safely.
            QMetaObject::invokeMethod(
                this,
                [guard, done, hit] {
                    if (guard)
                        done(hit);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ResponseCacheWorker::put(const QByteArray &key, const ChatResponse &response)
{
    QMetaObject::invokeMethod(
        m_home,
        [this, key, response] {
            if (m_cache)
                m_cache->put(key, response);
        },
        Qt::QueuedConnection);
}

void ResponseCacheWorker::remove(const QByteArray &key)
{
    QMetaObject::invokeMethod(
        m_home,
        [this, key] {
            if (m_cache)
                m_cache->remove(key);
        },
        Qt::QueuedConnection);
}

int ResponseCacheWorker::entryCount()
{
    int count = 0;
    QMetaObject::invokeMethod(
        m_home, [this, &count] { count = m_cache ? m_cache->entryCount() : 0; },
        Qt::BlockingQueuedConnection);
    return count;
}

} // namespace EventDesk
