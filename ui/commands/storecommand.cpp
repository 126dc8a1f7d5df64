#include "storecommand.h"

#include <QFuture>

namespace EventDesk {

StoreCommand::StoreCommand(StorageWorker &worker, const QString &text) : QUndoCommand(text), m_worker(worker) {}

void StoreCommand::report(const QFuture<Result<void>> &future)
{
    auto copy = future;
    copy.then(StoreCommandNotifier::instance(), [](const Result<void> &result) {
        if (!result)
            emit StoreCommandNotifier::instance()->failed(result.error().message);
    });
}

StoreCommandNotifier *StoreCommandNotifier::instance()
{
    static StoreCommandNotifier notifier;
    return &notifier;
}

} // namespace EventDesk
