#pragma once

#include "assistant/assistantsettings.h"

#include <QDialog>

namespace EventDesk
{
class AssistantSettingsForm;

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
    AssistantSettingsForm *m_form;
};

} // namespace EventDesk
