#include "importparticipants.h"

#include "storage/eventstore.h"

namespace EventDesk
{

ImportParticipants::ImportParticipants(StorageWorker &worker, QList<QUuid> added, QList<Participant> before,
                                       QList<Participant> after, const QString &text)
    : StoreCommand(worker, text), m_added(std::move(added)), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void ImportParticipants::redo()
{
    if (m_applied) {
        m_applied = false; // written already by the import
        return;
    }
    apply(true);
}

void ImportParticipants::undo()
{
    apply(false);
}

void ImportParticipants::apply(bool forward)
{
    const QList<QUuid> added = m_added;
    const QList<Participant> values = forward ? m_after : m_before;
    write([added, values, forward](EventStore &s) {
        return s.inTransaction([&]() -> Result<void> {
            if (!added.isEmpty())
                if (auto ok = s.setDeleted<Participant>(added, !forward); !ok)
                    return ok;
            if (!values.isEmpty())
                if (auto ok = s.updateMany(values, EventStore::RevisionCheck::Ignore); !ok)
                    return ok.error();
            return {};
        });
    });
}

} // namespace EventDesk
