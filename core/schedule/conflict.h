#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace EventDesk
{

enum class ConflictRule {
    RoomDoubleBooked,
    SpeakerDoubleBooked,
    SpeakerUnavailable,
    RoomUnavailable,
    OutsideEventHours,
    OverCapacity,
    TrackParallel,
    SpeakerChangeover,
    RoomNotAllowed, // placed in a room outside the session's allowed rooms
    TimeNotAllowed, // placed outside the session's allowed time windows
    RoomChangeover, // less than the event's room changeover between two sessions in one room
};
enum class Severity { Off, Warning, Error };

QList<ConflictRule> allConflictRules();
QString conflictRuleName(ConflictRule rule); // stable: "room-double-booked", …
std::optional<ConflictRule> conflictRuleFromName(const QString &name);
QString conflictRuleDisplayName(ConflictRule rule);
QString severityName(Severity severity); // "error", "warning", "off"
std::optional<Severity> severityFromName(const QString &name);
Severity defaultSeverity(ConflictRule rule);
// The event's severity for a rule: its conflictRules entry, else the default.
Severity severityFor(const QJsonObject &eventRules, ConflictRule rule);

// One finding. Serves the editor (badges, panel), the CLI and the assistant.
struct Conflict {
    ConflictRule rule = ConflictRule::RoomDoubleBooked;
    Severity severity = Severity::Warning;
    QList<QUuid> sessions; // sorted
    QList<QUuid> speakers;
    QList<QUuid> rooms;
    QString message; // one translated sentence

    bool operator==(const Conflict &o) const
    {
        return rule == o.rule && severity == o.severity && sessions == o.sessions && speakers == o.speakers &&
               rooms == o.rooms;
    }
    QJsonObject toJson() const;
};

} // namespace EventDesk
