#include "command.h"

#include "changeparticipantstatus.h"
#include "createevent.h"
#include "deleteevent.h"
#include "registerparticipants.h"
#include "removeparticipants.h"
#include "setcustomquestions.h"
#include "storage/storageworker.h"
#include "updateevent.h"

#include <QAction>
#include <QCoreApplication>
#include <QUndoStack>

#include <deque>
#include <memory>

namespace EventDesk::Command
{

namespace
{

QString translate(const char *text)
{
    return QCoreApplication::translate("EventDesk::Command", text);
}

// One request: an edit to write and push, or an undo or redo of the current step.
struct Request {
    enum class Kind { Push, Undo, Redo };
    Kind kind = Kind::Push;
    std::unique_ptr<StoreCommand> command; // Push only
    bool guarded = false;                  // done only while context exists
    QPointer<QObject> context;
    Done done;

    // Tells the requester, or the main window when there is none (any more). Returns whether it was told.
    bool tell(const Result<void> &result) const
    {
        if (!done || (guarded && !context))
            return false;
        done(result);
        return true;
    }
};

// The requests run one at a time, in order: each write sees the stack as the previous one left it.
struct Queue {
    QPointer<QUndoStack> stack;
    StorageWorker *worker = nullptr;
    std::deque<std::shared_ptr<Request>> pending;
    bool running = false;
    quint64 generation = 0; // a new context drops the old one's answers
};

Queue &queue()
{
    static Queue q;
    return q;
}

// The stack holds only StoreCommands, all pushed here; the facade owns them and updates their state.
StoreCommand *commandAt(int index)
{
    return const_cast<StoreCommand *>(dynamic_cast<const StoreCommand *>(queue().stack->command(index)));
}

void runNext();

void finish(const std::shared_ptr<Request> &request, StoreCommand *command, const Result<void> &result)
{
    Queue &q = queue();
    using Kind = Request::Kind;
    if (result && q.stack) {
        switch (request->kind) {
        case Kind::Push: {
            command->committed(StoreCommand::Step::First);
            const QString text = command->text(); // the stack may merge the step and delete it
            const QString report = command->savedReport();
            q.stack->push(request->command.release()); // its redo() writes nothing: the write is done
            emit StoreCommandNotifier::instance()->saved(text, report);
            break;
        }
        case Kind::Undo:
            command->committed(StoreCommand::Step::Undo);
            q.stack->undo();
            emit StoreCommandNotifier::instance()->moved(command->text(), true);
            break;
        case Kind::Redo:
            command->committed(StoreCommand::Step::Redo);
            q.stack->redo();
            emit StoreCommandNotifier::instance()->moved(command->text(), false);
            break;
        }
    }
    if (!request->tell(result) && !result) {
        const Error &e = result.error();
        if (e.code == ErrorCode::Cancelled)
            emit StoreCommandNotifier::instance()->notice(e.message);
        else if (request->kind == Kind::Push)
            emit StoreCommandNotifier::instance()->failed(
                translate("Could not save \"%1\": %2").arg(command->text(), e.message));
        else {
            const bool undo = request->kind == Kind::Undo;
            const QString message = (undo ? translate("Could not undo \"%1\": %2 Nothing was changed.")
                                          : translate("Could not redo \"%1\": %2 Nothing was changed."))
                                        .arg(command->text(), e.message);
            if (e.code == ErrorCode::Conflict)
                emit StoreCommandNotifier::instance()->stepBlocked(message, undo);
            else
                emit StoreCommandNotifier::instance()->failed(message);
        }
    }
}

void runNext()
{
    Queue &q = queue();
    while (!q.running && !q.pending.empty()) {
        std::shared_ptr<Request> request = q.pending.front();
        q.pending.pop_front();
        if (!q.stack || !q.worker)
            continue;
        StoreCommand *command = nullptr;
        StoreCommand::Step step = StoreCommand::Step::First;
        switch (request->kind) {
        case Request::Kind::Push:
            command = request->command.get();
            break;
        case Request::Kind::Undo:
            if (q.stack->canUndo())
                command = commandAt(q.stack->index() - 1);
            step = StoreCommand::Step::Undo;
            break;
        case Request::Kind::Redo:
            if (q.stack->canRedo())
                command = commandAt(q.stack->index());
            step = StoreCommand::Step::Redo;
            break;
        }
        if (!command) {
            request->tell(Error{ErrorCode::NotFound,
                                request->kind == Request::Kind::Undo ? translate("There is nothing to undo.")
                                                                     : translate("There is nothing to redo."),
                                {}});
            continue;
        }
        q.running = true;
        const quint64 generation = q.generation;
        q.worker->run(StoreCommandNotifier::instance(), command->work(step),
                      [request, command, generation](const Result<void> &result) {
                          Queue &q = queue();
                          if (generation != q.generation)
                              return;
                          q.running = false;
                          finish(request, command, result);
                          runNext();
                      });
    }
}

void enqueue(Request::Kind kind, StoreCommand *command, QObject *context, Done done)
{
    auto request = std::make_shared<Request>();
    request->kind = kind;
    request->command.reset(command);
    request->guarded = context != nullptr;
    request->context = context;
    request->done = std::move(done);
    queue().pending.push_back(std::move(request));
    runNext();
}

void discard(bool undoStep)
{
    Queue &q = queue();
    if (!q.stack || isBusy() || !(undoStep ? q.stack->canUndo() : q.stack->canRedo()))
        return;
    // QUndoStack drops an obsolete command instead of moving past it; its undo() and redo() write nothing.
    commandAt(undoStep ? q.stack->index() - 1 : q.stack->index())->setObsolete(true);
    if (undoStep)
        q.stack->undo();
    else
        q.stack->redo();
}

} // namespace

void setContext(QUndoStack *undoStack, StorageWorker *worker)
{
    Queue &q = queue();
    q.stack = undoStack;
    q.worker = worker;
    q.pending.clear();
    q.running = false;
    ++q.generation;
}

void applyAgendaProposal(const QUuid &eventId, const QList<ProposalItem> &items, QObject *context,
                         std::function<void(const Result<AgendaApplyOutcome> &)> done,
                         std::function<Result<void>(EventStore &)> extra)
{
    auto *command = new ApplyAgendaProposal(
        eventId, items,
        QCoreApplication::translate("EventDesk::Command", "Apply the assistant's proposal (%n item(s))",
                                    nullptr, int(items.size())),
        std::move(extra));
    const auto outcome = command->outcome();
    if (!done) {
        push(command, context);
        return;
    }
    push(command, context, [outcome, done = std::move(done)](const Result<void> &result) {
        if (result)
            done(*outcome);
        else
            done(result.error());
    });
}

void undo(QObject *context, Done done)
{
    enqueue(Request::Kind::Undo, nullptr, context, std::move(done));
}

void redo(QObject *context, Done done)
{
    enqueue(Request::Kind::Redo, nullptr, context, std::move(done));
}

void discardUndoStep()
{
    discard(true);
}

void discardRedoStep()
{
    discard(false);
}

bool canUndo()
{
    return queue().stack && queue().stack->canUndo();
}

QString undoText()
{
    return queue().stack ? queue().stack->undoText() : QString();
}

QString redoText()
{
    return queue().stack ? queue().stack->redoText() : QString();
}

bool isBusy()
{
    return queue().running || !queue().pending.empty();
}

QAction *createUndoAction(QObject *parent, const QString &prefix)
{
    QUndoStack *stack = queue().stack;
    Q_ASSERT(stack);
    QAction *action = stack->createUndoAction(parent, prefix);
    QObject::disconnect(action, &QAction::triggered, stack, &QUndoStack::undo);
    QObject::connect(action, &QAction::triggered, action, [] { undo(); });
    return action;
}

QAction *createRedoAction(QObject *parent, const QString &prefix)
{
    QUndoStack *stack = queue().stack;
    Q_ASSERT(stack);
    QAction *action = stack->createRedoAction(parent, prefix);
    QObject::disconnect(action, &QAction::triggered, stack, &QUndoStack::redo);
    QObject::connect(action, &QAction::triggered, action, [] { redo(); });
    return action;
}

void push(StoreCommand *command, QObject *context, Done done)
{
    Q_ASSERT(queue().stack && queue().worker);
    enqueue(Request::Kind::Push, command, context, std::move(done));
}

void runImport(ImportSteps steps, QObject *context, std::function<void(const Result<QString> &)> done)
{
    Q_ASSERT(queue().worker);
    if (!steps.undo || !steps.redo) {
        queue().worker->run(context, std::move(steps.write), std::move(done));
        return;
    }
    auto *command = new RunImport(std::move(steps));
    push(command, context,
         [sentence = command->sentence(), done = std::move(done)](const Result<void> &result) {
             if (!done)
                 return;
             if (result)
                 done(*sentence);
             else
                 done(result.error());
         });
}

void createEvent(const Event &event)
{
    push(new CreateEvent(event));
}

void updateEvent(const Event &after)
{
    push(new UpdateEvent(after));
}

void deleteEvent(const Event &event)
{
    push(new DeleteEvent(event));
}

void setCustomQuestions(const QUuid &eventId, const QList<CustomQuestion> &after)
{
    push(new SetCustomQuestions(eventId, after));
}

void setMessageTemplates(const QUuid &eventId, const MessageTemplates &after)
{
    push(new SetMessageTemplates(eventId, after));
}

void registerParticipants(const QUuid &eventId, const QList<Participant> &incoming, const QString &text)
{
    push(new RegisterParticipants(eventId, incoming, text));
}

void registerParticipants(const QUuid &eventId, const QList<Participant> &incoming, const QString &text,
                          QObject *context, Done done)
{
    push(new RegisterParticipants(eventId, incoming, text), context, std::move(done));
}

void changeParticipantStatus(const QUuid &eventId, const QList<QUuid> &ids, ParticipantStatus status,
                             const QString &text, QObject *context, Done done)
{
    push(new ChangeParticipantStatus(eventId, ids, status, text), context, std::move(done));
}

void removeParticipants(const QUuid &eventId, const QList<QUuid> &ids, const QString &text)
{
    push(new RemoveParticipants(eventId, ids, text));
}

void importParticipants(ParticipantImportRequest request, QObject *context,
                        std::function<void(const Result<ImportPlan> &)> done)
{
    auto *command = new ImportParticipants(std::move(request));
    push(command, context, [command, done = std::move(done)](const Result<void> &result) {
        // command is still alive here: on success the stack owns it, on failure the request does.
        if (result)
            done(command->plan());
        else
            done(result.error());
    });
}

} // namespace EventDesk::Command
