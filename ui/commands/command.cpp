#include "command.h"

#include "createevent.h"
#include "deleteevent.h"
#include "setcustomquestions.h"
#include "setmessagetemplates.h"
#include "updateevent.h"

#include <QPointer>
#include <QUndoStack>

namespace EventDesk::Command
{

namespace
{
QPointer<QUndoStack> s_undoStack;
StorageWorker *s_worker = nullptr;
} // namespace

void setContext(QUndoStack *undoStack, StorageWorker *worker)
{
    s_undoStack = undoStack;
    s_worker = worker;
}

QUndoStack *undoStack()
{
    return s_undoStack;
}

StorageWorker *worker()
{
    return s_worker;
}

void createEvent(const Event &event)
{
    Q_ASSERT(s_undoStack && s_worker);
    s_undoStack->push(new CreateEvent(*s_worker, event));
}

void updateEvent(const Event &before, const Event &after)
{
    Q_ASSERT(s_undoStack && s_worker);
    s_undoStack->push(new UpdateEvent(*s_worker, before, after));
}

void deleteEvent(const Event &event)
{
    Q_ASSERT(s_undoStack && s_worker);
    s_undoStack->push(new DeleteEvent(*s_worker, event));
}

void setCustomQuestions(const QUuid &eventId, const QList<CustomQuestion> &before,
                        const QList<CustomQuestion> &after)
{
    Q_ASSERT(s_undoStack && s_worker);
    s_undoStack->push(new SetCustomQuestions(*s_worker, eventId, before, after));
}

void setMessageTemplates(const QUuid &eventId, const MessageTemplates &before, const MessageTemplates &after)
{
    Q_ASSERT(s_undoStack && s_worker);
    s_undoStack->push(new SetMessageTemplates(*s_worker, eventId, before, after));
}

} // namespace EventDesk::Command
