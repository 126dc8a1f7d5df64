// The throwaway PostgreSQL server that the sync tests and benchmarks run against.
#include "support/testpostgres.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace EventDesk;
using EventDesk::Test::TestPostgres;

namespace
{

// The first column of the first row, or the error text.
QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return u"error: "_s + query.lastError().text();
    return query.value(0).toString();
}

// Opens a connection, returns whether it opened (with the error text) and removes it again.
std::pair<bool, QString> tryConnect(const TestPostgres &pg, const QString &db, const QString &user,
                                    const QString &password)
{
    const QString name = u"try-"_s + user;
    std::pair<bool, QString> result;
    {
        QSqlDatabase connection = pg.connect(name, db, user, password);
        result = {connection.isOpen(), connection.lastError().text()};
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

TEST(TestPostgresTest, StartsAndAnswersAsSuperuser)
{
    TestPostgres pg;
    const Result<void> started = pg.start();
    ASSERT_TRUE(started) << qPrintable(started.error().message);
    EXPECT_TRUE(pg.isRunning());
    EXPECT_NE(pg.port(), 0);
    EXPECT_EQ(pg.superuserUrl(u"sync"_s), u"postgresql://postgres@127.0.0.1:%1/sync"_s.arg(pg.port()));
    {
        QSqlDatabase db = pg.connect(u"superuser"_s);
        ASSERT_TRUE(db.isOpen()) << qPrintable(db.lastError().text());
        EXPECT_TRUE(scalar(db, u"SELECT version()"_s).contains(u"PostgreSQL"_s));
        EXPECT_EQ(scalar(db, u"SHOW fsync"_s), u"off"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"superuser"_s);

    const TestPostgres::PsqlOutput out = pg.psql(u"SELECT 40 + 2;\n\\echo done"_s);
    EXPECT_EQ(out.exitCode, 0) << qPrintable(out.errors);
    EXPECT_EQ(out.output, u"42\ndone\n"_s);
    EXPECT_NE(pg.psql(u"SELECT * FROM no_such_table;"_s).exitCode, 0);
}

TEST(TestPostgresTest, RoleLogsInOverTcpOnlyWithItsPassword)
{
    TestPostgres pg;
    const Result<void> started = pg.start();
    ASSERT_TRUE(started) << qPrintable(started.error().message);
    const Result<void> role = pg.createRole(u"alice"_s, u"it's secret"_s);
    ASSERT_TRUE(role) << qPrintable(role.error().message);
    const Result<void> database = pg.createDatabase(u"team"_s);
    ASSERT_TRUE(database) << qPrintable(database.error().message);

    const auto [opened, error] = tryConnect(pg, u"team"_s, u"alice"_s, u"it's secret"_s);
    EXPECT_TRUE(opened) << qPrintable(error);
    const auto [wrongOpened, wrongError] = tryConnect(pg, u"team"_s, u"alice"_s, u"guess"_s);
    EXPECT_FALSE(wrongOpened);
    EXPECT_TRUE(wrongError.contains(u"password authentication failed"_s)) << qPrintable(wrongError);
    EXPECT_FALSE(tryConnect(pg, u"team"_s, u"alice"_s, {}).first);
    EXPECT_FALSE(pg.createRole(u"alice"_s, u"again"_s)) << "a second role of the same name";
}

TEST(TestPostgresTest, RestartKeepsDataAndPort)
{
    TestPostgres pg;
    const Result<void> started = pg.start();
    ASSERT_TRUE(started) << qPrintable(started.error().message);
    ASSERT_EQ(pg.psql(u"CREATE TABLE kept (v text); INSERT INTO kept VALUES ('before restart');"_s).exitCode,
              0);
    const quint16 port = pg.port();

    const Result<void> restarted = pg.restart();
    ASSERT_TRUE(restarted) << qPrintable(restarted.error().message);
    EXPECT_EQ(pg.port(), port);
    EXPECT_EQ(pg.psql(u"SELECT v FROM kept;"_s).output, u"before restart\n"_s);

    const Result<void> stopped = pg.stop();
    ASSERT_TRUE(stopped) << qPrintable(stopped.error().message);
    EXPECT_FALSE(pg.isRunning());
    EXPECT_FALSE(tryConnect(pg, u"postgres"_s, u"postgres"_s, {}).first);
}

TEST(TestPostgresTest, StartRecoversAfterKill)
{
    TestPostgres pg;
    const Result<void> started = pg.start();
    ASSERT_TRUE(started) << qPrintable(started.error().message);
    // synchronous_commit is off server-wide; a crash may drop the last moments' commits unless they ask.
    ASSERT_EQ(
        pg.psql(u"SET synchronous_commit = on; CREATE TABLE kept (v text); INSERT INTO kept VALUES ('x');"_s)
            .exitCode,
        0);
    QSqlDatabase db = pg.connect(u"victim"_s);
    ASSERT_TRUE(db.isOpen()) << qPrintable(db.lastError().text());

    const Result<void> killed = pg.kill();
    ASSERT_TRUE(killed) << qPrintable(killed.error().message);
    EXPECT_FALSE(pg.isRunning());
    EXPECT_TRUE(scalar(db, u"SELECT 1"_s).startsWith(u"error: "_s)) << "the old connection is dead";

    const Result<void> again = pg.start();
    ASSERT_TRUE(again) << qPrintable(again.error().message);
    EXPECT_TRUE(pg.isRunning());
    EXPECT_EQ(pg.psql(u"SELECT v FROM kept;"_s).output, u"x\n"_s);
    EXPECT_TRUE(pg.serverLogTail(100).contains(u"not properly shut down"_s)) << "crash recovery ran";
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"victim"_s);
}

TEST(TestPostgresTest, TwoServersRunSideBySideAndCleanUp)
{
    QString firstDir;
    {
        TestPostgres first;
        TestPostgres second;
        const Result<void> a = first.start();
        ASSERT_TRUE(a) << qPrintable(a.error().message);
        const Result<void> b = second.start();
        ASSERT_TRUE(b) << qPrintable(b.error().message);
        EXPECT_NE(first.port(), second.port());
        EXPECT_NE(first.socketDir(), second.socketDir());
        ASSERT_EQ(first.psql(u"CREATE DATABASE only_first;"_s).exitCode, 0);
        EXPECT_EQ(first.psql(u"SELECT count(*) FROM pg_database WHERE datname = 'only_first';"_s).output,
                  u"1\n"_s);
        EXPECT_EQ(second.psql(u"SELECT count(*) FROM pg_database WHERE datname = 'only_first';"_s).output,
                  u"0\n"_s);
        firstDir = first.socketDir();
    }
    EXPECT_FALSE(QFileInfo::exists(firstDir)) << "the destructor stops the server and removes its folder";
}
