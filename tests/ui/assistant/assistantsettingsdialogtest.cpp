// Tools › Assistant Settings…: per-task profiles and redaction, the cache and the budget, saved and shown
// again; the dock follows the Chat task's profile.
#include "assistantfixture.h"

#include "assistant/assistantsettingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class AssistantSettingsDialogTest : public Test::AssistantFixture
{
protected:
    AssistantSettingsDialog *openDialog()
    {
        find<QAction>(u"actionAssistantSettings"_s)->trigger();
        AssistantSettingsDialog *dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<AssistantSettingsDialog *>();
                return dialog && dialog->isVisible();
            },
            5000));
        return dialog;
    }
    template <typename T> static T *in(QWidget *dialog, const QString &name)
    {
        T *child = dialog->findChild<T *>(name);
        EXPECT_NE(child, nullptr) << "no child named " << name.toStdString();
        return child;
    }
};

} // namespace

TEST_F(AssistantSettingsDialogTest, SavesAndShowsAgain)
{
    storeProfile(u"cloud"_s);
    storeProfile(u"local"_s, false);
    openDock();
    AssistantSettingsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    auto *prefillProfile = in<QComboBox>(dialog, u"profileCombo_prefill"_s);
    EXPECT_EQ(prefillProfile->currentText(), u"Default profile"_s);
    ASSERT_EQ(prefillProfile->count(), 3);
    prefillProfile->setCurrentIndex(prefillProfile->findText(u"local"_s));
    auto *chatProfile = in<QComboBox>(dialog, u"profileCombo_chat"_s);
    chatProfile->setCurrentIndex(chatProfile->findText(u"local"_s));
    auto *redactChat = in<QCheckBox>(dialog, u"redactCheck_chat"_s);
    EXPECT_TRUE(redactChat->isChecked()) << "redaction is on by default";
    QTest::mouseClick(redactChat, Qt::LeftButton);
    auto *cache = in<QCheckBox>(dialog, u"cacheCheck"_s);
    EXPECT_TRUE(cache->isChecked());
    QTest::mouseClick(cache, Qt::LeftButton);
    in<QDoubleSpinBox>(dialog, u"budgetSpin"_s)->setValue(12.5);
    QTest::mouseClick(in<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<AssistantSettingsDialog *>() == nullptr, 5000);

    const AssistantSettings saved = AssistantSettings::load();
    EXPECT_EQ(saved.profileName(AssistantTask::Prefill), u"local"_s);
    EXPECT_EQ(saved.profileName(AssistantTask::Chat), u"local"_s);
    EXPECT_EQ(saved.profileName(AssistantTask::Agenda), QString());
    EXPECT_FALSE(saved.redact(AssistantTask::Chat));
    EXPECT_TRUE(saved.redact(AssistantTask::Prefill));
    EXPECT_FALSE(saved.cacheEnabled());
    EXPECT_DOUBLE_EQ(saved.monthlyBudget(), 12.5);
    // The dock uses the Chat task's profile.
    EXPECT_TRUE(find<QLabel>(u"profileLabel"_s)->text().contains(u"local"_s))
        << find<QLabel>(u"profileLabel"_s)->text().toStdString();

    dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(in<QComboBox>(dialog, u"profileCombo_prefill"_s)->currentText(), u"local"_s);
    EXPECT_EQ(in<QComboBox>(dialog, u"profileCombo_review"_s)->currentText(), u"Default profile"_s);
    EXPECT_FALSE(in<QCheckBox>(dialog, u"redactCheck_chat"_s)->isChecked());
    EXPECT_FALSE(in<QCheckBox>(dialog, u"cacheCheck"_s)->isChecked());
    EXPECT_DOUBLE_EQ(in<QDoubleSpinBox>(dialog, u"budgetSpin"_s)->value(), 12.5);
    dialog->reject();
}

TEST_F(AssistantSettingsDialogTest, CancelChangesNothing)
{
    storeProfile(u"cloud"_s);
    openDock();
    AssistantSettingsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    in<QDoubleSpinBox>(dialog, u"budgetSpin"_s)->setValue(3);
    QTest::mouseClick(in<QCheckBox>(dialog, u"redactCheck_reply"_s), Qt::LeftButton);
    dialog->reject();
    EXPECT_EQ(AssistantSettings::load(), AssistantSettings());
}
