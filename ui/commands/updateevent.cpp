#include "updateevent.h"

#include <QCoreApplication>

namespace EventDesk
{

UpdateEvent::UpdateEvent(const Event &after)
    : UpdateRecords<Event>(
          {after}, QCoreApplication::translate("EventDesk::Command", "Edit event \"%1\"").arg(after.name))
{
}

} // namespace EventDesk
