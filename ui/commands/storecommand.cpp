#include "storecommand.h"

#include "storage/eventstore.h"

#include <QHash>
#include <QSet>

namespace EventDesk
{

namespace
{
// The revisions our own commands produced, per record. Touched only by the facade's writes, which all run
// one at a time on the storage thread.
QHash<QUuid, QSet<qint64>> &ownRevisions()
{
    static QHash<QUuid, QSet<qint64>> own;
    return own;
}
} // namespace

bool StoreWrite::onlyOwnWritesSince(const QUuid &id, qint64 seen, qint64 current)
{
    const QSet<qint64> own = ownRevisions().value(id);
    for (qint64 r = seen + 1; r <= current; ++r)
        if (!own.contains(r))
            return false;
    return true;
}

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
    if (ok) {
        *revisions = after;
        for (auto it = after.constBegin(); it != after.constEnd(); ++it)
            ownRevisions()[it.key()].insert(it.value());
    }
    return ok;
}

StoreCommandNotifier *StoreCommandNotifier::instance()
{
    static StoreCommandNotifier notifier;
    return &notifier;
}

} // namespace EventDesk
