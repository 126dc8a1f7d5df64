#pragma once

#include "proposalchecker.h"

namespace EventDesk
{

class EventStore;

// What applying the chosen items of an agenda proposal writes, decided against the workspace as it is now
// (ProposalChecker::recheck): a session changed since, or an item that no longer fits, is refused with a
// sentence. The window's Apply (one undo step) and the CLI's apply both write through this, in one
// transaction of theirs, and only after the organizer approved the items.
struct AgendaApplyPlan {
    ProposalChecker::Recheck recheck;
    QList<Session> before;  // the placed or moved sessions as stored
    QList<Session> updated; // the same as proposed, with the stored revision (refused if changed since)
    QList<Session> added;   // new sessions
    QList<QUuid> ids;       // of every session written, in the items' order

    bool isEmpty() const { return ids.isEmpty(); }

    static Result<AgendaApplyPlan> make(const EventStore &store, const QUuid &eventId,
                                        const QList<ProposalItem> &items);
    // The writes, inside the caller's transaction.
    Result<void> write(EventStore &store) const;
};

} // namespace EventDesk
