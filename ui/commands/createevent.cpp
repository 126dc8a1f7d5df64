#include "createevent.h"

#include <QCoreApplication>

namespace EventDesk
{

CreateEvent::CreateEvent(const Event &event)
    : AddRecords<Event>(
          {event}, QCoreApplication::translate("EventDesk::Command", "Create event \"%1\"").arg(event.name))
{
}

} // namespace EventDesk
