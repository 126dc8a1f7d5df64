// A writer killed with SIGKILL half-way through a transaction loses that transaction and nothing else.
#include "storage/eventstore.h"

#include "storage/outbox.h"
#include "support/rawsqlite.h"
#include "support/tempworkspace.h"

#include <QProcess>

#include <gtest/gtest.h>

#include <csignal>

#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::RawSqlite;
using EventDesk::Test::TempWorkspace;

namespace
{

constexpr qint64 kBatch = 500; // must match tests/support/bulkinsertchild.cpp

// Parses "committed <n>" lines; returns the last total seen, or -1 on a line of another shape.
qint64 parseCommitted(const QByteArray &line)
{
    const QByteArray prefix = "committed ";
    if (!line.startsWith(prefix))
        return -1;
    bool ok = false;
    const qint64 total = line.mid(prefix.size()).trimmed().toLongLong(&ok);
    return ok ? total : -1;
}

} // namespace

TEST(CrashSafetyTest, KillDuringBulkInsertKeepsOnlyCommittedBatches)
{
    TempWorkspace ws;
    ASSERT_TRUE(ws.isValid());

    QProcess child;
    child.setProgram(QString::fromUtf8(BULKINSERT_CHILD));
    child.setArguments({ws.path()});
    child.start();
    ASSERT_TRUE(child.waitForStarted(10000)) << child.errorString().toStdString();

    qint64 lastReported = 0;
    int commits = 0;
    while (commits < 3) {
        if (!child.canReadLine()) {
            ASSERT_TRUE(child.waitForReadyRead(30000))
                << "child stopped reporting: " << child.readAllStandardError().toStdString();
            continue;
        }
        const QByteArray line = child.readLine();
        const qint64 total = parseCommitted(line);
        ASSERT_GT(total, lastReported) << "unexpected output: " << line.toStdString();
        lastReported = total;
        ++commits;
    }

    // The child starts the next batch right after printing, so this lands inside a transaction.
    ASSERT_EQ(::kill(pid_t(child.processId()), SIGKILL), 0);
    ASSERT_TRUE(child.waitForFinished(30000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    // Commits reported while we were not reading still count.
    for (const QByteArray &line : child.readAllStandardOutput().split('\n'))
        if (const qint64 total = parseCommitted(line); total > lastReported)
            lastReported = total;
    ASSERT_GE(lastReported, 3 * kBatch);

    EventStore store;
    auto opened = store.open(ws.path());
    ASSERT_TRUE(opened) << opened.error().message.toStdString() << opened.error().detail.toStdString();
    EXPECT_EQ(store.schemaVersion(), EventStore::kLatestSchemaVersion);
    const qint64 participants = store.count<Participant>().value();
    EXPECT_GE(participants, lastReported);
    EXPECT_EQ(participants % kBatch, 0) << participants << " participants: a half batch survived";
    EXPECT_EQ(store.count<Event>().value(), 1);
    auto changes = Outbox(store).pending(100000000);
    ASSERT_TRUE(changes);
    EXPECT_EQ(changes.value().size(), participants + 1); // one per participant, one for the event

    RawSqlite raw(ws.path());
    EXPECT_EQ(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}
