#pragma once

#include "assistant/proposalchecker.h"
#include "storecommand.h"

#include <QCoreApplication>

#include <memory>

namespace EventDesk
{

// What applying a proposal did: the sessions written (placed, moved or added) and, for each item that
// was not, one sentence saying why.
struct AgendaApplyOutcome {
    QList<QUuid> applied;
    QStringList refused;
};

// The undo step of an approved agenda proposal: the checked, valid items the organizer kept, written in one
// transaction. At write time they are checked again against the workspace as it is then (ProposalChecker::
// recheck): a session changed since, or an item that no longer fits, is left out with a sentence, and when
// nothing is left nothing is written. Undo puts the sessions back where they were and removes the new ones;
// redo writes the same values again.
class ApplyAgendaProposal : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ApplyAgendaProposal)

public:
    // extra runs inside the first write's transaction (marking the pending proposal applied, say).
    ApplyAgendaProposal(const QUuid &eventId, QList<ProposalItem> items, const QString &text,
                        std::function<Result<void>(EventStore &)> extra = {});
    Work work(Step step) override;
    // Filled when the first write committed.
    std::shared_ptr<const AgendaApplyOutcome> outcome() const { return m_state->outcome; }

private:
    struct State {
        QList<Session> before, after, added;
        Revisions revisions;
        std::shared_ptr<AgendaApplyOutcome> outcome = std::make_shared<AgendaApplyOutcome>();
    };
    QUuid m_eventId;
    QList<ProposalItem> m_items;
    std::function<Result<void>(EventStore &)> m_extra;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace EventDesk
