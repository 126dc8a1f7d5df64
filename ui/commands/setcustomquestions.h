#pragma once

#include "model/customquestion.h"
#include "storecommand.h"

namespace EventDesk
{

// Replaces an event's custom registration questions; undo writes the previous list back.
class SetCustomQuestions : public StoreCommand
{
public:
    SetCustomQuestions(StorageWorker &worker, const QUuid &eventId, QList<CustomQuestion> before,
                       QList<CustomQuestion> after);
    void redo() override;
    void undo() override;

private:
    void writeValues(const QList<CustomQuestion> &values);
    QUuid m_eventId;
    QList<CustomQuestion> m_before;
    QList<CustomQuestion> m_after;
};

} // namespace EventDesk
