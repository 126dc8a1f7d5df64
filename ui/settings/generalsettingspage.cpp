#include "generalsettingspage.h"

#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace EventDesk
{

GeneralSettingsPage::GeneralSettingsPage(QWidget *parent)
    : SettingsPage(parent), m_language(new QComboBox(this)), m_workspace(new QLineEdit(this)),
      m_rememberWindow(new QCheckBox(tr("&Restore the window's size and panels at start"), this))
{
    setObjectName(u"generalSettingsPage"_s);
    auto *form = new QFormLayout(this);

    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("Follow the system"), u"system"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    const int language = m_language->findData(Settings::value(Settings::Key::Language).toString());
    m_language->setCurrentIndex(qMax(0, language));
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("The language changes the next time EventDesk starts."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);

    m_workspace->setObjectName(u"workspaceEdit"_s);
    m_workspace->setText(Settings::value(Settings::Key::DefaultWorkspace).toString());
    m_workspace->setPlaceholderText(QDir::toNativeSeparators(Settings::appDataWorkspacePath()));
    m_workspace->setToolTip(
        tr("The workspace file EventDesk opens when none is given. Empty: the one in the application's data "
           "folder."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"workspaceBrowseButton"_s);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Default workspace"), m_workspace->text(),
                                                          tr("EventDesk workspaces (*.eventdesk)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_workspace->setText(QDir::toNativeSeparators(path));
    });
    auto *workspaceRow = new QHBoxLayout;
    workspaceRow->addWidget(m_workspace, 1);
    workspaceRow->addWidget(browse);
    auto *workspaceLabel = new QLabel(tr("Default &workspace:"), this);
    workspaceLabel->setBuddy(m_workspace);
    form->addRow(workspaceLabel, workspaceRow);

    m_rememberWindow->setObjectName(u"rememberWindowCheck"_s);
    m_rememberWindow->setChecked(Settings::value(Settings::Key::RememberWindowState).toBool());
    form->addRow(tr("Window:"), m_rememberWindow);
}

QString GeneralSettingsPage::title() const
{
    return tr("General");
}

void GeneralSettingsPage::apply()
{
    Settings::setValue(Settings::Key::Language, m_language->currentData().toString());
    const QString workspace = QDir::fromNativeSeparators(m_workspace->text().trimmed());
    if (workspace.isEmpty())
        Settings::remove(Settings::Key::DefaultWorkspace);
    else
        Settings::setValue(Settings::Key::DefaultWorkspace, workspace);
    Settings::setValue(Settings::Key::RememberWindowState, m_rememberWindow->isChecked());
}

} // namespace EventDesk
