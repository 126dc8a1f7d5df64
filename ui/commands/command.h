#pragma once

#include "model/event.h"

class QUndoStack;

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

} // namespace Command
} // namespace EventDesk
