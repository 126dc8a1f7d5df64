#pragma once

#include "record.h"

#include <QDate>
#include <QJsonObject>
#include <QTime>

#include <optional>

namespace EventDesk
{

enum class EventStatus { Draft, Published };
QString eventStatusName(EventStatus status); // "draft" / "published"
std::optional<EventStatus> eventStatusFromName(const QString &name);
QString eventStatusDisplayName(EventStatus status);

struct Event {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::Event)
public:
    static constexpr RecordKind kind = RecordKind::Event;
    RecordMeta meta;
    QString name;
    QString description;
    QString timeZone = QStringLiteral("UTC"); // IANA id
    QDate startDate;
    QDate endDate;
    QTime dayStart = QTime(9, 0);
    QTime dayEnd = QTime(18, 0);
    QString venueName;
    QString venueAddress;
    EventStatus status = EventStatus::Draft;
    std::optional<int> capacity; // registrations; no value: unlimited
    bool autoPromoteWaitlist = true;
    int changeoverMinutes = 10;    // a speaker's minimum gap between rooms
    int roomChangeoverMinutes = 0; // minutes kept free in a room after each session
    QString acronym;               // short name, as schedule.xml's <acronym> ("fosdem2027")
    QJsonObject conflictRules;     // rule name -> "error" | "warning" | "off"; missing: the rule's default

    FieldErrors validate() const;
    int dayCount() const
    {
        return startDate.isValid() && endDate.isValid() ? int(startDate.daysTo(endDate)) + 1 : 0;
    }
};

} // namespace EventDesk
