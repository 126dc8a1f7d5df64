#include "assistantsettingspage.h"

#include "assistant/assistantsettingsform.h"
#include "llm/llmprofilesdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

AssistantSettingsPage::AssistantSettingsPage(QWidget *parent)
    : SettingsPage(parent), m_form(new AssistantSettingsForm(this))
{
    setObjectName(u"assistantSettingsPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *profilesRow = new QHBoxLayout;
    auto *profilesNote = new QLabel(
        tr("Profiles name a provider, a model and an API key; they are saved on their own."), this);
    profilesNote->setWordWrap(true);
    auto *profiles = new QPushButton(tr("Edit &Profiles…"), this);
    profiles->setObjectName(u"editProfilesButton"_s);
    profilesRow->addWidget(profilesNote, 1);
    profilesRow->addWidget(profiles);
    layout->addLayout(profilesRow);
    layout->addWidget(m_form);
    layout->addStretch(1);
    m_form->fill(AssistantSettings::load());

    connect(profiles, &QPushButton::clicked, this, [this] {
        auto *dialog = new LlmProfilesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The tasks' choices stay as the form shows them; the list of profiles follows what was saved.
        connect(dialog, &QDialog::finished, this, [this] { m_form->fill(m_form->settings()); });
        dialog->open();
    });
}

QString AssistantSettingsPage::title() const
{
    return tr("Assistant");
}

void AssistantSettingsPage::apply()
{
    m_form->settings().save();
}

} // namespace EventDesk
