#pragma once

#include "settings/settingspage.h"

#include <QHash>

class QComboBox;
class QSpinBox;

namespace EventDesk
{

// Schedule: what new events start with (each conflict rule's severity, the speaker's and the room's
// changeover) and the grid's snapping step. Events that exist keep their own rules (Event › Conflict Rules).
class ScheduleSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit ScheduleSettingsPage(QWidget *parent = nullptr);
    QString title() const override;
    void apply() override;

private:
    QHash<int, QComboBox *> m_severity; // by ConflictRule
    QSpinBox *m_snap;
    QSpinBox *m_speakerChangeover;
    QSpinBox *m_roomChangeover;
};

} // namespace EventDesk
