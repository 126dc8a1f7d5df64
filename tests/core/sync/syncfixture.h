#pragma once

// A team server for sync tests: a fresh database with the EventDesk server schema in the process's
// throwaway PostgreSQL, members with passwords, and clients (a real SQLite workspace each) syncing with it.

#include "storage/eventstore.h"
#include "support/tempworkspace.h"
#include "support/testpostgres.h"
#include "sync/serverconnection.h"
#include "sync/serverschema.h"
#include "sync/syncsession.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <memory>

namespace EventDesk::Test
{

// The PostgreSQL of this test process, started on first use and stopped at exit.
inline TestPostgres &testPostgres()
{
    static TestPostgres server;
    if (!server.isRunning()) {
        auto ok = server.start();
        if (!ok)
            ADD_FAILURE() << ok.error().message.toStdString();
    }
    return server;
}

inline QString shortId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(10);
}

class SyncServer
{
public:
    // A server database with the schema at schemaVersion (older ones to test migrations).
    explicit SyncServer(int schemaVersion = ServerSchema::kVersion)
        : m_database(QStringLiteral("team_") + shortId())
    {
        auto made = testPostgres().createDatabase(m_database);
        EXPECT_TRUE(made) << (made ? std::string() : made.error().message.toStdString());
        reconnect();
        auto installed = ServerSchema::install(m_admin->db(), schemaVersion);
        EXPECT_TRUE(installed) << (installed ? std::string() : installed.error().detail.toStdString());
    }

    // A new admin connection (after the server restarted).
    void reconnect()
    {
        m_admin.reset();
        m_admin = std::make_unique<ServerConnection>(adminUrl());
        auto open = m_admin->open();
        EXPECT_TRUE(open) << (open ? std::string() : open.error().detail.toStdString());
    }
    ServerUrl adminUrl() const { return ServerUrl::parse(testPostgres().superuserUrl(m_database)).value(); }
    // A new member of team (a unique login role); returns its URL with the password.
    ServerUrl addMember(const QString &team, const QString &name = QStringLiteral("member"))
    {
        const QString role = name + u'_' + shortId();
        auto ok = ServerSchema::addMember(m_admin->db(), team, role, QStringLiteral("pw-") + role);
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().detail.toStdString());
        ServerUrl url = adminUrl();
        url.user = role;
        url.password = QStringLiteral("pw-") + role;
        return url;
    }
    QSqlDatabase admin() const { return m_admin->db(); }
    // One number from the admin connection (which sees every team).
    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(m_admin->db());
        EXPECT_TRUE(q.exec(sql) && q.next())
            << q.lastError().text().toStdString() << " in " << sql.toStdString();
        return q.value(0).toLongLong();
    }
    void exec(const QString &sql) const
    {
        QSqlQuery q(m_admin->db());
        EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString() << " in " << sql.toStdString();
    }

private:
    QString m_database;
    std::unique_ptr<ServerConnection> m_admin;
};

// A workspace that syncs as one member.
class SyncClient
{
public:
    // copyOf: a workspace file to start from (a backup), copied before it is opened.
    explicit SyncClient(const ServerUrl &url, const QString &copyOf = {}) : m_url(url)
    {
        if (!copyOf.isEmpty()) {
            EXPECT_TRUE(QFile::copy(copyOf, m_workspace.path()));
        }
        auto ok = store.open(m_workspace.path());
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().message.toStdString());
        connect();
    }
    void connect()
    {
        session.reset();
        m_connection = std::make_unique<ServerConnection>(m_url);
        auto ok = m_connection->open();
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().detail.toStdString());
        session = std::make_unique<SyncSession>(store, m_connection->db());
    }
    SyncReport sync()
    {
        auto report = session->sync();
        EXPECT_TRUE(report) << (report ? std::string()
                                       : QString(report.error().message + QStringLiteral(" / ") +
                                                 report.error().detail)
                                             .toStdString());
        return report ? report.value() : SyncReport{};
    }
    QString path() const { return m_workspace.path(); }
    const ServerUrl &url() const { return m_url; }

private: // destroyed in reverse: the session, its connection, the store, then the folder
    TempWorkspace m_workspace;
    ServerUrl m_url;

public:
    EventStore store;

private:
    std::unique_ptr<ServerConnection> m_connection;

public:
    std::unique_ptr<SyncSession> session;
};

} // namespace EventDesk::Test
