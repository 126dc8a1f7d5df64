// Offscreen GUI tests of the assistant's schedule review panel, against the fake language-model server.
#include "assistant/reviewpanel.h"

#include "../../core/assistant/reviewfixture.h"
#include "assistant/recordindex.h"
#include "common/translations.h"
#include "support/fakellmserver.h"
#include "support/guifixture.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <memory>

using namespace EventDesk;
using namespace Qt::StringLiterals;
using EventDesk::Test::FakeLlmServer;

namespace
{
class ReviewPanelTest : public EventDesk::Test::GuiFixture
{
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        for (const char *v :
             {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(v);
        m_e.create(m_probe);
        m_panel = std::make_unique<ReviewPanel>(m_worker);
        m_panel->setEvent(m_e.event.meta.id);
        m_panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void TearDown() override
    {
        m_panel.reset();
        qunsetenv("EVENTDESK_LLM_BASE_URL");
        qunsetenv("EVENTDESK_LLM_MODEL");
        GuiFixture::TearDown();
    }
    void useModel()
    {
        qputenv("EVENTDESK_LLM_BASE_URL", (m_server.baseUrl().toString() + u"/v1"_s).toUtf8());
        qputenv("EVENTDESK_LLM_MODEL", "model-x");
    }
    template <typename T> T *child(const QString &name)
    {
        T *c = m_panel->findChild<T *>(name);
        EXPECT_NE(c, nullptr) << "no child named " << name.toStdString();
        return c;
    }
    bool runReview()
    {
        QSignalSpy finished(m_panel.get(), &ReviewPanel::reviewFinished);
        QTest::mouseClick(child<QPushButton>(u"reviewRunButton"_s), Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
        return finished.count() == 1 && finished.first().first().toBool();
    }

    FakeLlmServer m_server;
    EventDesk::Test::ReviewEvent m_e;
    std::unique_ptr<ReviewPanel> m_panel;
};
} // namespace

TEST_F(ReviewPanelTest, WithoutAProfileListsComputedFindingsAndNavigates)
{
    ASSERT_TRUE(runReview());
    auto *list = child<QTreeWidget>(u"reviewList"_s);
    ASSERT_EQ(list->topLevelItemCount(), 10);
    EXPECT_EQ(list->topLevelItem(0)->text(0), u"Error"_s); // severity first
    EXPECT_TRUE(child<QLabel>(u"reviewStatus"_s)->text().contains(u"skipped"_s));
    EXPECT_EQ(m_server.requestCount(), 0);

    int row = -1;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(1).contains(u"Speakerless talk"_s))
            row = i;
    ASSERT_GE(row, 0);
    QSignalSpy activated(m_panel.get(), &ReviewPanel::recordActivated);
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(row));
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().at(0).toString(), u"session"_s);
    EXPECT_EQ(activated.first().at(1).toUuid(), m_e.speakerless.meta.id);
}

TEST_F(ReviewPanelTest, ModelFindingsAreAddedMarkedAndUnknownOnesNoted)
{
    useModel();
    m_server.enqueue(
        FakeLlmServer::Scenario::Normal,
        u"{\"findings\":[{\"severity\":\"warning\",\"kind\":\"speaker\",\"id\":\"%1\",\"message\":"
        "\"Ben opens the day and has nothing after.\"},{\"severity\":\"error\",\"kind\":\"room\","
        "\"id\":\"00000000\",\"message\":\"Made up.\"}]}"_s.arg(RecordIndex::shortId(m_e.ben.meta.id)));
    ASSERT_TRUE(runReview());
    auto *list = child<QTreeWidget>(u"reviewList"_s);
    ASSERT_EQ(list->topLevelItemCount(), 11);
    int fromModel = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(2) == u"Model"_s) {
            ++fromModel;
            EXPECT_EQ(list->topLevelItem(i)->text(1), u"Ben opens the day and has nothing after."_s);
        }
        EXPECT_NE(list->topLevelItem(i)->text(1), u"Made up."_s);
    }
    EXPECT_EQ(fromModel, 1);
    EXPECT_TRUE(m_panel->findings().last().fromModel);
    auto *notes = child<QLabel>(u"reviewNotes"_s);
    EXPECT_TRUE(notes->isVisible());
    EXPECT_TRUE(notes->text().contains(u"00000000"_s));
}

TEST_F(ReviewPanelTest, ModelSwitchedOffSendsNothing)
{
    useModel();
    child<QCheckBox>(u"reviewUseModel"_s)->setChecked(false);
    ASSERT_TRUE(runReview());
    EXPECT_EQ(child<QTreeWidget>(u"reviewList"_s)->topLevelItemCount(), 10);
    EXPECT_EQ(m_server.requestCount(), 0);
}

// In Chinese the status's sentences follow each other without a space or a Latin period, and in a dock's
// width the finding, not the severity or source, takes the room.
TEST_F(ReviewPanelTest, InChineseTheStatusReadsAsChineseAndTheFindingGetsTheWidth)
{
    installTranslations(u"zh_CN"_s);
    m_panel = std::make_unique<ReviewPanel>(m_worker); // its texts in Chinese
    m_panel->setEvent(m_e.event.meta.id);
    m_panel->resize(300, 400);
    m_panel->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
    useModel();
    m_server.enqueue(FakeLlmServer::Scenario::Normal, u"I cannot do that."_s);
    m_server.enqueue(FakeLlmServer::Scenario::Normal, u"Still no."_s);
    runReview();
    auto *list = child<QTreeWidget>(u"reviewList"_s);
    const int computed = list->topLevelItemCount();
    ASSERT_GT(computed, 0);
    const QString status = child<QLabel>(u"reviewStatus"_s)->text();
    installTranslations(u"en"_s);
    EXPECT_EQ(status, u"计算得出 %1 条结果。即使重试一次，模型的回答仍不符合预期结构。"_s.arg(computed))
        << status.toStdString();
    const QHeaderView *header = list->header();
    EXPECT_GT(header->sectionSize(1), header->sectionSize(0));
    EXPECT_GT(header->sectionSize(1), header->sectionSize(2));
    EXPECT_GE(header->sectionSize(0), header->sectionSizeHint(0)); // "严重程度" whole
}
