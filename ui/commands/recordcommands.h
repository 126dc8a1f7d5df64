#pragma once

#include "storage/eventstore.h"
#include "storecommand.h"

#include <memory>

namespace EventDesk
{

// Generic undoable edits of any model record type; each is one undo step however many records it touches,
// and each of its writes is all or nothing: undoing a drag of 12 sessions when one of them was edited
// elsewhere changes none of them.

// Adds records (ids assigned up front); undo tombstones them, redo restores the same records.
template <typename T> class AddRecords : public StoreCommand
{
public:
    AddRecords(QList<T> records, const QString &text) : StoreCommand(text), m_records(std::move(records))
    {
        for (T &r : m_records)
            if (r.meta.id.isNull())
                r.meta.id = newRecordId();
    }
    Work work(Step step) override
    {
        const QList<QUuid> ids = StoreWrite::idsOf(m_records);
        const auto revisions = m_revisions;
        if (step == Step::First)
            return [records = m_records, ids, revisions](EventStore &s) {
                return StoreWrite::remembering(s, T::kind, ids, revisions.get(),
                                               [&] { return StoreWrite::done(s.addMany(records)); });
            };
        const bool deleted = step == Step::Undo;
        return [ids, revisions, deleted](EventStore &s) {
            const Revisions expected = *revisions;
            return StoreWrite::remembering(s, T::kind, ids, revisions.get(),
                                           [&] { return s.setDeleted<T>(ids, deleted, expected); });
        };
    }
    const QList<T> &records() const { return m_records; }

private:
    QList<T> m_records;
    std::shared_ptr<Revisions> m_revisions = std::make_shared<Revisions>();
};

// Writes new field values; undo writes the values the records had before the first write back. after holds
// whole records; their meta.revision is the one the edit started from (0: unknown), and the first write is
// refused when someone else changed a record since.
template <typename T> class UpdateRecords : public StoreCommand
{
public:
    UpdateRecords(QList<T> after, const QString &text) : StoreCommand(text), m_after(std::move(after)) {}
    Work work(Step step) override
    {
        const QList<QUuid> ids = StoreWrite::idsOf(m_after);
        const auto state = m_state;
        if (step == Step::First)
            return [after = m_after, ids, state](EventStore &s) {
                QList<T> before;
                QList<T> checked = after;
                auto ok = StoreWrite::remembering(s, T::kind, ids, &state->revisions, [&]() -> Result<void> {
                    for (T &r : checked) { // as they are right before this write, for undo
                        auto current = s.get<T>(r.meta.id);
                        if (!current)
                            return current.error();
                        before.append(current.value());
                        // The copy the edit started from may be stale through our own earlier edits only;
                        // a change made elsewhere since keeps its old revision, and the write is refused.
                        const qint64 now = current.value().meta.revision;
                        if (r.meta.revision == 0 ||
                            StoreWrite::onlyOwnWritesSince(r.meta.id, r.meta.revision, now))
                            r.meta.revision = now;
                    }
                    return StoreWrite::done(s.updateMany(checked, EventStore::RevisionCheck::Strict));
                });
                if (ok)
                    state->before = before;
                return ok;
            };
        const bool undo = step == Step::Undo;
        return [after = m_after, ids, state, undo](EventStore &s) {
            QList<T> values = StoreWrite::expecting(undo ? state->before : after, state->revisions);
            // Later steps of ours on the same records, undone before this one, moved their revisions on; the
            // records are as this step left them. A change made elsewhere still refuses the write.
            auto now = s.revisions(T::kind, ids);
            if (!now)
                return Result<void>(now.error());
            for (T &r : values)
                if (const qint64 current = now.value().value(r.meta.id, -1);
                    r.meta.revision >= 0 && current > r.meta.revision &&
                    StoreWrite::onlyOwnWritesSince(r.meta.id, r.meta.revision, current))
                    r.meta.revision = current;
            return StoreWrite::remembering(s, T::kind, ids, &state->revisions, [&] {
                return StoreWrite::done(s.updateMany(values, EventStore::RevisionCheck::Strict));
            });
        };
    }

private:
    struct State {
        QList<T> before;
        Revisions revisions;
    };
    QList<T> m_after;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

// Tombstones records; undo restores them.
template <typename T> class RemoveRecords : public StoreCommand
{
public:
    RemoveRecords(QList<QUuid> ids, const QString &text) : StoreCommand(text), m_ids(std::move(ids)) {}
    Work work(Step step) override
    {
        const bool deleted = step != Step::Undo;
        const bool checked = step != Step::First;
        return [ids = m_ids, revisions = m_revisions, deleted, checked](EventStore &s) {
            const Revisions expected = checked ? *revisions : Revisions();
            return StoreWrite::remembering(s, T::kind, ids, revisions.get(),
                                           [&] { return s.setDeleted<T>(ids, deleted, expected); });
        };
    }

private:
    QList<QUuid> m_ids;
    std::shared_ptr<Revisions> m_revisions = std::make_shared<Revisions>();
};

} // namespace EventDesk
