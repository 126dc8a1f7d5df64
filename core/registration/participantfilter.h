#pragma once

#include "model/participant.h"

#include <QList>

#include <optional>

namespace EventDesk
{

// What the participant table shows: text search over name, email, organisation and registration id,
// plus status and ticket type filters.
struct ParticipantFilter {
    QString text;
    std::optional<ParticipantStatus> status;
    std::optional<QUuid> ticketTypeId; // a null id: no ticket type
};

// Participants prepared for fast filtering: the searchable text is folded once, so a keystroke over 100k
// registrations is a plain substring scan.
class ParticipantIndex
{
public:
    void reset(const QList<Participant> &participants);
    QList<int> filter(const ParticipantFilter &filter) const; // indices into the participants, in order
    qsizetype size() const { return m_haystacks.size(); }

private:
    QList<QString> m_haystacks;
    QList<ParticipantStatus> m_status;
    QList<QUuid> m_tickets;
};

} // namespace EventDesk
