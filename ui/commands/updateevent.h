#pragma once

#include "model/event.h"
#include "recordcommands.h"

namespace EventDesk
{

// Changes an event's fields; undo writes the previous values back.
class UpdateEvent : public UpdateRecords<Event>
{
public:
    explicit UpdateEvent(const Event &after);
};

} // namespace EventDesk
