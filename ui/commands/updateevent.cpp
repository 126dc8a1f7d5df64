#include "updateevent.h"

#include "storage/storageworker.h"

#include <QCoreApplication>

namespace EventDesk
{

UpdateEvent::UpdateEvent(StorageWorker &worker, const Event &before, const Event &after)
    : StoreCommand(worker,
                   QCoreApplication::translate("EventDesk::Command", "Edit event \"%1\"").arg(after.name)),
      m_before(before), m_after(after)
{
}

void UpdateEvent::writeValues(const Event &values)
{
    write([values](EventStore &s) -> Result<void> {
        auto r = s.update(values, EventStore::RevisionCheck::Ignore);
        return r ? Result<void>() : Result<void>(r.error());
    });
}

void UpdateEvent::redo()
{
    writeValues(m_after);
}

void UpdateEvent::undo()
{
    writeValues(m_before);
}

} // namespace EventDesk
