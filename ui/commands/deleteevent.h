#pragma once

#include "model/event.h"
#include "recordcommands.h"

namespace EventDesk
{

// Tombstones an event; undo restores it.
class DeleteEvent : public RemoveRecords<Event>
{
public:
    explicit DeleteEvent(const Event &event);
    QString savedReport() const override;

private:
    QString m_name;
};

} // namespace EventDesk
