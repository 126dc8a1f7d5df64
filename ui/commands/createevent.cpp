#include "createevent.h"

#include "storage/storageworker.h"

#include <QCoreApplication>

namespace EventDesk
{

CreateEvent::CreateEvent(StorageWorker &worker, const Event &event)
    : StoreCommand(worker,
                   QCoreApplication::translate("EventDesk::Command", "Create event \"%1\"").arg(event.name)),
      m_event(event)
{
    if (m_event.meta.id.isNull())
        m_event.meta.id = newRecordId();
}

void CreateEvent::redo()
{
    const Event event = m_event;
    if (!m_created) {
        m_created = true;
        write([event](EventStore &s) -> Result<void> {
            auto r = s.add(event);
            return r ? Result<void>() : Result<void>(r.error());
        });
    } else {
        const QUuid id = event.meta.id;
        write([id](EventStore &s) { return s.restore<Event>(id); });
    }
}

void CreateEvent::undo()
{
    const QUuid id = m_event.meta.id;
    write([id](EventStore &s) { return s.remove<Event>(id); });
}

} // namespace EventDesk
