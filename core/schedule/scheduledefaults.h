#pragma once

#include "conflict.h"

#include <QHash>

namespace EventDesk
{
struct Event;

// What a new event and the schedule grid start with, kept in the application settings (Settings): the
// severity of each conflict rule, the speaker's and the room's changeover, and the grid's snapping step.
class ScheduleDefaults
{
public:
    static constexpr int kMinSnapMinutes = 1;
    static constexpr int kMaxSnapMinutes = 60;

    static ScheduleDefaults load();
    void save() const;

    // The severity a new event gives the rule: the chosen one, else the rule's built-in default.
    Severity severity(ConflictRule rule) const;
    void setSeverity(ConflictRule rule, Severity severity);
    int snapMinutes() const { return m_snapMinutes; }
    void setSnapMinutes(int minutes);
    int speakerChangeoverMinutes() const { return m_speakerChangeover; }
    void setSpeakerChangeoverMinutes(int minutes) { m_speakerChangeover = qMax(0, minutes); }
    int roomChangeoverMinutes() const { return m_roomChangeover; }
    void setRoomChangeoverMinutes(int minutes) { m_roomChangeover = qMax(0, minutes); }

    // Gives a new event these severities (only the rules that differ from the built-in default are written)
    // and changeovers.
    void applyTo(Event &event) const;

    bool operator==(const ScheduleDefaults &) const = default;

private:
    QHash<ConflictRule, Severity> m_severities; // only the rules chosen to differ from the default
    int m_snapMinutes = 5;
    int m_speakerChangeover = 10;
    int m_roomChangeover = 0;
};

} // namespace EventDesk
