#include "assistantsettingsdialog.h"

#include "assistant/assistantsettingsform.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

AssistantSettingsDialog::AssistantSettingsDialog(QWidget *parent)
    : QDialog(parent), m_form(new AssistantSettingsForm(this))
{
    setObjectName(u"assistantSettingsDialog"_s);
    setWindowTitle(tr("Assistant Settings"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssistantSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_form->fill(AssistantSettings::load());
}

AssistantSettings AssistantSettingsDialog::settings() const
{
    return m_form->settings();
}

void AssistantSettingsDialog::save()
{
    settings().save();
    emit saved();
    accept();
}

} // namespace EventDesk
