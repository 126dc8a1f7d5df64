#include "scheduledefaults.h"

#include "model/event.h"
#include "settings.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace EventDesk
{

ScheduleDefaults ScheduleDefaults::load()
{
    ScheduleDefaults d;
    const QJsonObject rules =
        QJsonDocument::fromJson(Settings::value(Settings::Key::ScheduleConflictRules).toString().toUtf8())
            .object();
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        const auto rule = conflictRuleFromName(it.key());
        const auto severity = severityFromName(it.value().toString());
        if (rule && severity)
            d.setSeverity(*rule, *severity);
    }
    d.setSnapMinutes(Settings::value(Settings::Key::ScheduleSnapMinutes).toInt());
    d.setSpeakerChangeoverMinutes(Settings::value(Settings::Key::ScheduleSpeakerChangeover).toInt());
    d.setRoomChangeoverMinutes(Settings::value(Settings::Key::ScheduleRoomChangeover).toInt());
    return d;
}

void ScheduleDefaults::save() const
{
    QJsonObject rules;
    for (auto it = m_severities.begin(); it != m_severities.end(); ++it)
        rules.insert(conflictRuleName(it.key()), severityName(it.value()));
    Settings::setValue(Settings::Key::ScheduleConflictRules,
                       QString::fromUtf8(QJsonDocument(rules).toJson(QJsonDocument::Compact)));
    Settings::setValue(Settings::Key::ScheduleSnapMinutes, m_snapMinutes);
    Settings::setValue(Settings::Key::ScheduleSpeakerChangeover, m_speakerChangeover);
    Settings::setValue(Settings::Key::ScheduleRoomChangeover, m_roomChangeover);
}

Severity ScheduleDefaults::severity(ConflictRule rule) const
{
    return m_severities.value(rule, defaultSeverity(rule));
}

void ScheduleDefaults::setSeverity(ConflictRule rule, Severity severity)
{
    if (severity == defaultSeverity(rule))
        m_severities.remove(rule);
    else
        m_severities.insert(rule, severity);
}

void ScheduleDefaults::setSnapMinutes(int minutes)
{
    m_snapMinutes = qBound(kMinSnapMinutes, minutes, kMaxSnapMinutes);
}

void ScheduleDefaults::applyTo(Event &event) const
{
    for (ConflictRule rule : allConflictRules())
        if (m_severities.contains(rule))
            event.conflictRules.insert(conflictRuleName(rule), severityName(m_severities.value(rule)));
    event.changeoverMinutes = m_speakerChangeover;
    event.roomChangeoverMinutes = m_roomChangeover;
}

} // namespace EventDesk
