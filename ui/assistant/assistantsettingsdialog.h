#pragma once

#include "assistant/assistantsettings.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace EventDesk
{

// Tools › Assistant Settings…: the profile and the redaction of each task, the response cache and the
// monthly budget per event. Save writes them to the settings; Cancel drops the changes.
class AssistantSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AssistantSettingsDialog(QWidget *parent = nullptr);

    AssistantSettings settings() const; // as the form shows them

public slots:
    void save();

signals:
    void saved();

private:
    void fill(const AssistantSettings &settings);

    QHash<AssistantTask, QComboBox *> m_profiles;
    QHash<AssistantTask, QCheckBox *> m_redact;
    QCheckBox *m_cache = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
};

} // namespace EventDesk
