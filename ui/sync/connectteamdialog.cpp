#include "connectteamdialog.h"

#include "common/messagebox.h"
#include "common/sentences.h"
#include "result.h"
#include "settings.h"
#include "teamsync.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace EventDesk
{

ConnectTeamDialog::ConnectTeamDialog(TeamSync &sync, QWidget *parent)
    : QDialog(parent), m_sync(sync), m_url(new QLineEdit(this)), m_member(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"connectTeamDialog"_s);
    setWindowTitle(tr("Connect to Team"));
    auto *form = new QFormLayout(this);
    auto *intro =
        new QLabel(tr("Your team's EventDesk server is a PostgreSQL database. Your edits stay on this "
                      "computer and are sent whenever the server can be reached."),
                   this);
    intro->setWordWrap(true);
    form->addRow(intro);

    const QString stored = Settings::value(Settings::Key::SyncServerUrl).toString();
    QUrl storedUrl(stored);
    const QString storedMember = Settings::value(Settings::Key::SyncMemberName).toString();
    m_url->setObjectName(u"serverUrlEdit"_s);
    m_url->setPlaceholderText(u"postgresql://sync.example.org/team"_s);
    // Wide enough for a server address.
    m_url->setMinimumWidth(m_url->fontMetrics().horizontalAdvance(u"postgresql://sync.example.org/team"_s) +
                           m_url->fontMetrics().averageCharWidth() * 4);
    if (stored.startsWith(u"postgres"_s)) {
        storedUrl.setUserName({});
        m_url->setText(storedUrl.toString());
    }
    form->addRow(tr("&Server:"), m_url);
    m_member->setObjectName(u"memberNameEdit"_s);
    m_member->setText(storedMember);
    m_member->setToolTip(tr("Your login on the team server; teammates see it beside your changes."));
    form->addRow(tr("&Member name:"), m_member);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in your system's keychain, never in a file."));
    form->addRow(tr("&Password:"), m_password);
    m_message->setObjectName(u"connectMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_message);

    m_connect = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"connectButton"_s);
    m_connect->setDefault(true);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectTeamDialog::tryConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_busy)
            m_sync.abandonConnection();
        reject();
    });
    connect(&m_sync, &TeamSync::connected, this, &ConnectTeamDialog::onConnected);
    // The cursor starts in the first field to fill: the password when the server and member are known.
    if (m_url->text().isEmpty())
        m_url->setFocus();
    else if (m_member->text().isEmpty())
        m_member->setFocus();
    else
        m_password->setFocus();
}

void ConnectTeamDialog::tryConnect()
{
    if (m_busy)
        return;
    if (m_url->text().trimmed().isEmpty()) {
        showMessage(tr("Enter the team server's address."));
        m_url->setFocus();
        return;
    }
    if (m_member->text().trimmed().isEmpty() && QUrl(m_url->text().trimmed()).userName().isEmpty()) {
        showMessage(tr("Enter your member name on the team server."));
        m_member->setFocus();
        return;
    }
    setBusy(true);
    showMessage(tr("Connecting…"));
    m_sync.connectTo(m_url->text(), m_member->text(), m_password->text());
}

void ConnectTeamDialog::onConnected(bool ok, const QString &sentence, int errorCode)
{
    if (!m_busy)
        return;
    if (ok) {
        setBusy(false);
        accept();
        return;
    }
    if (errorCode == int(ErrorCode::Conflict)) {
        const auto answer = MessageBox::question(
            this, tr("Connect to Team"),
            Sentences::join(
                sentence, tr("Send this workspace to the server again? Nothing here is deleted either way.")),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            m_sync.rejoin();
            setBusy(false);
            accept();
            return;
        }
        m_sync.abandonConnection();
    }
    setBusy(false);
    showMessage(sentence);
    m_password->setFocus();
}

void ConnectTeamDialog::showMessage(const QString &sentence)
{
    m_message->setText(sentence);
    adjustSize(); // grows with a long sentence instead of cutting it off
}

void ConnectTeamDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_connect->setEnabled(!busy);
    m_url->setEnabled(!busy);
    m_member->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

} // namespace EventDesk
