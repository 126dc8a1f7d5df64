#pragma once

#include "model/record.h"
#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace EventDesk
{

class EventStore;

// Writes columns of one record by name, with values as team sync carries them (JSON: text, numbers, null;
// "deleted" as 0 or 1), as an ordinary edit: the typed record is loaded with the new values and validated,
// references are checked, the revision goes up, an outbox entry is written and recordsChanged is sent. For
// resolving sync conflicts (Keep mine, Take theirs, a typed value), which must sync and undo like any edit.
// Shares the store's connection and transaction.
class FieldWriter
{
public:
    explicit FieldWriter(EventStore &store) : m_store(store) {}

    // The record's columns an edit may write (the model's columns and "deleted"; not id, revision or the
    // timestamps).
    static QStringList writableColumns(RecordKind kind);

    // The record's current values of these columns, as sync sends them (tombstoned records too).
    Result<QJsonObject> read(RecordKind kind, const QUuid &id, const QStringList &columns) const;

    // Writes the columns in one transaction, all or nothing. "deleted": 0 restores the record before the
    // other columns are written, 1 tombstones it after. Refuses an unknown column, a value the column cannot
    // hold (text in a number column, an unknown status) and a record that then fails its validation; with
    // expectedRevision, a record whose revision differs (ErrorCode::Conflict). Columns that already hold
    // their value are not written. Returns the record's revision afterwards.
    Result<qint64> write(RecordKind kind, const QUuid &id, const QJsonObject &values,
                         std::optional<qint64> expectedRevision = std::nullopt);
    Result<qint64> writeField(RecordKind kind, const QUuid &id, const QString &column,
                              const QJsonValue &value)
    {
        return write(kind, id, QJsonObject{{column, value}});
    }

    // Whether two values of a column mean the same (42 and "42", null and "", one instant in two notations,
    // one JSON document in two spellings).
    static bool sameValue(const QJsonValue &a, const QJsonValue &b);

private:
    EventStore &m_store;
};

} // namespace EventDesk
