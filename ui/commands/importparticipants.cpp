#include "importparticipants.h"

#include "storage/customquestionstore.h"
#include "storage/eventstore.h"

#include <QCoreApplication>

namespace EventDesk
{

ImportParticipants::ImportParticipants(ParticipantImportRequest request)
    : StoreCommand(QCoreApplication::translate("EventDesk::Command", "Import participants")),
      m_request(std::move(request))
{
}

void ImportParticipants::committed(Step step)
{
    if (step != Step::First)
        return;
    m_request.table = CsvTable(); // not needed any more; the plan is what undo and redo write
    setText(QCoreApplication::translate("EventDesk::Command", "Import %n participant(s)", nullptr,
                                        int(plan().added.size() + plan().updated.size())));
}

StoreCommand::Work ImportParticipants::work(Step step)
{
    if (step == Step::First)
        return [request = m_request, state = m_state](EventStore &s) {
            State next;
            auto ok = s.inTransaction([&]() -> Result<void> {
                auto plan = ParticipantImport::plan(s, request.table, request.options, request.eventId);
                if (!plan)
                    return plan.error();
                next.plan = plan.value();
                if (!next.plan.skipped.isEmpty() && !request.allowSkippedLines)
                    return Error{ErrorCode::Validation,
                                 QCoreApplication::translate(
                                     "EventDesk::Command",
                                     "%n line(s) cannot be imported; nothing was imported. Run a dry run to "
                                     "see them, then choose Import again to import the other lines.",
                                     nullptr, int(next.plan.skipped.size())),
                                 {}};
                const QList<QUuid> ids = newRecordIds(next.plan.added.size()); // known ids, for undo
                for (qsizetype i = 0; i < ids.size(); ++i)
                    next.plan.added[i].meta.id = ids.at(i);
                auto written =
                    ParticipantImport::commit(s, request.eventId, next.plan, [&request](int done, int total) {
                        if (request.progress)
                            request.progress(done, total);
                        return !request.cancel->load();
                    });
                if (!written)
                    return written.error();
                auto revisions =
                    s.revisions(RecordKind::Participant,
                                StoreWrite::idsOf(next.plan.added) + StoreWrite::idsOf(next.plan.updated));
                if (!revisions)
                    return revisions.error();
                next.revisions = revisions.value();
                return {};
            });
            if (ok)
                *state = next;
            return ok;
        };
    const bool undo = step == Step::Undo;
    return [state = m_state, undo](EventStore &s) {
        const ImportPlan &plan = state->plan;
        const QList<QUuid> added = StoreWrite::idsOf(plan.added);
        const QList<Participant> values =
            StoreWrite::expecting(undo ? plan.before : plan.updated, state->revisions);
        const Revisions expected = state->revisions;
        return StoreWrite::remembering(
            s, RecordKind::Participant, added + StoreWrite::idsOf(values), &state->revisions,
            [&]() -> Result<void> {
                // The ticket types and questions the import created go and come back with it.
                QList<QUuid> newTickets;
                for (const NewTicketType &t : plan.newTicketTypes)
                    newTickets.append(t.type.meta.id);
                if (!newTickets.isEmpty() && !undo)
                    if (auto ok = s.setDeleted<TicketType>(newTickets, false); !ok)
                        return ok;
                if (!plan.newQuestions.isEmpty()) {
                    CustomQuestionStore questionStore(s);
                    auto questions = questionStore.list(plan.newQuestions.first().question.eventId);
                    if (!questions)
                        return questions.error();
                    QList<CustomQuestion> next = questions.value();
                    for (const NewQuestion &q : plan.newQuestions) {
                        next.removeIf([&q](const CustomQuestion &c) { return c.id == q.question.id; });
                        if (!undo)
                            next.append(q.question);
                    }
                    if (auto ok = questionStore.replace(plan.newQuestions.first().question.eventId, next);
                        !ok)
                        return ok;
                }
                if (!added.isEmpty())
                    if (auto ok = s.setDeleted<Participant>(added, undo, expected); !ok)
                        return ok;
                if (!newTickets.isEmpty() && undo)
                    if (auto ok = s.setDeleted<TicketType>(newTickets, true); !ok)
                        return ok;
                if (values.isEmpty())
                    return {};
                return StoreWrite::done(s.updateMany(values, EventStore::RevisionCheck::Strict));
            });
    };
}

} // namespace EventDesk
