#include "storage/storageworker.h"

#include "support/tempworkspace.h"

#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::TempWorkspace;

namespace
{

Event makeEvent()
{
    Event e;
    e.name = u"Worker event"_s;
    e.startDate = QDate(2026, 5, 4);
    e.endDate = QDate(2026, 5, 4);
    return e;
}

template <typename T> bool finished(const QFuture<T> &future)
{
    return QTest::qWaitFor([&] { return future.isFinished(); }, 10000);
}

class StorageWorkerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_ws.isValid());
        auto opened = m_worker.run([path = m_ws.path()](EventStore &store) { return store.open(path); });
        ASSERT_TRUE(finished(opened));
        ASSERT_TRUE(opened.result()) << opened.result().error().message.toStdString();
    }

    TempWorkspace m_ws; // outlives the worker, which closes the store on its thread
    StorageWorker m_worker;
};

} // namespace

TEST_F(StorageWorkerTest, WorkRunsOnTheWorkerThread)
{
    QThread *const testThread = QThread::currentThread();
    auto future =
        m_worker.run([](EventStore &store) { return std::pair(QThread::currentThread(), store.thread()); });
    ASSERT_TRUE(finished(future));
    const auto [ranOn, storeLivesOn] = future.result();
    ASSERT_NE(ranOn, nullptr);
    EXPECT_NE(ranOn, testThread);
    EXPECT_EQ(ranOn, storeLivesOn);
    EXPECT_NE(m_worker.store()->thread(), testThread);
}

TEST_F(StorageWorkerTest, ResultsComeBackThroughTheFuture)
{
    auto add = m_worker.run([](EventStore &store) { return store.add(makeEvent()); });
    ASSERT_TRUE(finished(add));
    const Result<Event> added = add.result();
    ASSERT_TRUE(added) << added.error().message.toStdString();
    EXPECT_EQ(added.value().name, u"Worker event"_s);
    EXPECT_EQ(added.value().meta.revision, 1);

    auto count = m_worker.run([](EventStore &store) { return store.count<Event>(); });
    ASSERT_TRUE(finished(count));
    ASSERT_TRUE(count.result());
    EXPECT_EQ(count.result().value(), 1);

    // Errors come back the same way.
    auto missing = m_worker.run([](EventStore &store) { return store.get<Room>(QUuid::createUuid()); });
    ASSERT_TRUE(finished(missing));
    ASSERT_FALSE(missing.result());
    EXPECT_EQ(missing.result().error().code, ErrorCode::NotFound);
}

TEST_F(StorageWorkerTest, QueuedWorkRunsInOrder)
{
    auto first = m_worker.run([](EventStore &store) { return store.add(makeEvent()); });
    auto second = m_worker.run([](EventStore &store) { return store.count<Event>(); });
    bool ranVoid = false;
    auto third = m_worker.run([&ranVoid](EventStore &) { ranVoid = true; });
    ASSERT_TRUE(finished(third));
    EXPECT_TRUE(ranVoid);
    ASSERT_TRUE(first.isFinished());
    ASSERT_TRUE(second.isFinished());
    EXPECT_TRUE(first.result());
    EXPECT_EQ(second.result().value(), 1); // ran after the add
}

TEST_F(StorageWorkerTest, StoreSignalsArriveQueuedOnTheMainThread)
{
    QObject receiver; // lives on the test (main) thread
    QList<QThread *> deliveredOn;
    QList<QList<QUuid>> deliveredIds;
    QObject::connect(m_worker.store(), &EventStore::recordsChanged, &receiver,
                     [&](RecordKind kind, const QList<QUuid> &ids) {
                         EXPECT_EQ(kind, RecordKind::Event);
                         deliveredOn.append(QThread::currentThread());
                         deliveredIds.append(ids);
                     });

    auto add = m_worker.run([](EventStore &store) { return store.add(makeEvent()); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !deliveredIds.isEmpty(); }, 10000));
    ASSERT_TRUE(finished(add));
    ASSERT_TRUE(add.result());
    ASSERT_EQ(deliveredOn.size(), 1);
    EXPECT_EQ(deliveredOn.first(), QThread::currentThread());
    EXPECT_EQ(deliveredIds.first(), QList<QUuid>{add.result().value().meta.id});
}

TEST_F(StorageWorkerTest, CallbackRunsOnTheMainThreadWithTheResult)
{
    QObject context;
    QThread *workedOn = nullptr;
    QThread *doneOn = nullptr;
    std::optional<qint64> count;
    m_worker.run(
        &context,
        [&workedOn](EventStore &store) {
            workedOn = QThread::currentThread();
            return store.count<Event>();
        },
        [&](const Result<qint64> &result) {
            doneOn = QThread::currentThread();
            count = result ? result.value() : -1;
        });
    ASSERT_TRUE(QTest::qWaitFor([&] { return count.has_value(); }, 10000));
    EXPECT_EQ(*count, 0);
    EXPECT_EQ(doneOn, QThread::currentThread());
    EXPECT_NE(workedOn, QThread::currentThread());
}

TEST_F(StorageWorkerTest, CallbackIsSkippedWhenItsContextIsGone)
{
    auto context = std::make_unique<QObject>();
    bool calledAfterDeath = false;
    m_worker.run(
        context.get(), [](EventStore &store) { return store.add(makeEvent()); },
        [&](const Result<Event> &) { calledAfterDeath = true; });
    context.reset(); // before the event loop could deliver the callback

    // Callbacks are delivered in order, so once a later one has run the skipped one has been processed.
    QObject later;
    bool laterCalled = false;
    m_worker.run(
        &later, [](EventStore &store) { return store.count<Event>(); },
        [&](const Result<qint64> &) { laterCalled = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return laterCalled; }, 10000));
    EXPECT_FALSE(calledAfterDeath);

    // The work itself still ran.
    auto count = m_worker.run([](EventStore &store) { return store.count<Event>(); });
    ASSERT_TRUE(finished(count));
    EXPECT_EQ(count.result().value(), 1);
}
