#pragma once

#include "assistant/assistantsettings.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace EventDesk
{

// The assistant's settings as a form: the profile and the redaction of each task, the response cache and
// the monthly budget per event. Shown by Tools › Assistant Settings… and by the Preferences' Assistant page;
// it writes nothing itself.
class AssistantSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit AssistantSettingsForm(QWidget *parent = nullptr);

    void fill(const AssistantSettings &settings); // also lists the profiles as they are stored now
    AssistantSettings settings() const;           // as the form shows them

private:
    QHash<AssistantTask, QComboBox *> m_profiles;
    QHash<AssistantTask, QCheckBox *> m_redact;
    QCheckBox *m_cache = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
};

} // namespace EventDesk
