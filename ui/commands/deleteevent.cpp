#include "deleteevent.h"

#include <QCoreApplication>

namespace EventDesk
{

DeleteEvent::DeleteEvent(const Event &event)
    : RemoveRecords<Event>(
          {event.meta.id},
          QCoreApplication::translate("EventDesk::Command", "Delete event \"%1\"").arg(event.name))
{
}

} // namespace EventDesk
