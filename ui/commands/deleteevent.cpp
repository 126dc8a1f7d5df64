#include "deleteevent.h"

#include <QCoreApplication>
#include <QKeySequence>

namespace EventDesk
{

DeleteEvent::DeleteEvent(const Event &event)
    : RemoveRecords<Event>(
          {event.meta.id},
          QCoreApplication::translate("EventDesk::Command", "Delete event \"%1\"").arg(event.name)),
      m_name(event.name)
{
}

QString DeleteEvent::savedReport() const
{
    return QCoreApplication::translate("EventDesk::Command", "Deleted \"%1\". Undo with %2.")
        .arg(m_name, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
}

} // namespace EventDesk
