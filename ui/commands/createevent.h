#pragma once

#include "model/event.h"
#include "recordcommands.h"

namespace EventDesk
{

// Adds an event; undo tombstones it, redo brings the same record back.
class CreateEvent : public AddRecords<Event>
{
public:
    explicit CreateEvent(const Event &event);
};

} // namespace EventDesk
