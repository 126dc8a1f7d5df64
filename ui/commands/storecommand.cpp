#include "storecommand.h"

#include "storage/storageworker.h"

namespace EventDesk
{

StoreCommand::StoreCommand(StorageWorker &worker, const QString &text) : QUndoCommand(text), m_worker(worker)
{
}

void StoreCommand::write(std::function<Result<void>(EventStore &)> work)
{
    m_worker.run(StoreCommandNotifier::instance(), std::move(work), [](const Result<void> &result) {
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
