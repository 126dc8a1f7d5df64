#include "testpostgres.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QVersionNumber>

#include <algorithm>
#include <utility>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace EventDesk::Test
{

namespace
{

struct Ran {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program to completion without a shell; as the postgres OS user when we are root.
Ran run(QString program, QStringList args, bool asPostgres, const QString &workDir = {},
        const QByteArray &input = {})
{
    if (asPostgres && ::geteuid() == 0) {
        args = QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args;
        program = u"runuser"_s;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"PG"_s)) // PGHOST, PGDATA, PGPASSWORD… would redirect the tools
            env.remove(key);
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workDir);
    process.start(program, args);
    Ran ran;
    if (!process.waitForStarted()) {
        ran.err = program + u": "_s + process.errorString();
        return ran;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(90'000)) {
        process.kill();
        process.waitForFinished();
        ran.err = program + u" did not finish within 90 seconds."_s;
        return ran;
    }
    ran.out = QString::fromUtf8(process.readAllStandardOutput());
    ran.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return ran;
}

// The newest /usr/lib/postgresql/<version>/bin, else the folder of an initdb on PATH.
QString findBinDir()
{
    const QDir root(u"/usr/lib/postgresql"_s);
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &version : versions) {
        if (QFileInfo::exists(root.filePath(version + u"/bin/initdb"_s)))
            return root.filePath(version + u"/bin"_s);
    }
    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

// State letter and parent pid from /proc/<pid>/stat; state 0 when there is no such process (Linux only).
std::pair<char, qint64> processState(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {0, 0};
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() < 2 ? std::pair<char, qint64>{0, 0}
                             : std::pair{fields[0].at(0), fields[1].toLongLong()};
}

bool isAlive(qint64 pid)
{
    const char state = processState(pid).first;
    return state != 0 && state != 'Z' && state != 'X';
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QString quoted(QString text, QChar quote)
{
    return quote + text.replace(quote, QString(2, quote)) + quote;
}

} // namespace

TestPostgres::TestPostgres() : m_dir(u"/tmp/eventdesk-pg-XXXXXX"_s), m_binDir(findBinDir()) {}

TestPostgres::~TestPostgres()
{
    if (isRunning() && !stop())
        static_cast<void>(kill());
}

QString TestPostgres::dataDir() const
{
    return m_dir.filePath(u"data"_s);
}

QString TestPostgres::logFile() const
{
    return m_dir.filePath(u"server.log"_s);
}

QString TestPostgres::serverLogTail(int lines) const
{
    QFile file(logFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

Error TestPostgres::failure(const QString &sentence) const
{
    QString message = sentence;
    const QString tail = serverLogTail();
    if (!tail.isEmpty())
        message += u"\nLast lines of the server log:\n"_s + tail;
    return Error{ErrorCode::Database, message, {}};
}

Result<void> TestPostgres::initialize()
{
    if (!m_dir.isValid())
        return failure(u"Could not create a temporary folder under /tmp: %1."_s.arg(m_dir.errorString()));
    if (m_binDir.isEmpty())
        return failure(u"No PostgreSQL server was found in /usr/lib/postgresql/*/bin or on PATH: install the "
                       "postgresql package (scripts/install-deps.sh)."_s);
    if (::geteuid() == 0) { // initdb refuses root: the folder belongs to the postgres OS user
        const passwd *user = ::getpwnam("postgres");
        if (!user)
            return failure(u"The postgres OS user does not exist: install the postgresql package "
                           "(scripts/install-deps.sh)."_s);
        if (::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0)
            return failure(u"Could not give %1 to the postgres OS user."_s.arg(m_dir.path()));
    }
    const Ran initdb = run(m_binDir + u"/initdb"_s,
                           {u"-D"_s, dataDir(), u"-U"_s, u"postgres"_s, u"-E"_s, u"UTF8"_s, u"--locale=C"_s,
                            u"-A"_s, u"trust"_s, u"--no-sync"_s, u"--no-instructions"_s},
                           true, m_dir.path());
    if (initdb.exitCode != 0)
        return failure(u"initdb failed (exit code %1): %2"_s.arg(initdb.exitCode).arg(initdb.err));

    // Rewriting existing files keeps their owner (postgres).
    QFile hba(dataDir() + u"/pg_hba.conf"_s);
    QFile conf(dataDir() + u"/postgresql.conf"_s);
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || !conf.open(QIODevice::Append))
        return failure(u"Could not write the server configuration in %1."_s.arg(dataDir()));
    hba.write("local all all trust\n"
              "host all postgres 127.0.0.1/32 trust\n"
              "host all all 127.0.0.1/32 scram-sha-256\n");
    conf.write(u"\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%1'\n"
               "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 50\n"_s
                   .arg(m_dir.path())
                   .toUtf8());
    m_initialized = true;
    return {};
}

Result<void> TestPostgres::pgCtl(const QStringList &args, const QString &what) const
{
    const Ran ctl = run(m_binDir + u"/pg_ctl"_s, QStringList{u"-D"_s, dataDir()} + args, true, m_dir.path());
    if (ctl.exitCode != 0)
        return failure(u"pg_ctl %1 failed for the PostgreSQL server on port %2 (exit code %3): %4"_s.arg(what)
                           .arg(m_port)
                           .arg(ctl.exitCode)
                           .arg(ctl.err));
    return {};
}

Result<void> TestPostgres::startOnce()
{
    return pgCtl({u"start"_s, u"-w"_s, u"-t"_s, u"30"_s, u"-l"_s, logFile(), u"-o"_s, u"-p %1"_s.arg(m_port)},
                 u"start"_s);
}

Result<void> TestPostgres::start()
{
    if (isRunning())
        return {};
    if (!m_initialized) {
        if (Result<void> initialized = initialize(); !initialized)
            return initialized;
    }
    if (m_port != 0) // restart and recovery keep the port the clients know
        return startOnce();
    for (int attempt = 1;; ++attempt) { // someone may take the free port before the server binds it
        m_port = freeLoopbackPort();
        Result<void> started = startOnce();
        if (started || attempt == 3) {
            if (!started)
                m_port = 0;
            return started;
        }
    }
}

Result<void> TestPostgres::stop()
{
    if (!isRunning())
        return {};
    return pgCtl({u"stop"_s, u"-w"_s, u"-t"_s, u"30"_s, u"-m"_s, u"fast"_s}, u"stop"_s);
}

Result<void> TestPostgres::restart()
{
    if (Result<void> stopped = stop(); !stopped)
        return stopped;
    return start();
}

qint64 TestPostgres::postmasterPid() const
{
    QFile file(dataDir() + u"/postmaster.pid"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

bool TestPostgres::isRunning() const
{
    const qint64 pid = postmasterPid();
    return pid > 0 && isAlive(pid);
}

Result<void> TestPostgres::kill()
{
    const qint64 pid = postmasterPid();
    if (pid <= 0 || !isAlive(pid))
        return {};
    QList<qint64> doomed{pid}; // the postmaster and its backends, as when the machine dies
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (const qint64 child = entry.toLongLong(); child > 0 && processState(child).second == pid)
            doomed.append(child);
    }
    for (const qint64 victim : std::as_const(doomed))
        ::kill(static_cast<pid_t>(victim), SIGKILL);
    if (!QTest::qWaitFor([&] { return std::none_of(doomed.cbegin(), doomed.cend(), isAlive); }, 10'000))
        return failure(u"PostgreSQL processes survived SIGKILL for 10 seconds."_s);
    // Nobody may reap the killed postmaster (PID 1 in a container): its zombie would make the next start
    // believe a server still holds the lock files.
    if (processState(pid).first != 0) {
        QFile::remove(dataDir() + u"/postmaster.pid"_s);
        QFile::remove(m_dir.filePath(u".s.PGSQL.%1.lock"_s.arg(m_port)));
    }
    return {};
}

QString TestPostgres::superuserUrl(const QString &db) const
{
    return u"postgresql://postgres@%1:%2/%3"_s.arg(host()).arg(m_port).arg(db);
}

TestPostgres::PsqlOutput TestPostgres::psql(const QString &sqlText, const QString &db) const
{
    const QString local = m_binDir + u"/psql"_s;
    const Ran ran =
        run(QFileInfo::exists(local) ? local : u"psql"_s,
            {u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, socketDir(), u"-p"_s,
             QString::number(m_port), u"-U"_s, u"postgres"_s, u"-d"_s, db, u"-f"_s, u"-"_s},
            false, {}, sqlText.toUtf8());
    return PsqlOutput{ran.exitCode, ran.out, ran.err};
}

Result<void> TestPostgres::createDatabase(const QString &name)
{
    const PsqlOutput created = psql(u"CREATE DATABASE %1;"_s.arg(quoted(name, u'"')));
    if (created.exitCode != 0)
        return failure(u"Could not create the database %1: %2"_s.arg(name, created.errors));
    return {};
}

Result<void> TestPostgres::createRole(const QString &name, const QString &password)
{
    const PsqlOutput created =
        psql(u"CREATE ROLE %1 LOGIN PASSWORD %2;"_s.arg(quoted(name, u'"'), quoted(password, u'\'')));
    if (created.exitCode != 0)
        return failure(u"Could not create the role %1: %2"_s.arg(name, created.errors));
    return {};
}

QSqlDatabase TestPostgres::connect(const QString &connectionName, const QString &db, const QString &user,
                                   const QString &password) const
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    connection.setHostName(host());
    connection.setPort(m_port);
    connection.setDatabaseName(db);
    connection.setUserName(user);
    connection.setPassword(password);
    connection.setConnectOptions(u"connect_timeout=5;sslmode=disable"_s);
    connection.open();
    return connection;
}

} // namespace EventDesk::Test
