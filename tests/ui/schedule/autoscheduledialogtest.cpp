// Schedule › Auto-schedule… driven by objectName: the proposal drawn on the grid without writing, Apply as
// one undo step, Undo, and Discard writing nothing.
#include "schedule/proposalghostitem.h"
#include "schedule/schedulepage.h"
#include "schedule/schedulescene.h"
#include "support/guifixture.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace EventDesk;

namespace
{

class AutoScheduleDialogTest : public EventDesk::Test::GuiFixture
{
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        Event e;
        e.name = u"Conf"_s;
        e.timeZone = u"Europe/Berlin"_s;
        e.startDate = e.endDate = QDate(2026, 6, 10);
        eventId = m_probe.add(e).value().meta.id;
        for (const QString &name : {u"Hall"_s, u"Lab"_s}) {
            Room r;
            r.eventId = eventId;
            r.name = name;
            r.capacity = 50;
            ASSERT_TRUE(m_probe.add(r));
        }
        for (const QString &title : {u"Alpha"_s, u"Beta"_s, u"Gamma"_s}) {
            Session s;
            s.eventId = eventId;
            s.title = title;
            s.durationMinutes = 45;
            sessions.append(m_probe.add(s).value().meta.id);
        }
    }
    QDialog *openDialog()
    {
        openWindow();
        find<QAction>(u"actionSection1"_s)->trigger();
        page = find<SchedulePage>(u"schedulePage"_s);
        EXPECT_TRUE(QTest::qWaitFor([&] { return page->isVisible() && page->isLoaded(); }, 10000));
        find<QAction>(u"actionAutoSchedule"_s)->trigger();
        auto *dialog = page->findChild<QDialog *>(u"autoScheduleDialog"_s);
        EXPECT_NE(dialog, nullptr);
        return dialog;
    }
    template <typename T> T *in(QDialog *dialog, const QString &name)
    {
        T *w = dialog->findChild<T *>(name);
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    }
    int scheduled()
    {
        int n = 0;
        for (const QUuid &id : std::as_const(sessions))
            n += m_probe.get<Session>(id).value().isScheduled() ? 1 : 0;
        return n;
    }
    void runAndWait(QDialog *dialog)
    {
        in<QPushButton>(dialog, u"autoScheduleRun"_s)->click();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return in<QPushButton>(dialog, u"autoScheduleApply"_s)->isEnabled(); }, 30000));
    }

    QUuid eventId;
    QList<QUuid> sessions;
    SchedulePage *page = nullptr;
};

TEST_F(AutoScheduleDialogTest, ProposalOnTheGridAppliedAsOneUndoStep)
{
    QDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    in<QDoubleSpinBox>(dialog, u"autoScheduleTimeLimit"_s)->setValue(5);
    runAndWait(dialog);
    EXPECT_EQ(in<QProgressBar>(dialog, u"autoScheduleProgress"_s)->value(), 100);
    EXPECT_TRUE(in<QPlainTextEdit>(dialog, u"autoScheduleReport"_s)->toPlainText().contains(u"placed"_s))
        << in<QPlainTextEdit>(dialog, u"autoScheduleReport"_s)->toPlainText().toStdString();
    EXPECT_EQ(page->scene()->proposalGhosts().size(), 3);
    EXPECT_EQ(scheduled(), 0); // shown, not written

    in<QPushButton>(dialog, u"autoScheduleApply"_s)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return scheduled() == 3; }, 10000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_undo.count() == 1; }, 5000)) << m_undo.count();
    EXPECT_TRUE(QTest::qWaitFor([&] { return page->scene()->proposalGhosts().isEmpty(); }, 5000));

    triggerWhenEnabled(u"actionUndo"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return scheduled() == 0; }, 10000));
}

TEST_F(AutoScheduleDialogTest, DiscardWritesNothing)
{
    QDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    in<QComboBox>(dialog, u"autoScheduleScope"_s)->setCurrentIndex(1); // one day
    runAndWait(dialog);
    EXPECT_EQ(page->scene()->proposalGhosts().size(), 3);
    in<QPushButton>(dialog, u"autoScheduleDiscard"_s)->click();
    EXPECT_TRUE(QTest::qWaitFor([&] { return page->scene()->proposalGhosts().isEmpty(); }, 5000));
    EXPECT_EQ(scheduled(), 0);
    EXPECT_EQ(m_undo.count(), 0);
}

} // namespace
