#include "syncsettingspage.h"

#include "settings.h"

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
        new QLabel(tr("EventDesk does not synchronise with a team server yet. These settings are kept "
                      "for when it does; nothing is sent anywhere."),
                   this);
    note->setObjectName(u"syncNotYetLabel"_s);
    note->setWordWrap(true);
    form->addRow(note);
    m_server->setObjectName(u"syncServerEdit"_s);
    m_server->setPlaceholderText(u"https://sync.example.org"_s);
    m_server->setText(Settings::value(Settings::Key::SyncServerUrl).toString());
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

QString SyncSettingsPage::problem() const
{
    const QString text = m_server->text().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
        return tr("The sync server must be a web address such as https://sync.example.org.");
    return {};
}

void SyncSettingsPage::apply()
{
    Settings::setValue(Settings::Key::SyncServerUrl, m_server->text().trimmed());
    Settings::setValue(Settings::Key::SyncMemberName, m_member->text().trimmed());
}

} // namespace EventDesk
