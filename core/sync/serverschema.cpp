#include "serverschema.h"

#include "serverconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

// The schema file is in a static library: registering it by name keeps the linker from dropping it.
static void initSyncResources()
{
    Q_INIT_RESOURCE(sync);
}

namespace EventDesk
{

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("EventDesk::ServerSchema", text);
}

// Splits the schema file into statements: on semicolons at the end of a line outside $$ bodies.
QStringList statements(const QString &sql)
{
    QStringList out;
    QString current;
    bool inBody = false;
    for (const QString &line : sql.split(u'\n')) {
        if (line.trimmed().startsWith(u"--"_s) && !inBody)
            continue;
        current += line + u'\n';
        if (line.count(u"$$"_s) % 2 == 1)
            inBody = !inBody;
        if (!inBody && line.trimmed().endsWith(u';')) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

Result<void> exec(QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return ServerConnection::error(what, q.lastError().text() + u" in: "_s + sql.left(200));
    return {};
}
} // namespace

Result<int> ServerSchema::version(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT to_regclass('eventdesk.server_info') IS NOT NULL"_s) || !q.next())
        return ServerConnection::error(tr("The team server could not be read."), q.lastError().text());
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(u"SELECT value FROM eventdesk.server_info WHERE key = 'schema_version'"_s))
        return ServerConnection::error(tr("The team server could not be read."), q.lastError().text());
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QUuid> ServerSchema::serverId(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT value FROM eventdesk.server_info WHERE key = 'server_id'"_s) || !q.next())
        return ServerConnection::error(tr("The team server could not be read."), q.lastError().text());
    return QUuid::fromString(q.value(0).toString());
}

Result<int> ServerSchema::revision(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT value FROM eventdesk.server_info WHERE key = 'schema_revision'"_s))
        return ServerConnection::error(tr("The team server could not be read."), q.lastError().text());
    return q.next() ? q.value(0).toInt() : 0;
}

Result<int> ServerSchema::install(QSqlDatabase db, int target)
{
    target = std::clamp(target, 1, kVersion);
    auto current = version(db);
    if (!current)
        return current.error();
    if (current.value() > kVersion)
        return Error{
            ErrorCode::NewerSchema,
            tr("The team server uses a newer EventDesk (server schema %1); update EventDesk to use it.")
                .arg(current.value()),
            {}};
    // A server at this version whose functions are of an older revision gets this build's.
    bool refresh = false;
    if (current.value() == kVersion && target == kVersion) {
        auto at = revision(db);
        if (!at)
            return at.error();
        refresh = at.value() < kRevision;
    }
    if (current.value() >= target && !refresh)
        return current.value();
    // Version 1 is the whole schema; each later version is a migration from the one before.
    initSyncResources();
    auto script = [](int v) -> QStringList {
        QFile file(v == 1 ? u":/eventdesk/sync/serverschema.sql"_s
                          : u":/eventdesk/sync/servermigration%1.sql"_s.arg(v));
        return file.open(QIODevice::ReadOnly) ? statements(QString::fromUtf8(file.readAll())) : QStringList();
    };
    // Only what can run again: the functions, their settings and who may call them.
    auto again = [&script](int v) {
        static const QRegularExpression rerun(
            u"^(CREATE OR REPLACE FUNCTION|ALTER FUNCTION|GRANT|REVOKE)\\b"_s);
        QStringList part;
        for (const QString &statement : script(v))
            if (rerun.match(statement).hasMatch())
                part.append(statement);
        return part;
    };
    QStringList sql;
    // A server of an older revision (of its version, or of one it is migrated from) gets this build's
    // functions of its versions first; a later version's migration may replace them.
    for (int v = kFirstRevised; v <= current.value() && (refresh || current.value() < target); ++v)
        sql += again(v);
    for (int v = current.value() + 1; v <= target; ++v) {
        const QStringList part = script(v);
        if (part.isEmpty())
            return Error{ErrorCode::Io, tr("The server schema is missing from this build of EventDesk."), {}};
        sql += part;
    }
    if (!db.transaction())
        return ServerConnection::error(tr("The team server could not be set up."), db.lastError().text());
    const QString what = tr("The team server could not be set up; nothing was changed.");
    auto run = [&]() -> Result<void> {
        if (auto ok =
                exec(db,
                     u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'eventdesk_member') "
                     "THEN CREATE ROLE eventdesk_member NOLOGIN; END IF; END $$"_s,
                     what);
            !ok)
            return ok;
        for (const QString &statement : sql)
            if (auto ok = exec(db, statement, what); !ok)
                return ok;
        QSqlQuery q(db);
        if (current.value() == 0) {
            q.prepare(u"INSERT INTO eventdesk.server_info (key, value) VALUES ('server_id', ?)"_s);
            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            if (!q.exec())
                return ServerConnection::error(what, q.lastError().text());
        }
        const QString set = u"INSERT INTO eventdesk.server_info (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s;
        q.prepare(set);
        q.addBindValue(u"schema_version"_s);
        q.addBindValue(QString::number(target));
        if (!q.exec())
            return ServerConnection::error(what, q.lastError().text());
        if (target == kVersion) {
            q.prepare(set);
            q.addBindValue(u"schema_revision"_s);
            q.addBindValue(QString::number(kRevision));
            if (!q.exec())
                return ServerConnection::error(what, q.lastError().text());
        }
        return {};
    };
    if (auto ok = run(); !ok) {
        db.rollback();
        return ok.error();
    }
    if (!db.commit())
        return ServerConnection::error(what, db.lastError().text());
    return target;
}

