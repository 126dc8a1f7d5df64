#include "participantstatistics.h"

#include "eventstore.h"
#include "recordcodec.h"
#include "storeaccess.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace EventDesk
{

using namespace Storage;

Result<QList<ParticipantStatistics::TicketStatusCount>>
ParticipantStatistics::countByTicketAndStatus(const QUuid &eventId) const
{
    QSqlQuery q(StoreAccess::db(m_store));
    q.setForwardOnly(true);
    q.prepare(u"SELECT ticket_type_id, status, count(*) FROM participants WHERE event_id = ? AND deleted = 0 "
              "GROUP BY ticket_type_id, status"_s);
    q.addBindValue(toDb(eventId));
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    QList<TicketStatusCount> out;
    while (q.next()) {
        const auto status = participantStatusFromName(q.value(1).toString());
        if (!status)
            continue; // a status this version does not know: not counted under a wrong one
        out.append({uuidFromDb(q.value(0)), *status, q.value(2).toLongLong()});
    }
    return out;
}

Result<QList<ParticipantStatistics::HourCount>>
ParticipantStatistics::countByRegistrationHour(const QUuid &eventId) const
{
    // created_utc is ISO 8601 in UTC ("2026-11-30T06:30:00.000Z"): its first 13 characters name the hour.
    QSqlQuery q(StoreAccess::db(m_store));
    q.setForwardOnly(true);
    q.prepare(u"SELECT substr(created_utc, 1, 13) AS hour, count(*) FROM participants "
              "WHERE event_id = ? AND deleted = 0 GROUP BY hour ORDER BY hour"_s);
    q.addBindValue(toDb(eventId));
    if (!q.exec())
        return StoreAccess::dbError(m_store, EventStore::tr("The workspace could not be read."),
                                    q.lastError().text());
    QList<HourCount> out;
    while (q.next()) {
        QDateTime hour = QDateTime::fromString(q.value(0).toString() + u":00:00Z"_s, Qt::ISODate);
        if (!hour.isValid())
            continue;
        out.append({hour.toUTC(), q.value(1).toLongLong()});
    }
    return out;
}

} // namespace EventDesk
