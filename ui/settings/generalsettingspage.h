#pragma once

#include "settings/settingspage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace EventDesk
{

// General: the interface language (the system's or a chosen one, from the next start), the workspace opened
// when none is given, and whether the window's size and docks are restored.
class GeneralSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit GeneralSettingsPage(QWidget *parent = nullptr);
    QString title() const override;
    void apply() override;

private:
    QComboBox *m_language;
    QLineEdit *m_workspace;
    QCheckBox *m_rememberWindow;
};

} // namespace EventDesk