Result<void> ServerSchema::addMember(QSqlDatabase db, const QString &team, const QString &member,
                                     const QString &password)
{
    if (team.trimmed().isEmpty() || member.trimmed().isEmpty())
        return Error{ErrorCode::Usage, tr("A member needs a team and a name."), {}};
    static const QRegularExpression valid(u"^[A-Za-z0-9_.@-]{1,63}$"_s);
    if (!valid.match(member).hasMatch())
        return Error{ErrorCode::Usage,
                     tr("A member name may use letters, digits and . _ @ - only (at most 63 characters)."),
                     {}};
    const QString what = tr("The member %1 could not be added.").arg(member);
    if (!db.transaction())
        return ServerConnection::error(what, db.lastError().text());
    auto run = [&]() -> Result<void> {
        QSqlQuery q(db);
        q.prepare(u"SELECT CASE WHEN EXISTS (SELECT FROM pg_roles WHERE rolname = ?) "
                  "THEN format('ALTER ROLE %I LOGIN PASSWORD %L', ?::text, ?::text) "
                  "ELSE format('CREATE ROLE %I LOGIN PASSWORD %L', ?::text, ?::text) END"_s);
        for (const QString &v : {member, member, password, member, password})
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return ServerConnection::error(what, q.lastError().text());
        if (auto ok = exec(db, q.value(0).toString(), what); !ok)
            return ok;
        QSqlQuery grant(db);
        if (!grant.exec(u"GRANT eventdesk_member TO "_s +
                        db.driver()->escapeIdentifier(member, QSqlDriver::TableName)))
            return ServerConnection::error(what, grant.lastError().text());
        QSqlQuery row(db);
        row.prepare(u"INSERT INTO eventdesk.members (role_name, team_id, member_name) VALUES (?, ?, ?) "
                    "ON CONFLICT (role_name) DO UPDATE SET team_id = excluded.team_id"_s);
        for (const QString &v : {member, team.trimmed(), member})
            row.addBindValue(v);
        if (!row.exec())
            return ServerConnection::error(what, row.lastError().text());
        return {};
    };
    if (auto ok = run(); !ok) {
        db.rollback();
        return ok;
    }
    if (!db.commit())
        return ServerConnection::error(what, db.lastError().text());
    return {};
}

} // namespace EventDesk
