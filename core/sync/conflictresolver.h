#pragma once

#include "result.h"
#include "storage/syncstate.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace EventDesk
{

class EventStore;

// An open sync conflict as this workspace sees it: "mine" is this client's value, "theirs" the teammate's.
struct ConflictSides {
    SyncConflict conflict;
    QJsonValue mine;
    QJsonValue theirs;
    QString mineBy;
    QString theirsBy;
    QDateTime mineUtc;
    QDateTime theirsUtc;
};

// What resolving a conflict wrote: the columns' values before and after (both empty when the record
// already held the chosen value), and the record's revision after the write.
struct ConflictResolution {
    QUuid conflictId;
    RecordKind kind = RecordKind::Event;
    QUuid recordId;
    QJsonObject before;
    QJsonObject after;
    qint64 revision = 0;
};

// Resolves team-sync conflicts in the workspace: Keep mine, Take theirs or a typed value. The chosen value is
// written as an ordinary edit of the record (FieldWriter: validated, an outbox entry, so it syncs like any
// edit) when the record does not hold it yet, and the conflict is marked resolved here in the same
// transaction; the next sync tells the server. For a conflict on "deleted", a side is the tombstone (1), the
// record kept alive (0), or an edit of the deleted record ({column: value}: keeping it restores the record
// with those values); such a conflict takes no typed value. Shares the store's connection.
class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ConflictResolver)

public:
    enum class Choice { KeepMine, TakeTheirs, Value };

    explicit ConflictResolver(EventStore &store) : m_store(store) {}

    // The conflicts not resolved here yet, oldest first.
    Result<QList<ConflictSides>> open() const;
    // An open conflict by its id or a unique prefix of it (at least 4 characters).
    Result<ConflictSides> find(const QString &idOrPrefix) const;

    // The columns a choice writes. value is the typed value (Choice::Value only).
    static Result<QJsonObject> valuesFor(const ConflictSides &sides, Choice choice,
                                         const QJsonValue &value = {});
    // Text typed for a conflict's field as a value: a number where the field holds numbers, nothing for an
    // empty text, else the text.
    static QJsonValue parseTyped(const ConflictSides &sides, const QString &text);

    // The columns resolving would write: valuesFor, or nothing when the record already holds them.
    Result<QJsonObject> plan(const QUuid &conflictId, Choice choice, const QJsonValue &value = {}) const;
    Result<ConflictResolution> resolve(const QUuid &conflictId, Choice choice, const QJsonValue &value = {});
    // Writes values (from valuesFor, or a resolution's after for redo) and marks the conflict resolved; with
    // expectedRevision, refuses a record changed since (ErrorCode::Conflict).
    Result<ConflictResolution> resolveWith(const QUuid &conflictId, const QJsonObject &values,
                                           std::optional<qint64> expectedRevision = std::nullopt);
    // Undoes a resolution: writes the values back and opens the conflict again. Refuses one the server has
    // settled since (after a sync) and a record changed since (ErrorCode::Conflict). Returns the revision.
    Result<qint64> unresolve(const ConflictResolution &resolution,
                             std::optional<qint64> expectedRevision = std::nullopt);

    // For showing a conflict: the field's name for people, a side's value, and the record's name.
    static QString fieldLabel(const QString &field);
    static QString valueText(const SyncConflict &conflict, const QJsonValue &value);
    Result<QString> recordName(RecordKind kind, const QUuid &id) const;

private:
    Result<ConflictSides> sides(const QUuid &conflictId) const;

    EventStore &m_store;
};

} // namespace EventDesk
