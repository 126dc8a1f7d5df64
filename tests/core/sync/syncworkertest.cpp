// SyncWorker: team sync on its own thread, against a real throwaway PostgreSQL and real workspace files.
#include "sync/syncworker.h"
#include "storage/eventstore.h"
#include "support/largeevent.h"
#include "support/rawsqlite.h"
#include "support/tempworkspace.h"
#include "support/testpostgres.h"
#include "sync/serverschema.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QTcpServer>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::TempWorkspace;
using EventDesk::Test::TestPostgres;

namespace
{

Event makeEvent(const QString &name)
{
    Event e;
    e.name = name;
    e.timeZone = u"Europe/Berlin"_s;
    e.startDate = QDate(2027, 2, 6);
    e.endDate = QDate(2027, 2, 7);
    return e;
}

// One member's laptop: a workspace file, the GUI's store on it and the sync worker on its own thread.
struct Laptop {
    explicit Laptop(const QString &url, const QString &password)
    {
        EXPECT_TRUE(store.open(ws.path()).ok());
        worker = std::make_unique<SyncWorker>(ws.path());
        worker->setFollowNetwork(false);
        worker->setInterval(0); // only what a test asks for
        worker->configure(url, password);
    }
    // Runs one sync and returns its report (cancelled and zeroes when it failed).
    SyncReport sync()
    {
        QSignalSpy finished(worker.get(), &SyncWorker::finished);
        QSignalSpy failed(worker.get(), &SyncWorker::failed);
        worker->syncNow();
        EXPECT_TRUE(QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 30000));
        if (!failed.isEmpty()) {
            ADD_FAILURE() << "sync failed: " << failed.first().first().toString().toStdString();
            SyncReport failedReport;
            failedReport.cancelled = true;
            return failedReport;
        }
        return finished.isEmpty() ? SyncReport{} : finished.first().first().value<SyncReport>();
    }

    TempWorkspace ws;
    EventStore store;
    std::unique_ptr<SyncWorker> worker;
};

} // namespace

class SyncWorkerTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_pg = new TestPostgres;
        auto started = s_pg->start();
        ASSERT_TRUE(started) << started.error().message.toStdString();
        ASSERT_TRUE(s_pg->createDatabase(u"team"_s));
        QSqlDatabase admin = s_pg->connect(u"syncworker-admin"_s, u"team"_s);
        ASSERT_TRUE(admin.isOpen()) << admin.lastError().text().toStdString();
        auto installed = ServerSchema::install(admin);
        ASSERT_TRUE(installed) << installed.error().message.toStdString();
    }
    static void TearDownTestSuite()
    {
        QSqlDatabase::database(u"syncworker-admin"_s, false).close();
        QSqlDatabase::removeDatabase(u"syncworker-admin"_s);
        delete s_pg;
        s_pg = nullptr;
    }
    void SetUp() override
    {
        ASSERT_NE(s_pg, nullptr);
        if (!s_pg->isRunning()) {
            ASSERT_TRUE(s_pg->start());
        }
    }

    // A member of this test's own team (teams never see each other's rows); returns the URL without password.
    QString member(const QString &name)
    {
        const QString team =
            QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name());
        const QString role = name + u'_' + QString::number(qHash(team), 16);
        QSqlDatabase admin = QSqlDatabase::database(u"syncworker-admin"_s, false);
        admin.close(); // the server may have restarted since
        EXPECT_TRUE(admin.open()) << admin.lastError().text().toStdString();
        auto added = ServerSchema::addMember(admin, team, role, password(role));
        EXPECT_TRUE(added) << added.error().message.toStdString();
        return u"postgresql://%1@127.0.0.1:%2/team"_s.arg(role).arg(s_pg->port());
    }
    static QString password(const QString &url)
    {
        const QString role = url.contains(u"://"_s) ? url.section(u"://"_s, 1).section(u'@', 0, 0) : url;
        return u"pw-"_s + role;
    }

    static TestPostgres *s_pg;
};

TestPostgres *SyncWorkerTest::s_pg = nullptr;

