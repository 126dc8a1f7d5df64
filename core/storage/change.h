#pragma once

#include "model/record.h"

#include <QStringList>

namespace EventDesk
{

// One outbox entry: written in the same transaction as the record change it describes.
struct Change {
    qint64 sequence = 0;
    RecordKind kind = RecordKind::Event;
    QUuid recordId;
    QStringList fields;      // changed columns; "deleted" for tombstones
    qint64 baseRevision = 0; // revision the change was made on top of (0: created)
    qint64 revision = 0;     // revision after the change
    QDateTime changedUtc;
    bool pushed = false;
};

} // namespace EventDesk
