#include "pendingagendaproposal.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QString PendingAgendaProposal::itemKey(const ProposalItem &item)
{
    return (item.kind == ProposalItemKind::New ? u"new_sessions/%1"_s : u"placements/%1"_s).arg(item.index);
}

AssistantProposal PendingAgendaProposal::toRecord(AssistantProposal::State state) const
{
    QStringList keys(unchecked.begin(), unchecked.end());
    std::sort(keys.begin(), keys.end());
    AssistantProposal r;
    r.id = id;
    r.eventId = eventId;
    r.kind = QString::fromUtf16(kKind);
    r.state = state;
    r.payload = {
        {u"request"_s, request}, {u"answer"_s, answer}, {u"unchecked"_s, QJsonArray::fromStringList(keys)}};
    return r;
}

Result<PendingAgendaProposal> PendingAgendaProposal::fromRecord(const AssistantProposal &record)
{
    if (record.kind != QStringView(kKind) || !record.payload.value(u"answer"_s).isString())
        return Error{ErrorCode::Corrupt,
                     ProposalChecker::tr("The kept agenda proposal could not be read; ask for a new one."),
                     record.id.toString()};
    PendingAgendaProposal p;
    p.id = record.id;
    p.eventId = record.eventId;
    p.request = record.payload.value(u"request"_s).toString();
    p.answer = record.payload.value(u"answer"_s).toString();
    for (const QJsonValue &v : record.payload.value(u"unchecked"_s).toArray())
        p.unchecked.insert(v.toString());
    return p;
}

} // namespace EventDesk
