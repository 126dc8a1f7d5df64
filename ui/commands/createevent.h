#pragma once

#include "model/event.h"
#include "storecommand.h"

namespace EventDesk
{

// Adds an event; undo tombstones it, redo brings the same record back.
class CreateEvent : public StoreCommand
{
public:
    CreateEvent(StorageWorker &worker, const Event &event);
    void redo() override;
    void undo() override;

private:
    Event m_event;
    bool m_created = false;
};

} // namespace EventDesk
