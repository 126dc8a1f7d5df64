#include "settingsdialog.h"

#include "settings/assistantsettingspage.h"
#include "settings/generalsettingspage.h"
#include "settings/schedulesettingspage.h"
#include "settings/syncsettingspage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_problem(new QLabel(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_list->setObjectName(u"settingsPageList"_s);
    m_list->setAccessibleName(tr("Pages"));
    m_stack->setObjectName(u"settingsPages"_s);
    m_pages = {new GeneralSettingsPage(this), new AssistantSettingsPage(this), new SyncSettingsPage(this),
               new ScheduleSettingsPage(this)};
    for (SettingsPage *page : std::as_const(m_pages)) {
        m_list->addItem(page->title());
        m_stack->addWidget(page);
    }
    m_list->setMaximumWidth(m_list->sizeHintForColumn(0) + 24);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);

    m_problem->setObjectName(u"settingsProblemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *pages = new QHBoxLayout;
    pages->addWidget(m_list);
    pages->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void SettingsDialog::showPage(const QString &objectName)
{
    for (qsizetype i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i)->objectName() == objectName)
            m_list->setCurrentRow(int(i));
}

void SettingsDialog::accept()
{
    // Nothing is written unless every page can be: a problem keeps the dialog open on its page.
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const QString problem = m_pages.at(i)->problem();
        if (!problem.isEmpty()) {
            m_list->setCurrentRow(int(i));
            m_problem->setText(problem);
            m_problem->show();
            return;
        }
    }
    for (SettingsPage *page : std::as_const(m_pages))
        page->apply();
    emit applied();
    QDialog::accept();
}

} // namespace EventDesk
