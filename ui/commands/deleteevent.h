#pragma once

#include "model/event.h"
#include "storecommand.h"

namespace EventDesk
{

// Tombstones an event; undo restores it.
class DeleteEvent : public StoreCommand
{
public:
    DeleteEvent(StorageWorker &worker, const Event &event);
    void redo() override;
    void undo() override;

private:
    QUuid m_id;
};

} // namespace EventDesk
