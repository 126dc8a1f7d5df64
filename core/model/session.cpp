#include "session.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
struct TypeName {
    SessionType type;
    const char16_t *name;
};
constexpr TypeName kTypeNames[] = {
    {SessionType::Talk, u"talk"},   {SessionType::Workshop, u"workshop"}, {SessionType::Keynote, u"keynote"},
    {SessionType::Panel, u"panel"}, {SessionType::Break, u"break"},       {SessionType::Other, u"other"},
};
} // namespace

QString sessionTypeName(SessionType type)
{
    for (const auto &t : kTypeNames)
        if (t.type == type)
            return QString::fromUtf16(t.name);
    return u"other"_s;
}

std::optional<SessionType> sessionTypeFromName(const QString &name)
{
    for (const auto &t : kTypeNames)
        if (name.compare(QString::fromUtf16(t.name), Qt::CaseInsensitive) == 0)
            return t.type;
    return std::nullopt;
}

QString sessionTypeDisplayName(SessionType type)
{
    switch (type) {
    case SessionType::Talk:
        return Session::tr("Talk");
    case SessionType::Workshop:
        return Session::tr("Workshop");
    case SessionType::Keynote:
        return Session::tr("Keynote");
    case SessionType::Panel:
        return Session::tr("Panel");
    case SessionType::Break:
        return Session::tr("Break");
    case SessionType::Other:
        return Session::tr("Other");
    }
    return {};
}

FieldErrors Session::validate() const
{
    FieldErrors errors;
    Check::requireText(errors, u"title"_s, title, tr("The session title"), 300);
    if (durationMinutes <= 0)
        errors.append({u"durationMinutes"_s,
                       tr("The duration must be at least one minute (got %1).").arg(durationMinutes)});
    else if (durationMinutes > 24 * 60)
        errors.append({u"durationMinutes"_s, tr("The duration cannot exceed 24 hours.")});
    Check::requireNonNegative(errors, u"expectedAttendance"_s, expectedAttendance,
                              tr("The expected attendance"));
    if (start.isValid() && roomId.isNull())
        errors.append({u"roomId"_s, tr("A scheduled session needs a room.")});
    QList<QUuid> seen;
    for (const QUuid &id : speakerIds) {
        if (seen.contains(id)) {
            errors.append({u"speakerIds"_s, tr("A speaker is listed twice.")});
            break;
        }
        seen.append(id);
    }
    Check::windows(errors, u"allowedTimes"_s, allowedTimes);
    for (const QUuid &id : allowedRoomIds)
        if (id.isNull()) {
            errors.append({u"allowedRoomIds"_s, tr("An allowed room is not a valid room id.")});
            break;
        }
    for (const auto *list : {&links, &attachments})
        for (const SessionLink &l : *list)
            if (l.url.trimmed().isEmpty()) {
                errors.append({list == &links ? u"links"_s : u"attachments"_s, tr("A link has no address.")});
                break;
            }
    return errors;
}

} // namespace EventDesk
