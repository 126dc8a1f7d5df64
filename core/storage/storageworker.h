#pragma once

#include "eventstore.h"

#include <QFuture>
#include <QPromise>
#include <QThread>

#include <memory>
#include <type_traits>

namespace EventDesk {

// Owns the thread the GUI's EventStore lives on, so no database call blocks the GUI thread.
// run() queues work on that thread and returns a future; continue with future.then(context, …).
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

private:
    QThread m_thread;
    EventStore *m_store = nullptr;
};

} // namespace EventDesk
