#include "storecommand.h"

#include "storage/eventstore.h"

namespace EventDesk
{

Result<void> StoreWrite::remembering(EventStore &store, RecordKind kind, const QList<QUuid> &ids,
                                     Revisions *revisions, const std::function<Result<void>()> &write)
{
    Revisions after;
    auto ok = store.inTransaction([&]() -> Result<void> {
        if (auto written = write(); !written)
            return written;
        auto read = store.revisions(kind, ids);
        if (!read)
            return read.error();
        after = read.value();
        return {};
    });
    if (ok)
        *revisions = after;
    return ok;
}

StoreCommandNotifier *StoreCommandNotifier::instance()
{
    static StoreCommandNotifier notifier;
    return &notifier;
}

} // namespace EventDesk
