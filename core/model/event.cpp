#include "event.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QString eventStatusName(EventStatus status)
{
    return status == EventStatus::Published ? u"published"_s : u"draft"_s;
}

std::optional<EventStatus> eventStatusFromName(const QString &name)
{
    if (name == u"draft")
        return EventStatus::Draft;
    if (name == u"published")
        return EventStatus::Published;
    return std::nullopt;
}

QString eventStatusDisplayName(EventStatus status)
{
    return status == EventStatus::Published ? Event::tr("Published") : Event::tr("Draft");
}

FieldErrors Event::validate() const
{
    FieldErrors errors;
    Check::requireText(errors, u"name"_s, name, tr("The event name"), 200);
    if (timeZone.trimmed().isEmpty())
        errors.append({u"timeZone"_s, tr("The time zone is missing.")});
    else if (!QTimeZone::isTimeZoneIdAvailable(timeZone.toUtf8()))
        errors.append(
            {u"timeZone"_s,
             tr("\"%1\" is not a known time zone (use an IANA name such as Europe/Berlin).").arg(timeZone)});
    if (!startDate.isValid())
        errors.append({u"startDate"_s, tr("The start date is missing or invalid.")});
    if (!endDate.isValid())
        errors.append({u"endDate"_s, tr("The end date is missing or invalid.")});
    if (startDate.isValid() && endDate.isValid() && endDate < startDate)
        errors.append(
            {u"endDate"_s, tr("The event ends (%1) before it starts (%2).")
                               .arg(endDate.toString(Qt::ISODate), startDate.toString(Qt::ISODate))});
    if (!dayStart.isValid() || !dayEnd.isValid())
        errors.append({u"dayEnd"_s, tr("The daily hours are invalid.")});
    else if (dayEnd <= dayStart)
        errors.append({u"dayEnd"_s, tr("Each day must end after it starts (%1 is not after %2).")
                                        .arg(dayEnd.toString(u"HH:mm"_s), dayStart.toString(u"HH:mm"_s))});
    if (capacity && *capacity < 0)
        errors.append({u"capacity"_s, tr("The event capacity cannot be negative (got %1).").arg(*capacity)});
    if (changeoverMinutes < 0 || changeoverMinutes > 24 * 60)
        errors.append(
            {u"changeoverMinutes"_s, tr("The changeover time must be between 0 and 1440 minutes.")});
    if (roomChangeoverMinutes < 0 || roomChangeoverMinutes > 24 * 60)
        errors.append({u"roomChangeoverMinutes"_s,
                       tr("The room changeover must be between 0 and 1440 minutes (got %1).")
                           .arg(roomChangeoverMinutes)});
    if (acronym.size() > 100)
        errors.append({u"acronym"_s, tr("The acronym is too long (at most 100 characters).")});
    return errors;
}

} // namespace EventDesk
