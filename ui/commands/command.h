#pragma once

#include "model/customquestion.h"
#include "model/event.h"
#include "recordcommands.h"
#include "setmessagetemplates.h"

#include <QUndoStack>

namespace EventDesk
{
class StorageWorker;

// The only door for edits from the GUI: each function pushes one undoable command.
namespace Command
{

void setContext(QUndoStack *undoStack, StorageWorker *worker);
QUndoStack *undoStack();
StorageWorker *worker();

void createEvent(const Event &event);
void updateEvent(const Event &before, const Event &after);
void deleteEvent(const Event &event);

// Replaces the event's custom questions (one undo step; undo restores before).
void setCustomQuestions(const QUuid &eventId, const QList<CustomQuestion> &before,
                        const QList<CustomQuestion> &after);
// Saves the event's message templates of the kinds in after (one undo step).
void setMessageTemplates(const QUuid &eventId, const MessageTemplates &before, const MessageTemplates &after);

// Any record type; each call is one undo step, whatever the number of records.
template <typename T> void addRecords(const QList<T> &records, const QString &text)
{
    Q_ASSERT(undoStack() && worker());
    undoStack()->push(new AddRecords<T>(*worker(), records, text));
}
template <typename T> void updateRecords(const QList<T> &before, const QList<T> &after, const QString &text)
{
    Q_ASSERT(undoStack() && worker() && before.size() == after.size());
    undoStack()->push(new UpdateRecords<T>(*worker(), before, after, text));
}
template <typename T> void removeRecords(const QList<QUuid> &ids, const QString &text)
{
    Q_ASSERT(undoStack() && worker());
    undoStack()->push(new RemoveRecords<T>(*worker(), ids, text));
}

} // namespace Command
} // namespace EventDesk
