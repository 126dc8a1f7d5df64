#include "conflict.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
struct RuleInfo {
    ConflictRule rule;
    const char16_t *name;
    Severity severity;
};
constexpr RuleInfo kRules[] = {
    {ConflictRule::RoomDoubleBooked, u"room-double-booked", Severity::Error},
    {ConflictRule::SpeakerDoubleBooked, u"speaker-double-booked", Severity::Error},
    {ConflictRule::SpeakerUnavailable, u"speaker-unavailable", Severity::Warning},
    {ConflictRule::RoomUnavailable, u"room-unavailable", Severity::Warning},
    {ConflictRule::OutsideEventHours, u"outside-event-hours", Severity::Warning},
    {ConflictRule::OverCapacity, u"over-capacity", Severity::Warning},
    {ConflictRule::TrackParallel, u"track-parallel", Severity::Warning},
    {ConflictRule::SpeakerChangeover, u"speaker-changeover", Severity::Warning},
    {ConflictRule::RoomNotAllowed, u"room-not-allowed", Severity::Error},
    {ConflictRule::TimeNotAllowed, u"time-not-allowed", Severity::Error},
    {ConflictRule::RoomChangeover, u"room-changeover", Severity::Warning},
};
QJsonArray ids(const QList<QUuid> &list)
{
    QJsonArray a;
    for (const QUuid &id : list)
        a.append(id.toString(QUuid::WithoutBraces));
    return a;
}
} // namespace

QList<ConflictRule> allConflictRules()
{
    QList<ConflictRule> out;
    for (const RuleInfo &r : kRules)
        out.append(r.rule);
    return out;
}

QString conflictRuleName(ConflictRule rule)
{
    for (const RuleInfo &r : kRules)
        if (r.rule == rule)
            return QString::fromUtf16(r.name);
    return {};
}

std::optional<ConflictRule> conflictRuleFromName(const QString &name)
{
    for (const RuleInfo &r : kRules)
        if (name == QStringView(r.name))
            return r.rule;
    return std::nullopt;
}

QString conflictRuleDisplayName(ConflictRule rule)
{
    switch (rule) {
    case ConflictRule::RoomDoubleBooked:
        return QCoreApplication::translate("EventDesk::Conflict", "Room double-booked");
    case ConflictRule::SpeakerDoubleBooked:
        return QCoreApplication::translate("EventDesk::Conflict", "Speaker double-booked");
    case ConflictRule::SpeakerUnavailable:
        return QCoreApplication::translate("EventDesk::Conflict", "Speaker unavailable");
    case ConflictRule::RoomUnavailable:
        return QCoreApplication::translate("EventDesk::Conflict", "Room unavailable");
    case ConflictRule::OutsideEventHours:
        return QCoreApplication::translate("EventDesk::Conflict", "Outside the event's days or hours");
    case ConflictRule::OverCapacity:
        return QCoreApplication::translate("EventDesk::Conflict", "Attendance above room capacity");
    case ConflictRule::TrackParallel:
        return QCoreApplication::translate("EventDesk::Conflict", "Same track in parallel");
    case ConflictRule::SpeakerChangeover:
        return QCoreApplication::translate("EventDesk::Conflict", "Too little changeover time");
    case ConflictRule::RoomNotAllowed:
        return QCoreApplication::translate("EventDesk::Conflict", "Room not allowed for the session");
    case ConflictRule::TimeNotAllowed:
        return QCoreApplication::translate("EventDesk::Conflict", "Outside the session's allowed times");
    case ConflictRule::RoomChangeover:
        return QCoreApplication::translate("EventDesk::Conflict",
                                           "Too little time between sessions in a room");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Off:
        return u"off"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return {};
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (Severity s : {Severity::Off, Severity::Warning, Severity::Error})
        if (severityName(s) == name)
            return s;
    return std::nullopt;
}

Severity defaultSeverity(ConflictRule rule)
{
    for (const RuleInfo &r : kRules)
        if (r.rule == rule)
            return r.severity;
    return Severity::Warning;
}

Severity severityFor(const QJsonObject &eventRules, ConflictRule rule)
{
    const auto configured = severityFromName(eventRules.value(conflictRuleName(rule)).toString());
    return configured.value_or(defaultSeverity(rule));
}

QJsonObject Conflict::toJson() const
{
    return {{u"rule"_s, conflictRuleName(rule)},
            {u"severity"_s, severityName(severity)},
            {u"sessions"_s, ids(sessions)},
            {u"speakers"_s, ids(speakers)},
            {u"rooms"_s, ids(rooms)},
            {u"message"_s, message}};
}

} // namespace EventDesk
