#include "syncsettingspage.h"

#include "settings.h"
#include "sync/serverurl.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace EventDesk
{

SyncSettingsPage::SyncSettingsPage(QWidget *parent)
    : SettingsPage(parent), m_server(new QLineEdit(this)), m_member(new QLineEdit(this))
{
    setObjectName(u"syncSettingsPage"_s);
    auto *form = new QFormLayout(this);
    auto *note =
        new QLabel(tr("The team server and member name that File › Connect to Team… offers. Connecting "
                      "checks them, keeps the password in the system keychain and the server in the "
                      "workspace: each workspace syncs with the server it was connected to."),
                   this);
    note->setObjectName(u"syncNoteLabel"_s);
    note->setWordWrap(true);
    form->addRow(note);
    m_server->setObjectName(u"syncServerEdit"_s);
    m_server->setPlaceholderText(u"postgresql://sync.example.org/team"_s);
    // The stored address names the member; the member has a field of its own here.
    QUrl stored(Settings::value(Settings::Key::SyncServerUrl).toString());
    stored.setUserName({});
    m_server->setText(stored.toString());
    form->addRow(tr("&Server:"), m_server);
    m_member->setObjectName(u"syncMemberEdit"_s);
    m_member->setText(Settings::value(Settings::Key::SyncMemberName).toString());
    m_member->setToolTip(tr("How your teammates see your changes."));
    form->addRow(tr("&Member name:"), m_member);
}

QString SyncSettingsPage::title() const
{
    return tr("Team sync");
}

namespace
{
// The stored address: the server's with the member in it, never a password.
QString serverWithMember(const QString &server, const QString &member)
{
    QUrl url(server.trimmed(), QUrl::StrictMode);
    if (!member.trimmed().isEmpty())
        url.setUserName(member.trimmed());
    url.setPassword({});
    return url.toString();
}
} // namespace

QString SyncSettingsPage::problem() const
{
    if (m_server->text().trimmed().isEmpty())
        return {};
    auto parsed = ServerUrl::parse(serverWithMember(m_server->text(), m_member->text()));
    return parsed ? QString() : parsed.error().message;
}

void SyncSettingsPage::apply()
{
    const QString server = m_server->text().trimmed();
    Settings::setValue(Settings::Key::SyncServerUrl,
                       server.isEmpty() ? QString() : serverWithMember(server, m_member->text()));
    Settings::setValue(Settings::Key::SyncMemberName, m_member->text().trimmed());
}

} // namespace EventDesk
