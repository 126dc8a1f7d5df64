#pragma once

#include "storage/storageworker.h"
#include "storecommand.h"

namespace EventDesk
{

// Generic undoable edits of any model record type; each is one undo step however many records it touches.

// Adds records (ids assigned up front); undo tombstones them, redo restores the same records.
template <typename T> class AddRecords : public StoreCommand
{
public:
    AddRecords(StorageWorker &worker, QList<T> records, const QString &text)
        : StoreCommand(worker, text), m_records(std::move(records))
    {
        for (T &r : m_records)
            if (r.meta.id.isNull())
                r.meta.id = newRecordId();
    }
    void redo() override
    {
        if (!m_added) {
            m_added = true;
            const QList<T> records = m_records;
            write([records](EventStore &s) -> Result<void> {
                auto r = s.addMany(records);
                return r ? Result<void>() : Result<void>(r.error());
            });
        } else {
            const QList<QUuid> ids = idsOf();
            write([ids](EventStore &s) { return s.setDeleted<T>(ids, false); });
        }
    }
    void undo() override
    {
        const QList<QUuid> ids = idsOf();
        write([ids](EventStore &s) { return s.setDeleted<T>(ids, true); });
    }
    const QList<T> &records() const { return m_records; }

private:
    QList<QUuid> idsOf() const
    {
        QList<QUuid> ids;
        for (const T &r : m_records)
            ids.append(r.meta.id);
        return ids;
    }
    QList<T> m_records;
    bool m_added = false;
};

// Writes new field values; undo writes the old ones back. before and after hold the same ids in the same
// order.
template <typename T> class UpdateRecords : public StoreCommand
{
public:
    UpdateRecords(StorageWorker &worker, QList<T> before, QList<T> after, const QString &text)
        : StoreCommand(worker, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void redo() override { writeValues(m_after); }
    void undo() override { writeValues(m_before); }

private:
    void writeValues(const QList<T> &values)
    {
        write([values](EventStore &s) -> Result<void> {
            auto r = s.updateMany(values, EventStore::RevisionCheck::Ignore);
            return r ? Result<void>() : Result<void>(r.error());
        });
    }
    QList<T> m_before;
    QList<T> m_after;
};

// Tombstones records; undo restores them.
template <typename T> class RemoveRecords : public StoreCommand
{
public:
    RemoveRecords(StorageWorker &worker, QList<QUuid> ids, const QString &text)
        : StoreCommand(worker, text), m_ids(std::move(ids))
    {
    }
    void redo() override
    {
        const QList<QUuid> ids = m_ids;
        write([ids](EventStore &s) { return s.setDeleted<T>(ids, true); });
    }
    void undo() override
    {
        const QList<QUuid> ids = m_ids;
        write([ids](EventStore &s) { return s.setDeleted<T>(ids, false); });
    }

private:
    QList<QUuid> m_ids;
};

} // namespace EventDesk
