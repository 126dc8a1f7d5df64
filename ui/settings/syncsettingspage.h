#pragma once

#include "settings/settingspage.h"

class QLineEdit;

namespace EventDesk
{

// Team sync: the server and this member's name (File › Connect to Team… checks them and keeps the password).
class SyncSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit SyncSettingsPage(QWidget *parent = nullptr);
    QString title() const override;
    QString problem() const override;
    void apply() override;

private:
    QLineEdit *m_server;
    QLineEdit *m_member;
};

} // namespace EventDesk
