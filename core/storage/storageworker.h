#pragma once

#include "eventstore.h"

#include <QFuture>
#include <QPointer>
#include <QPromise>
#include <QThread>

#include <memory>
#include <type_traits>

namespace EventDesk
{

// Owns the thread the GUI's EventStore lives on, so no database call blocks the GUI thread.
// run(work) queues work on that thread and returns a future (for tests and fire-and-forget writes);
// run(context, work, done) calls done back on the GUI thread. Qt 6.4's QFuture::then(context, …) asserts
// when the context dies first, so GUI objects use the second form.
class StorageWorker : public QObject
{
    Q_OBJECT

public:
    explicit StorageWorker(QObject *parent = nullptr);
    ~StorageWorker() override; // waits for queued work, then closes the store on its own thread

    // Lives on the worker thread: connect to its signals (queued); call it only inside run().
    EventStore *store() const { return m_store; }

    template <typename F> auto run(F work) -> QFuture<std::invoke_result_t<F, EventStore &>>
    {
        using R = std::invoke_result_t<F, EventStore &>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        EventStore *store = m_store;
        QMetaObject::invokeMethod(
            m_store,
            [promise, work = std::move(work), store]() mutable {
                if constexpr (std::is_void_v<R>)
                    work(*store);
                else
                    promise->addResult(work(*store));
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

    // Runs work(store) on the storage thread, then done(result) on this worker's thread (the GUI thread)
    // if context still exists then. Use this from objects that may be destroyed while work is queued.
    template <typename F, typename Done> void run(QObject *context, F work, Done done)
    {
        QPointer<QObject> guard(context);
        QObject *receiver = this;
        EventStore *store = m_store;
        QMetaObject::invokeMethod(
            m_store,
            [guard, receiver, store, work = std::move(work), done = std::move(done)]() mutable {
                auto result = work(*store);
                QMetaObject::invokeMethod(
                    receiver,
                    [guard, done = std::move(done), result = std::move(result)]() mutable {
                        if (guard)
                            done(result);
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    EventStore *m_store = nullptr;
};

} // namespace EventDesk
