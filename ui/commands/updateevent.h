#pragma once

#include "model/event.h"
#include "storecommand.h"

namespace EventDesk
{

// Changes an event's fields; undo writes the previous values back.
class UpdateEvent : public StoreCommand
{
public:
    UpdateEvent(StorageWorker &worker, const Event &before, const Event &after);
    void redo() override;
    void undo() override;

private:
    void writeValues(const Event &values);
    Event m_before;
    Event m_after;
};

} // namespace EventDesk
