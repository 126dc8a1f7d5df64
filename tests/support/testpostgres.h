#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace EventDesk::Test
{

// A throwaway PostgreSQL server for tests and benchmarks: initdb into a folder under /tmp (as the postgres
// OS user when running as root, since initdb refuses root), a free port on 127.0.0.1, the socket in that
// folder, durability off for speed. The superuser `postgres` needs no password (socket and 127.0.0.1);
// every other role logs in over TCP with its scram-sha-256 password. The destructor stops the server and
// removes the folder. Errors are one sentence naming what failed, plus the tail of the server log.
class TestPostgres
{
public:
    struct PsqlOutput {
        int exitCode = -1; // psql's exit code (ON_ERROR_STOP is on), -1 if it did not run
        QString output;    // stdout, unaligned and tuples only: "SELECT 1" gives "1\n"
        QString errors;    // stderr
    };

    TestPostgres();
    ~TestPostgres();
    TestPostgres(const TestPostgres &) = delete;
    TestPostgres &operator=(const TestPostgres &) = delete;

    Result<void> start();   // initdb on first use, then pg_ctl start -w (same port once one is chosen)
    Result<void> stop();    // pg_ctl stop -m fast; fine if not running
    Result<void> restart(); // stop + start on the same data folder and port
    // SIGKILL the postmaster and its children, as in a crash; start() then runs crash recovery. With
    // synchronous_commit off, commits of the last ~200 ms may be lost unless their session turned it on.
    Result<void> kill();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QString socketDir() const { return m_dir.path(); }
    static QString host() { return QStringLiteral("127.0.0.1"); }
    QString superuserUrl(const QString &db = QStringLiteral("postgres")) const;
    QString serverLogTail(int lines = 20) const;

    Result<void> createDatabase(const QString &name);
    Result<void> createRole(const QString &name, const QString &password); // LOGIN role with a password

    // An open QPSQL connection over TCP (check isOpen()/lastError()). The caller closes it and calls
    // QSqlDatabase::removeDatabase(connectionName) once its QSqlDatabase copies are gone.
    QSqlDatabase connect(const QString &connectionName, const QString &db = QStringLiteral("postgres"),
                         const QString &user = QStringLiteral("postgres"),
                         const QString &password = {}) const;

    // Runs psql over the socket as the superuser with sqlText on stdin (backslash commands such as \copy
    // work; files are read by this process's user).
    PsqlOutput psql(const QString &sqlText, const QString &db = QStringLiteral("postgres")) const;

private:
    QString dataDir() const;
    QString logFile() const;
    Result<void> initialize();
    Result<void> startOnce();
    Result<void> pgCtl(const QStringList &args, const QString &what) const;
    qint64 postmasterPid() const;
    Error failure(const QString &sentence) const;

    QTemporaryDir m_dir;
    QString m_binDir;
    quint16 m_port = 0;
    bool m_initialized = false;
};

} // namespace EventDesk::Test
