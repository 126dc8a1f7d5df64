#include "registerparticipants.h"

#include "registration/registrations.h"
#include "storage/eventstore.h"

namespace EventDesk
{

RegisterParticipants::RegisterParticipants(const QUuid &eventId, QList<Participant> incoming,
                                           const QString &text)
    : StoreCommand(text), m_eventId(eventId), m_incoming(std::move(incoming))
{
    for (Participant &p : m_incoming)
        if (p.meta.id.isNull())
            p.meta.id = newRecordId(); // known ids, for undo
}

QList<QUuid> RegisterParticipants::ids() const
{
    return StoreWrite::idsOf(m_incoming);
}

StoreCommand::Work RegisterParticipants::work(Step step)
{
    const QList<QUuid> ids = this->ids();
    if (step == Step::First)
        return [eventId = m_eventId, incoming = m_incoming, ids, revisions = m_revisions](EventStore &s) {
            return StoreWrite::remembering(s, RecordKind::Participant, ids, revisions.get(), [&] {
                // The form warned about an email already registered; keeping both is the organiser's choice.
                return StoreWrite::done(
                    Registrations::registerMany(s, eventId, incoming, Registrations::DuplicateEmails::Allow));
            });
        };
    const bool deleted = step == Step::Undo;
    return [ids, revisions = m_revisions, deleted](EventStore &s) {
        const Revisions expected = *revisions;
        return StoreWrite::remembering(s, RecordKind::Participant, ids, revisions.get(),
                                       [&] { return s.setDeleted<Participant>(ids, deleted, expected); });
    };
}

} // namespace EventDesk
