#include "participantfilter.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

void ParticipantIndex::reset(const QList<Participant> &participants)
{
    m_haystacks.clear();
    m_ids.clear();
    m_status.clear();
    m_tickets.clear();
    m_haystacks.reserve(participants.size());
    m_ids.reserve(participants.size());
    m_status.reserve(participants.size());
    m_tickets.reserve(participants.size());
    for (const Participant &p : participants) {
        const QString text = p.name + u'\n' + p.email + u'\n' + p.organisation;
        m_haystacks.append(text.toCaseFolded());
        m_ids.append(p.meta.id.toString(QUuid::WithoutBraces)); // lower-case hex already
        m_status.append(p.status);
        m_tickets.append(p.ticketTypeId);
    }
}

bool ParticipantIndex::looksLikeIdStart(const QString &needle)
{
    if (needle.size() > 36)
        return false;
    for (QChar c : needle)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || c == u'-'))
            return false;
    return true;
}

bool ParticipantIndex::matches(qsizetype i, const ParticipantFilter &filter, const QString &needle,
                               bool idLike) const
{
    if (filter.status && m_status.at(i) != *filter.status)
        return false;
    if (filter.ticketTypeId && m_tickets.at(i) != *filter.ticketTypeId)
        return false;
    if (needle.isEmpty() || m_haystacks.at(i).contains(needle))
        return true;
    if (!idLike)
        return false;
    // The start of the id, or the registration reference ("7f3a-91c2": the id's last eight hex digits).
    if (m_ids.at(i).startsWith(needle))
        return true;
    const QString reference = QString(needle).remove(u'-');
    return reference.size() >= 4 && needle.size() <= 9 && m_ids.at(i).endsWith(reference);
}

QList<int> ParticipantIndex::filter(const ParticipantFilter &filter) const
{
    const QString needle = filter.text.trimmed().toCaseFolded();
    const bool idLike = looksLikeIdStart(needle);
    QList<int> out;
    out.reserve(m_haystacks.size());
    for (qsizetype i = 0; i < m_haystacks.size(); ++i)
        if (matches(i, filter, needle, idLike))
            out.append(int(i));
    return out;
}

QList<int> ParticipantIndex::filter(const ParticipantFilter &filter, const QList<int> &previous) const
{
    const QString needle = filter.text.trimmed().toCaseFolded();
    const bool idLike = looksLikeIdStart(needle);
    QList<int> out;
    out.reserve(previous.size());
    for (int i : previous)
        if (i >= 0 && i < m_haystacks.size() && matches(i, filter, needle, idLike))
            out.append(i);
    return out;
}

bool ParticipantIndex::narrows(const ParticipantFilter &before, const ParticipantFilter &after)
{
    return before.status == after.status && before.ticketTypeId == after.ticketTypeId &&
           after.text.trimmed().toCaseFolded().startsWith(before.text.trimmed().toCaseFolded());
}

} // namespace EventDesk
