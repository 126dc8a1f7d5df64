#include "conflictrulesdialog.h"

#include "schedule/conflict.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

ConflictRulesDialog::ConflictRulesDialog(const Event &event, QWidget *parent)
    : QDialog(parent), m_event(event), m_changeover(new QSpinBox(this))
{
    setObjectName(u"conflictRulesDialog"_s);
    setWindowTitle(tr("Conflict rules"));
    auto *form = new QFormLayout;
    for (ConflictRule rule : allConflictRules()) {
        auto *box = new QComboBox(this);
        box->setObjectName(u"severity_"_s + conflictRuleName(rule));
        box->addItem(tr("Error"), severityName(Severity::Error));
        box->addItem(tr("Warning"), severityName(Severity::Warning));
        box->addItem(tr("Off"), severityName(Severity::Off));
        box->setCurrentIndex(box->findData(severityName(severityFor(event.conflictRules, rule))));
        form->addRow(conflictRuleDisplayName(rule) + u":"_s, box);
        m_severity.insert(int(rule), box);
    }
    m_changeover->setObjectName(u"changeoverSpin"_s);
    m_changeover->setRange(0, 240);
    m_changeover->setSuffix(tr(" min"));
    m_changeover->setValue(event.changeoverMinutes);
    form->addRow(tr("Speaker &changeover time:"), m_changeover);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Event ConflictRulesDialog::values() const
{
    Event e = m_event;
    QJsonObject rules;
    for (ConflictRule rule : allConflictRules()) {
        const QString chosen = m_severity.value(int(rule))->currentData().toString();
        if (chosen != severityName(defaultSeverity(rule)))
            rules.insert(conflictRuleName(rule), chosen); // only what differs from the default
    }
    e.conflictRules = rules;
    e.changeoverMinutes = m_changeover->value();
    return e;
}

} // namespace EventDesk
