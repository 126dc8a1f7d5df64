#include "deleteevent.h"

#include "storage/storageworker.h"

#include <QCoreApplication>

namespace EventDesk
{

DeleteEvent::DeleteEvent(StorageWorker &worker, const Event &event)
    : StoreCommand(worker,
                   QCoreApplication::translate("EventDesk::Command", "Delete event \"%1\"").arg(event.name)),
      m_id(event.meta.id)
{
}

void DeleteEvent::redo()
{
    const QUuid id = m_id;
    write([id](EventStore &s) { return s.remove<Event>(id); });
}

void DeleteEvent::undo()
{
    const QUuid id = m_id;
    write([id](EventStore &s) { return s.restore<Event>(id); });
}

} // namespace EventDesk
