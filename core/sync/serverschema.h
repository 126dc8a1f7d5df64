#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QUuid>

namespace EventDesk
{

// The team server's schema in a stock PostgreSQL (serverschema.sql): installed or migrated in one
// transaction, and the members' login roles. Runs with an administrator's connection.
class ServerSchema
{
public:
    static constexpr int kVersion = 5;
    // Within a version, the functions can improve without changing the tables or the wire: every EventDesk of
    // the same version keeps syncing with a server of another revision (servermigration5.sql lists them).
    // The functions of versions kFirstRevised and later can run again; a version comes at revision 1.
    static constexpr int kRevision = 1;
    static constexpr int kFirstRevised = 3;

    // Installs the schema when the database has none, or migrates an older one, up to target (tests install
    // older versions); brings the functions of a current one of an older revision up to this build's, and
    // otherwise leaves a current one alone. Refuses a newer one. Returns the version the server is at
    // afterwards.
    static Result<int> install(QSqlDatabase db, int target = kVersion);
    // The schema version on the server (0: none), readable by members.
    static Result<int> version(QSqlDatabase db);
    // The revision of the server's functions within its version (0: as the version first came).
    static Result<int> revision(QSqlDatabase db);
    // The server's identity, made at install: a reset or replaced server has another one.
    static Result<QUuid> serverId(QSqlDatabase db);
    // Creates (or updates the password of) a member's login role and puts it in a team.
    static Result<void> addMember(QSqlDatabase db, const QString &team, const QString &member,
                                  const QString &password);
};

} // namespace EventDesk
