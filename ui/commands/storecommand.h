#pragma once

#include "model/record.h"
#include "model/recordids.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QUndoCommand>

#include <functional>

namespace EventDesk
{
class EventStore;

// The revision each record had when a command's last write committed, by id.
using Revisions = QHash<QUuid, qint64>;

// Base of every undoable edit. A command only describes its writes; the Command facade (command.h) runs
// them on the storage thread and moves the undo stack only after a write committed: the first write before
// the command is pushed, undo's and redo's before the stack index moves. QUndoCommand's redo() and undo(),
// which QUndoStack calls when it moves, therefore write nothing.
//
// Every write is one transaction and remembers what it left (the records' revisions, or the values read
// back). Undo and redo write only while that is still what the workspace holds: when another window, the
// command line or sync changed one of the records since, nothing is written and the error names the record.
// Who made that change is not recorded in the workspace schema, so it cannot be named.
class StoreCommand : public QUndoCommand
{
public:
    enum class Step { First, Undo, Redo };
    using Work = std::function<Result<void>(EventStore &)>;

    explicit StoreCommand(const QString &text) : QUndoCommand(text) {}

    // The write of a step, run on the storage thread. It updates the state the command shares with its
    // later steps only when its transaction committed.
    virtual Work work(Step step) = 0;
    // Called on the GUI thread after the step's write committed, before the stack moves.
    virtual void committed(Step step) { Q_UNUSED(step); }
    // What the window reports once the first write committed, when more than its "Saved: <text>." (a
    // destructive step names how to take it back); empty for that.
    virtual QString savedReport() const { return {}; }

    void redo() final {}
    void undo() final {}
};

namespace StoreWrite
{
// Runs write in one transaction and then reads the revisions of ids as it left them into *revisions, which
// is changed only when everything committed.
Result<void> remembering(EventStore &store, RecordKind kind, const QList<QUuid> &ids, Revisions *revisions,
                         const std::function<Result<void>()> &write);
// Whether every revision of the record after seen, up to current, was written by this program's own edits
// (remembering() notes them): a copy that is stale only through our own earlier edits (quick successive drags
// of one card) may still be written; one changed by a teammate or the CLI since may not. Storage thread only.
bool onlyOwnWritesSince(const QUuid &id, qint64 seen, qint64 current);
// The records with meta.revision set to the remembered one, for a revision-checked (Strict) update.
template <typename T> QList<T> expecting(QList<T> records, const Revisions &revisions)
{
    for (T &r : records)
        r.meta.revision = revisions.value(r.meta.id, -1);
    return records;
}
template <typename T> QList<QUuid> idsOf(const QList<T> &records)
{
    return recordIds(records);
}
// Result<int> and the like as Result<void>.
template <typename R> Result<void> done(const R &result)
{
    return result ? Result<void>() : Result<void>(result.error());
}
} // namespace StoreWrite

// Tells the main window about edits that could not be written (the facade's writes run asynchronously).
class StoreCommandNotifier : public QObject
{
    Q_OBJECT
public:
    static StoreCommandNotifier *instance();
signals:
    // An edit, undo or redo failed and nothing was written; message is one sentence.
    void failed(const QString &message);
    // Undo (or redo, when undo is false) wrote nothing because a record changed since; the step stays where
    // it is and can be retried or discarded (Command::discardUndoStep, discardRedoStep).
    void stepBlocked(const QString &message, bool undo);
    // Something the user stopped (a cancelled import); nothing was written.
    void notice(const QString &message);
    // A new edit was written and its step is on the undo stack; text is the step's ("Add Room", …), report
    // the step's own sentence for it (StoreCommand::savedReport) or empty.
    void saved(const QString &text, const QString &report);
    // A step was undone (or redone, when undo is false) and the stack moved; text is the step's.
    void moved(const QString &text, bool undo);
};

} // namespace EventDesk
