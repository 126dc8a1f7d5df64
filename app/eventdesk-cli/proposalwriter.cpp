#include "proposalwriter.h"

#include "assistant/agendaapplyplan.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

Result<ProposalChecker::Recheck> ProposalWriter::write(EventStore &store, const QUuid &eventId,
                                                       const QList<ProposalItem> &items,
                                                       const std::function<Result<void>()> &afterWrite)
{
    ProposalChecker::Recheck recheck;
    auto ok = store.inTransaction([&]() -> Result<void> {
        auto plan = AgendaApplyPlan::make(store, eventId, items);
        if (!plan)
            return plan.error();
        recheck = plan.value().recheck;
        if (plan.value().isEmpty())
            return {};
        if (auto written = plan.value().write(store); !written)
            return written;
        return afterWrite ? afterWrite() : Result<void>();
    });
    if (!ok)
        return ok.error();
    return recheck;
}

QJsonObject ProposalWriter::itemJson(const ProposalItem &item, const QTimeZone &zone)
{
    const Session &s = item.session;
    return {
        {u"kind"_s, ProposalChecker::kindName(item.kind)},
        {u"index"_s, item.index},
        {u"session"_s,
         s.meta.id.isNull() ? QJsonValue() : QJsonValue(s.meta.id.toString(QUuid::WithoutBraces))},
        {u"title"_s, s.title},
        {u"room"_s, s.roomId.isNull() ? QJsonValue() : QJsonValue(s.roomId.toString(QUuid::WithoutBraces))},
        {u"roomName"_s, item.roomName},
        {u"start"_s, s.start.isValid() ? QJsonValue(s.start.toTimeZone(zone).toString(u"yyyy-MM-ddTHH:mm"_s))
                                       : QJsonValue()},
        {u"duration_minutes"_s, s.durationMinutes},
        {u"description"_s, ProposalChecker::describe(item, zone)},
        {u"valid"_s, item.valid()},
        {u"conflicting"_s, item.conflicting},
        {u"problems"_s, QJsonArray::fromStringList(item.problems)}};
}

} // namespace EventDesk
