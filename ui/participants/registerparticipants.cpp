#include "registerparticipants.h"

#include "registration/registrations.h"
#include "storage/eventstore.h"

namespace EventDesk
{

RegisterParticipants::RegisterParticipants(StorageWorker &worker, const QUuid &eventId,
                                           QList<Participant> incoming, const QString &text)
    : StoreCommand(worker, text), m_eventId(eventId), m_incoming(std::move(incoming))
{
    for (Participant &p : m_incoming)
        if (p.meta.id.isNull())
            p.meta.id = newRecordId(); // known ids, for undo
}

QList<QUuid> RegisterParticipants::ids() const
{
    QList<QUuid> out;
    for (const Participant &p : m_incoming)
        out.append(p.meta.id);
    return out;
}

void RegisterParticipants::redo()
{
    if (m_written) {
        const QList<QUuid> ids = this->ids();
        write([ids](EventStore &s) { return s.setDeleted<Participant>(ids, false); });
        return;
    }
    m_written = true;
    const QUuid eventId = m_eventId;
    const QList<Participant> incoming = m_incoming;
    write([eventId, incoming](EventStore &s) -> Result<void> {
        // The form warned about an email already registered; keeping both is the organiser's choice.
        auto saved = Registrations::registerMany(s, eventId, incoming, Registrations::DuplicateEmails::Allow);
        return saved ? Result<void>() : Result<void>(saved.error());
    });
}

void RegisterParticipants::undo()
{
    const QList<QUuid> ids = this->ids();
    write([ids](EventStore &s) { return s.setDeleted<Participant>(ids, true); });
}

} // namespace EventDesk