TEST_F(SyncWorkerTest, AnEditInOneWorkspaceReachesTheOtherThroughTheServer)
{
    const QString urlA = member(u"ana"_s);
    const QString urlB = member(u"bo"_s);
    Laptop a(urlA, password(urlA));
    Laptop b(urlB, password(urlB));
    auto added = a.store.add(makeEvent(u"FOSDEM"_s));
    ASSERT_TRUE(added);
    const QUuid id = added.value().meta.id;

    QSignalSpy states(a.worker.get(), &SyncWorker::stateChanged);
    const SyncReport pushed = a.sync();
    EXPECT_EQ(pushed.pushed, 1);
    EXPECT_EQ(pushed.pending, 0);
    EXPECT_EQ(a.worker->state(), SyncWorker::State::Idle);
    ASSERT_GE(states.count(), 2);
    EXPECT_EQ(states.first().first().value<SyncWorker::State>(), SyncWorker::State::Syncing);

    QSignalSpy changed(b.worker.get(), &SyncWorker::recordsChanged);
    EXPECT_EQ(b.sync().pulled, 1);
    auto received = b.store.get<Event>(id);
    ASSERT_TRUE(received) << received.error().message.toStdString();
    EXPECT_EQ(received.value().name, u"FOSDEM"_s);
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_EQ(changed.first().at(0).value<RecordKind>(), RecordKind::Event);
    EXPECT_TRUE(changed.first().at(1).value<QList<QUuid>>().contains(id));

    // An edit, then the other laptop's next sync brings it, with a change signal for the record.
    Event renamed = a.store.get<Event>(id).value();
    renamed.name = u"FOSDEM 2027"_s;
    ASSERT_TRUE(a.store.update(renamed));
    EXPECT_EQ(a.sync().pushed, 1);
    changed.clear();
    EXPECT_EQ(b.sync().pulled, 1);
    EXPECT_EQ(b.store.get<Event>(id).value().name, u"FOSDEM 2027"_s);
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_TRUE(changed.first().at(1).value<QList<QUuid>>().contains(id));
}

TEST_F(SyncWorkerTest, ATeammatesChangeArrivesThroughNotifyWithoutSyncNow)
{
    const QString urlA = member(u"ana"_s);
    const QString urlB = member(u"bo"_s);
    Laptop a(urlA, password(urlA));
    Laptop b(urlB, password(urlB));
    b.sync(); // connects and listens; periodic sync stays off

    auto added = a.store.add(makeEvent(u"Chaos Communication Camp"_s));
    ASSERT_TRUE(added);
    QSignalSpy changed(b.worker.get(), &SyncWorker::recordsChanged);
    QSignalSpy finished(b.worker.get(), &SyncWorker::finished);
    EXPECT_EQ(a.sync().pushed, 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 15000)) << "B was not told of A's change";
    EXPECT_TRUE(changed.first().at(1).value<QList<QUuid>>().contains(added.value().meta.id));
    EXPECT_EQ(b.store.get<Event>(added.value().meta.id).value().name, u"Chaos Communication Camp"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 15000));
    EXPECT_EQ(finished.count(), 1) << "one announcement, one sync";
}

TEST_F(SyncWorkerTest, AStoppedServerMeansOfflineEditsStayAndTheOutboxDrainsAfterItsBack)
{
    const QString urlA = member(u"ana"_s);
    const QString urlB = member(u"bo"_s);
    Laptop a(urlA, password(urlA));
    auto added = a.store.add(makeEvent(u"RustConf"_s));
    ASSERT_TRUE(added);
    EXPECT_EQ(a.sync().pushed, 1);

    ASSERT_TRUE(s_pg->stop());
    Event edited = a.store.get<Event>(added.value().meta.id).value();
    edited.venueName = u"Palais des Congrès"_s;
    ASSERT_TRUE(a.store.update(edited)) << "editing never needs the server";
    QSignalSpy failed(a.worker.get(), &SyncWorker::failed);
    QSignalSpy pending(a.worker.get(), &SyncWorker::pendingChanged);
    a.worker->syncNow();
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_EQ(a.worker->state(), SyncWorker::State::Offline);
    const QString sentence = failed.first().first().toString();
    EXPECT_TRUE(sentence.contains(u"cannot be reached"_s)) << sentence.toStdString();
    EXPECT_FALSE(sentence.contains(u"pw-"_s)) << "no password in the sentence";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !pending.isEmpty(); }, 5000));
    EXPECT_EQ(pending.last().first().toLongLong(), 1);
    EXPECT_EQ(a.store.get<Event>(added.value().meta.id).value().venueName, u"Palais des Congrès"_s);

    ASSERT_TRUE(s_pg->start());
    const SyncReport drained = a.sync();
    EXPECT_EQ(drained.pushed, 1);
    EXPECT_EQ(drained.pending, 0);
    EXPECT_EQ(a.worker->state(), SyncWorker::State::Idle);

    Laptop b(urlB, password(urlB));
    b.sync();
    EXPECT_EQ(b.store.get<Event>(added.value().meta.id).value().venueName, u"Palais des Congrès"_s);
}

TEST_F(SyncWorkerTest, AFailedConnectionIsRetriedWithBackoff)
{
    const QString urlA = member(u"ana"_s);
    Laptop a(urlA, password(urlA));
    ASSERT_TRUE(a.store.add(makeEvent(u"PGConf"_s)));
    ASSERT_TRUE(s_pg->stop());
    QSignalSpy failed(a.worker.get(), &SyncWorker::failed);
    QSignalSpy finished(a.worker.get(), &SyncWorker::finished);
    a.worker->setRetryDelay(200);
    a.worker->setInterval(60000);
    a.worker->syncNow();
    ASSERT_TRUE(failed.wait(20000));
    ASSERT_TRUE(s_pg->start());
    // No syncNow: the retry after the failure connects again.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
    EXPECT_EQ(finished.first().first().value<SyncReport>().pushed, 1);
}

