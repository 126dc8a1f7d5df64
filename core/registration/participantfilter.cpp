#include "participantfilter.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

void ParticipantIndex::reset(const QList<Participant> &participants)
{
    m_haystacks.clear();
    m_status.clear();
    m_tickets.clear();
    m_haystacks.reserve(participants.size());
    m_status.reserve(participants.size());
    m_tickets.reserve(participants.size());
    for (const Participant &p : participants) {
        const QString text = p.name + u'\n' + p.email + u'\n' + p.organisation + u'\n' +
                             p.meta.id.toString(QUuid::WithoutBraces);
        m_haystacks.append(text.toCaseFolded());
        m_status.append(p.status);
        m_tickets.append(p.ticketTypeId);
    }
}

QList<int> ParticipantIndex::filter(const ParticipantFilter &filter) const
{
    const QString needle = filter.text.trimmed().toCaseFolded();
    QList<int> out;
    out.reserve(m_haystacks.size());
    for (qsizetype i = 0; i < m_haystacks.size(); ++i) {
        if (filter.status && m_status.at(i) != *filter.status)
            continue;
        if (filter.ticketTypeId && m_tickets.at(i) != *filter.ticketTypeId)
            continue;
        if (!needle.isEmpty() && !m_haystacks.at(i).contains(needle))
            continue;
        out.append(int(i));
    }
    return out;
}

} // namespace EventDesk
