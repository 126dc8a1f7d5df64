#include "assistantsettingsform.h"

#include "llm/providerprofile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

AssistantSettingsForm::AssistantSettingsForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"assistantSettingsForm"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *tasks = new QGroupBox(tr("Tasks"), this);
    auto *grid = new QGridLayout(tasks);
    grid->addWidget(new QLabel(tr("Profile"), tasks), 0, 1);
    grid->addWidget(new QLabel(tr("Redaction"), tasks), 0, 2);
    int row = 1;
    for (AssistantTask task : AssistantSettings::allTasks()) {
        const QString name = AssistantSettings::taskName(task);
        auto *combo = new QComboBox(tasks);
        combo->setObjectName(u"profileCombo_"_s + name);
        auto *label = new QLabel(AssistantSettings::taskDisplayName(task), tasks);
        label->setBuddy(combo);
        auto *redact = new QCheckBox(tr("Replace emails and phone numbers"), tasks);
        redact->setObjectName(u"redactCheck_"_s + name);
        redact->setToolTip(tr("Emails and phone numbers leave this computer as placeholders and come back "
                              "restored in the answer."));
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        grid->addWidget(redact, row, 2);
        m_profiles.insert(task, combo);
        m_redact.insert(task, redact);
        ++row;
    }
    layout->addWidget(tasks);

    auto *form = new QFormLayout;
    m_cache = new QCheckBox(tr("Reuse identical answers from the response cache"), this);
    m_cache->setObjectName(u"cacheCheck"_s);
    form->addRow(tr("Cache:"), m_cache);
    m_budget = new QDoubleSpinBox(this);
    m_budget->setObjectName(u"budgetSpin"_s);
    m_budget->setRange(0, 100000);
    m_budget->setDecimals(2);
    m_budget->setPrefix(u"$"_s);
    m_budget->setSpecialValueText(tr("No budget"));
    m_budget->setToolTip(tr("The dock warns when an event's assistant use in a month reaches this amount."));
    form->addRow(tr("Monthly &budget per event:"), m_budget);
    layout->addLayout(form);
}

void AssistantSettingsForm::fill(const AssistantSettings &settings)
{
    QStringList profiles;
    for (const ProviderProfile &p : ProviderProfile::loadAll())
        profiles << p.name;
    for (AssistantTask task : AssistantSettings::allTasks()) {
        QComboBox *combo = m_profiles.value(task);
        combo->clear();
        combo->addItem(tr("Default profile"), QString());
        for (const QString &p : std::as_const(profiles))
            combo->addItem(p, p);
        const QString name = settings.profileName(task);
        int index = combo->findData(name);
        if (index < 0) { // a profile since removed: shown as it is, so saving does not change it silently
            combo->addItem(tr("%1 (missing)").arg(name), name);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        m_redact.value(task)->setChecked(settings.redact(task));
    }
    m_cache->setChecked(settings.cacheEnabled());
    m_budget->setValue(settings.monthlyBudget());
}

AssistantSettings AssistantSettingsForm::settings() const
{
    AssistantSettings s;
    for (AssistantTask task : AssistantSettings::allTasks()) {
        s.setProfileName(task, m_profiles.value(task)->currentData().toString());
        s.setRedact(task, m_redact.value(task)->isChecked());
    }
    s.setCacheEnabled(m_cache->isChecked());
    s.setMonthlyBudget(m_budget->value());
    return s;
}

} // namespace EventDesk
