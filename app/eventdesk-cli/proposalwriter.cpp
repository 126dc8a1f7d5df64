#include "proposalwriter.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

Result<ProposalChecker::Recheck> ProposalWriter::write(EventStore &store, const QUuid &eventId,
                                                       const QList<ProposalItem> &items)
{
    ProposalChecker::Recheck recheck;
    auto ok = store.inTransaction([&]() -> Result<void> {
        auto data = ScheduleData::load(store, eventId);
        if (!data)
            return data.error();
        recheck = ProposalChecker::recheck(data.value(), items);
        QList<Session> updated, added;
        for (const ProposalItem &item : std::as_const(recheck.applicable)) {
            Session s = item.session;
            s.meta.revision = item.before ? item.before->meta.revision : 0;
            (item.before ? updated : added).append(s);
        }
        if (!updated.isEmpty())
            if (auto r = store.updateMany(updated, EventStore::RevisionCheck::Strict); !r)
                return r.error();
        if (!added.isEmpty())
            if (auto r = store.addMany(added); !r)
                return r.error();
        return {};
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
