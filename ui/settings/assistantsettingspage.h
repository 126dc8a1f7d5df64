#pragma once

#include "settings/settingspage.h"

namespace EventDesk
{
class AssistantSettingsForm;

// Assistant: the profile and redaction of each task, the cache and the monthly budget (the same form as
// Tools › Assistant Settings…), and a way to the profiles themselves, which keep their own Save.
class AssistantSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit AssistantSettingsPage(QWidget *parent = nullptr);
    QString title() const override;
    void apply() override;

private:
    AssistantSettingsForm *m_form;
};

} // namespace EventDesk
