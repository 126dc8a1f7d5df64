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
// registrations is a plain substring scan. Registration ids match from their start (as typed or scanned),
// and only for text that could be the start of an id, so most keystrokes do not scan them at all.
class ParticipantIndex
{
public:
    void reset(const QList<Participant> &participants);
    QList<int> filter(const ParticipantFilter &filter) const; // indices into the participants, in order
    // The same, looking only at previous: the result of filter(narrower). For typing: each keystroke that
    // extends the search text only needs to look at what the last one found.
    QList<int> filter(const ParticipantFilter &filter, const QList<int> &previous) const;
    // Whether everything that after matches also matched before: same status and ticket filters, and the
    // search text of after starts with that of before (typing on; ids match by their start).
    static bool narrows(const ParticipantFilter &before, const ParticipantFilter &after);
    qsizetype size() const { return m_haystacks.size(); }

private:
    bool matches(qsizetype i, const ParticipantFilter &filter, const QString &needle, bool idLike) const;
    static bool looksLikeIdStart(const QString &needle);
    QList<QString> m_haystacks; // name, email, organisation
    QList<QString> m_ids;
    QList<ParticipantStatus> m_status;
    QList<QUuid> m_tickets;
};

} // namespace EventDesk
