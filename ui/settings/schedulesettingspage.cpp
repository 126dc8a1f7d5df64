#include "schedulesettingspage.h"

#include "schedule/scheduledefaults.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

ScheduleSettingsPage::ScheduleSettingsPage(QWidget *parent)
    : SettingsPage(parent), m_snap(new QSpinBox(this)), m_speakerChangeover(new QSpinBox(this)),
      m_roomChangeover(new QSpinBox(this))
{
    setObjectName(u"scheduleSettingsPage"_s);
    const ScheduleDefaults defaults = ScheduleDefaults::load();
    auto *layout = new QVBoxLayout(this);

    auto *rules = new QGroupBox(tr("Conflict rules of new events"), this);
    auto *rulesForm = new QFormLayout(rules);
    for (ConflictRule rule : allConflictRules()) {
        auto *box = new QComboBox(rules);
        box->setObjectName(u"defaultSeverity_"_s + conflictRuleName(rule));
        box->addItem(tr("Error"), severityName(Severity::Error));
        box->addItem(tr("Warning"), severityName(Severity::Warning));
        box->addItem(tr("Off"), severityName(Severity::Off));
        box->setCurrentIndex(box->findData(severityName(defaults.severity(rule))));
        rulesForm->addRow(conflictRuleDisplayName(rule) + u":"_s, box);
        m_severity.insert(int(rule), box);
    }
    m_speakerChangeover->setObjectName(u"defaultSpeakerChangeoverSpin"_s);
    m_speakerChangeover->setRange(0, 240);
    m_speakerChangeover->setSuffix(tr(" min"));
    m_speakerChangeover->setValue(defaults.speakerChangeoverMinutes());
    rulesForm->addRow(tr("Speaker &changeover time:"), m_speakerChangeover);
    m_roomChangeover->setObjectName(u"defaultRoomChangeoverSpin"_s);
    m_roomChangeover->setRange(0, 240);
    m_roomChangeover->setSuffix(tr(" min"));
    m_roomChangeover->setValue(defaults.roomChangeoverMinutes());
    m_roomChangeover->setToolTip(tr("Minutes kept free in a room after each session."));
    rulesForm->addRow(tr("&Room changeover time:"), m_roomChangeover);
    auto *note = new QLabel(tr("Events that exist keep their own rules: Event › Conflict Rules."), rules);
    note->setWordWrap(true);
    rulesForm->addRow(note);
    layout->addWidget(rules);

    auto *grid = new QFormLayout;
    m_snap->setObjectName(u"snapMinutesSpin"_s);
    m_snap->setRange(ScheduleDefaults::kMinSnapMinutes, ScheduleDefaults::kMaxSnapMinutes);
    m_snap->setSuffix(tr(" min"));
    m_snap->setValue(defaults.snapMinutes());
    m_snap->setToolTip(tr("Dragged and resized sessions on the schedule grid land on multiples of this."));
    grid->addRow(tr("Grid &snapping:"), m_snap);
    layout->addLayout(grid);
    layout->addStretch(1);
}

QString ScheduleSettingsPage::title() const
{
    return tr("Schedule");
}

void ScheduleSettingsPage::apply()
{
    ScheduleDefaults d;
    for (ConflictRule rule : allConflictRules())
        if (const auto severity = severityFromName(m_severity.value(int(rule))->currentData().toString()))
            d.setSeverity(rule, *severity);
    d.setSnapMinutes(m_snap->value());
    d.setSpeakerChangeoverMinutes(m_speakerChangeover->value());
    d.setRoomChangeoverMinutes(m_roomChangeover->value());
    d.save();
}

} // namespace EventDesk
