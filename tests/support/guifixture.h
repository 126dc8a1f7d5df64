#pragma once

#include "commands/command.h"
#include "events/eventlistmodel.h"
#include "mainwindow/mainwindow.h"
#include "storage/storageworker.h"
#include "support/tempworkspace.h"

#include <QAction>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

namespace EventDesk::Test
{

// A real workspace file, the storage thread, the undo stack and the main window, as the app builds them.
// probe() is a second connection to the same file, used by tests to check what was written.
class GuiFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_ws.isValid());
        auto opened = m_worker.run([path = m_ws.path()](EventStore &s) { return s.open(path); });
        ASSERT_TRUE(QTest::qWaitFor([&] { return opened.isFinished(); }, 10000));
        ASSERT_TRUE(opened.result().ok()) << opened.result().error().message.toStdString();
        ASSERT_TRUE(m_probe.open(m_ws.path()).ok());
        Command::setContext(&m_undo, &m_worker);
    }
    void TearDown() override
    {
        m_window.reset();
        Command::setContext(nullptr, nullptr);
    }

    MainWindow &openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_worker);
        m_window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_window->eventModel()->isLoaded(); }, 10000));
        return *m_window;
    }
    // Triggers the window's action once it is enabled: Undo and Redo follow the stack, which moves only after
    // the step's write committed (a moment after a second connection can see that write).
    void triggerWhenEnabled(const QString &name)
    {
        auto *action = find<QAction>(name);
        ASSERT_NE(action, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return action->isEnabled(); }, 5000)) << name.toStdString();
        action->trigger();
    }
    template <typename T> T *find(const QString &name)
    {
        T *child = m_window->findChild<T *>(name);
        EXPECT_NE(child, nullptr) << "no child named " << name.toStdString();
        return child;
    }

    TempWorkspace m_ws;
    StorageWorker m_worker;
    QUndoStack m_undo;
    EventStore m_probe;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace EventDesk::Test
