#pragma once

#include "applyagendaproposal.h"
#include "importparticipants.h"
#include "model/customquestion.h"
#include "model/event.h"
#include "model/participant.h"
#include "recordcommands.h"
#include "runimport.h"
#include "setmessagetemplates.h"

#include <QPointer>

#include <functional>

class QAction;
class QUndoStack;

namespace EventDesk
{
class StorageWorker;

// The only door for edits from the GUI: no other code pushes on, undoes or redoes the QUndoStack.
//
// Each edit function queues one undoable command. Its write runs on the storage thread, and the command is
// pushed only when the write committed: after a failed write the stack holds nothing for it, the store is
// unchanged and StoreCommandNotifier::failed names the problem. Undo and redo also write first and move the
// stack only when that committed; a record changed since by someone else (another window, the command line,
// sync) stops them with nothing written, and the step stays where it is, to be retried or discarded.
// Edits, undo and redo run one after the other in the order they were asked for.
namespace Command
{

void setContext(QUndoStack *undoStack, StorageWorker *worker);

// Called with the outcome of a write, on the GUI thread. When an edit, undo or redo is given one and its
// context still exists, it reports failures itself; otherwise they go to StoreCommandNotifier.
using Done = std::function<void(const Result<void> &)>;

// Undo and redo the current step; the window's Undo and Redo actions call these.
void undo(QObject *context = nullptr, Done done = {});
void redo(QObject *context = nullptr, Done done = {});
// Forgets the step undo (redo) would apply, without writing: for a step that cannot be undone (redone)
// because its records changed since.
void discardUndoStep();
void discardRedoStep();
bool canUndo();
QString undoText();
QString redoText();
// True while an edit, undo or redo is being written or waits for it.
bool isBusy();
// The window's Undo and Redo actions: enabled and named after the stack, triggering undo() and redo().
QAction *createUndoAction(QObject *parent, const QString &prefix);
QAction *createRedoAction(QObject *parent, const QString &prefix);

// Queues a command (taking it); the building block of the functions below.
void push(StoreCommand *command, QObject *context = nullptr, Done done = {});

void createEvent(const Event &event);
void updateEvent(const Event &after);
void deleteEvent(const Event &event);

// Replaces the event's custom questions (one undo step; undo restores them as the write found them).
void setCustomQuestions(const QUuid &eventId, const QList<CustomQuestion> &after);
// Saves the event's message templates of the kinds in after (one undo step).
void setMessageTemplates(const QUuid &eventId, const MessageTemplates &after);

// Registrations from the form: each gets its place (or the waitlist) when written.
void registerParticipants(const QUuid &eventId, const QList<Participant> &incoming, const QString &text);
// The same, telling done (when context still exists) whether the write committed.
void registerParticipants(const QUuid &eventId, const QList<Participant> &incoming, const QString &text,
                          QObject *context, Done done);
// Sets ids to status, promoting from the waitlist where that frees places.
void changeParticipantStatus(const QUuid &eventId, const QList<QUuid> &ids, ParticipantStatus status,
                             const QString &text, QObject *context = nullptr, Done done = {});
// Deletes registrations, promoting from the waitlist into the places they held.
void removeParticipants(const QUuid &eventId, const QList<QUuid> &ids, const QString &text);
// Imports a CSV table: all or nothing, one undo step when it committed (also when context is gone by then).
// done gets what was imported.
void importParticipants(ParticipantImportRequest request, QObject *context,
                        std::function<void(const Result<ImportPlan> &)> done);

// Applies the checked, valid items of an agenda proposal the organizer kept, as one undo step (see
// ApplyAgendaProposal: re-checked at write time; items that no longer fit are refused with a sentence). done
// gets what was applied and refused, or the error when nothing was written. extra runs in the same
// transaction as the first write.
void applyAgendaProposal(const QUuid &eventId, const QList<ProposalItem> &items, QObject *context,
                         std::function<void(const Result<AgendaApplyOutcome> &)> done,
                         std::function<Result<void>(EventStore &)> extra = {});

// Writes an import prepared on the storage thread (a schedule file, a backup) in one transaction of its own,
// after the edits already sent. With undo and redo steps it is one undo step, pushed only when it committed
// (Cancel before that writes nothing and pushes nothing); without them (a backup restore) it is none. done
// gets write's sentence or error on the GUI thread, if context still exists.
void runImport(ImportSteps steps, QObject *context, std::function<void(const Result<QString> &)> done);

// Any record type; each call is one undo step, whatever the number of records.
template <typename T> void addRecords(const QList<T> &records, const QString &text)
{
    push(new AddRecords<T>(records, text));
}
// after: the records with their new values (undo writes back the values they had before the write).
template <typename T> void updateRecords(const QList<T> &after, const QString &text)
{
    push(new UpdateRecords<T>(after, text));
}
template <typename T> void removeRecords(const QList<QUuid> &ids, const QString &text)
{
    push(new RemoveRecords<T>(ids, text));
}

} // namespace Command
} // namespace EventDesk
