#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace EventDesk
{

class TeamSync;

// File › Connect to Team…: the team server's address, the member name and the password. Connect checks the
// server on the sync thread; on success the address and member are kept in the settings, the password in
// the OS keychain, and syncing starts. A server that was reset or replaced is only sent this workspace again
// when the user says so; nothing local is ever deleted.
class ConnectTeamDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectTeamDialog(TeamSync &sync, QWidget *parent = nullptr);

private:
    void tryConnect();
    void onConnected(bool ok, const QString &sentence, int errorCode);
    void setBusy(bool busy);
    void showMessage(const QString &sentence);

    TeamSync &m_sync;
    QLineEdit *m_url;
    QLineEdit *m_member;
    QLineEdit *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connect;
    bool m_busy = false;
};

} // namespace EventDesk