TEST_F(SyncWorkerTest, AWrongPasswordIsOneSentenceAndOffline)
{
    const QString urlA = member(u"ana"_s);
    Laptop a(urlA, u"not-the-password"_s);
    QSignalSpy checked(a.worker.get(), &SyncWorker::checked);
    a.worker->checkConnection();
    ASSERT_TRUE(checked.wait(20000));
    EXPECT_FALSE(checked.first().at(0).toBool());
    EXPECT_TRUE(checked.first().at(1).toString().contains(u"refused the member name or password"_s))
        << checked.first().at(1).toString().toStdString();
    EXPECT_EQ(a.worker->state(), SyncWorker::State::Offline);
}

TEST_F(SyncWorkerTest, CancelDuringALargePullLeavesAConsistentWorkspaceThatTheNextSyncCompletes)
{
    const QString urlA = member(u"ana"_s);
    const QString urlB = member(u"bo"_s);
    Laptop a(urlA, password(urlA));
    EventDesk::Test::LargeEvent::Options options;
    options.sessions = 120;
    options.rooms = 6;
    options.speakers = 60;
    options.participants = 2000;
    auto eventId = EventDesk::Test::LargeEvent::create(a.store, options);
    ASSERT_TRUE(eventId) << eventId.error().message.toStdString();
    const SyncReport pushed = a.sync();
    ASSERT_GT(pushed.pushed, 0);
    ASSERT_EQ(pushed.pending, 0);

    Laptop b(urlB, password(urlB));
    // Pages of 10 make the pull take a few hundred round trips, so the Cancel (which reaches the worker
    // through this thread's event loop) lands well before its end.
    b.worker->setPageSize(10);
    QObject::connect(b.worker.get(), &SyncWorker::progress, b.worker.get(),
                     [&b](qint64 done, qint64, SyncSession::Phase phase) {
                         if (phase == SyncSession::Phase::Pull && done > 0)
                             b.worker->cancel();
                     });
    const SyncReport cancelled = b.sync();
    EXPECT_TRUE(cancelled.cancelled);
    EXPECT_GT(cancelled.pulled, 0);
    EXPECT_EQ(b.worker->state(), SyncWorker::State::Idle);
    {
        // What arrived is whole: every reference points at a record that is there.
        EventDesk::Test::RawSqlite raw(b.ws.path());
        ASSERT_TRUE(raw.isOpen());
        const QList<QVariantList> dangling = raw.rows(u"PRAGMA foreign_key_check"_s);
        EXPECT_TRUE(dangling.isEmpty())
            << "a dangling reference in table " << dangling.value(0).value(0).toString().toStdString();
    }

    QObject::disconnect(b.worker.get(), &SyncWorker::progress, b.worker.get(), nullptr);
    const SyncReport rest = b.sync();
    EXPECT_FALSE(rest.cancelled);
    EXPECT_GT(rest.pulled, 0) << "the cancel stopped the pull before its end";
    EXPECT_EQ(b.store.count<Participant>(eventId.value()).value(),
              a.store.count<Participant>(eventId.value()).value());
    EXPECT_EQ(b.store.count<Session>(eventId.value()).value(),
              a.store.count<Session>(eventId.value()).value());
}

// A server that accepts the connection and never answers holds the worker for its 5-second connect timeout:
// letting the worker go must not wait for that (the GUI thread calls it).
TEST(SyncWorkerStopTest, DeleteWhenStoppedReturnsAtOnceWhileAConnectionAttemptHangs)
{
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    TempWorkspace ws;
    {
        EventStore store;
        ASSERT_TRUE(store.open(ws.path()));
    }
    auto *worker = new SyncWorker(ws.path());
    worker->setFollowNetwork(false);
    worker->setInterval(0);
    worker->configure(u"postgresql://ana@127.0.0.1:%1/team"_s.arg(silent.serverPort()), u"pw"_s);
    QSignalSpy destroyed(worker, &QObject::destroyed);
    QSignalSpy checked(worker, &SyncWorker::checked);
    worker->checkConnection();
    ASSERT_TRUE(QTest::qWaitFor([&] { return silent.hasPendingConnections(); }, 5000));

    QElapsedTimer clock;
    clock.start();
    worker->deleteWhenStopped();
    EXPECT_LT(clock.elapsed(), 1000) << "the caller waited for the connection attempt";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !destroyed.isEmpty(); }, 15000));
    EXPECT_TRUE(checked.isEmpty()) << "no signal after stopping";
}
