#pragma once

#include <QList>
#include <QUuid>

namespace EventDesk
{

// The ids of records, in their order.
template <typename T> QList<QUuid> recordIds(const QList<T> &records)
{
    QList<QUuid> ids;
    ids.reserve(records.size());
    for (const T &r : records)
        ids.append(r.meta.id);
    return ids;
}

} // namespace EventDesk
