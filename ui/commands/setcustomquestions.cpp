#include "setcustomquestions.h"

#include "storage/customquestionstore.h"
#include "storage/storageworker.h"

#include <QCoreApplication>

namespace EventDesk
{

SetCustomQuestions::SetCustomQuestions(StorageWorker &worker, const QUuid &eventId,
                                       QList<CustomQuestion> before, QList<CustomQuestion> after)
    : StoreCommand(worker,
                   QCoreApplication::translate("EventDesk::Command", "Edit the registration questions")),
      m_eventId(eventId), m_before(std::move(before)), m_after(std::move(after))
{
}

void SetCustomQuestions::writeValues(const QList<CustomQuestion> &values)
{
    const QUuid eventId = m_eventId;
    write([eventId, values](EventStore &s) { return CustomQuestionStore(s).replace(eventId, values); });
}

void SetCustomQuestions::redo()
{
    writeValues(m_after);
}

void SetCustomQuestions::undo()
{
    writeValues(m_before);
}

} // namespace EventDesk
