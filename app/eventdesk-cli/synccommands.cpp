// Team sync: server init, server add-member, sync, conflicts list, conflicts resolve.
#include "clirunner.h"
#include "sync/conflictresolver.h"
#include "sync/serverconnection.h"
#include "sync/serverschema.h"
#include "sync/syncsession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

// User-visible text of these commands, in the translation context EventDesk::SyncCommands.
struct SyncCommands {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::SyncCommands)
};

QString utcText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The server URL with its password: from the URL, else EVENTDESK_SERVER_PASSWORD, else PGPASSWORD.
Result<ServerUrl> serverUrl(const QString &text)
{
    auto url = ServerUrl::parse(text);
    if (!url)
        return url.error();
    ServerUrl out = url.value();
    if (out.password.isEmpty())
        out.password = qEnvironmentVariable("EVENTDESK_SERVER_PASSWORD", qEnvironmentVariable("PGPASSWORD"));
    return out;
}

std::optional<int> requireUrl(CliRunner &r, const QCommandLineParser &p, const QString &option)
{
    if (p.value(option).isEmpty())
        return r.usage(SyncCommands::tr("--%1 needs the server's postgresql:// URL.").arg(option));
    return std::nullopt;
}

int serverInit(CliRunner &r, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(SyncCommands::tr(
        "Install or migrate the team server's schema in a PostgreSQL database, in one transaction. Connect "
        "as "
        "an administrator; the password comes from EVENTDESK_SERVER_PASSWORD or PGPASSWORD."));
    p.addOption({u"url"_s, SyncCommands::tr("The database as an administrator (postgresql://…)"), u"URL"_s});
    if (auto stop = r.parse(p, args, u"server init"_s))
        return *stop;
    if (auto stop = requireUrl(r, p, u"url"_s))
        return *stop;
    auto url = serverUrl(p.value(u"url"_s));
    if (!url)
        return r.fail(url.error());
    ServerConnection connection(url.value());
    if (auto ok = connection.open(); !ok)
        return r.fail(ok.error());
    auto before = ServerSchema::version(connection.db());
    if (!before)
        return r.fail(before.error());
    auto revisionBefore = before.value() == 0 ? Result<int>(0) : ServerSchema::revision(connection.db());
    if (!revisionBefore)
        return r.fail(revisionBefore.error());
    auto after = ServerSchema::install(connection.db());
    if (!after)
        return r.fail(after.error());
    auto revisionAfter = ServerSchema::revision(connection.db());
    if (!revisionAfter)
        return r.fail(revisionAfter.error());
    if (before.value() == 0)
        r.out() << SyncCommands::tr("Installed the team server's schema (version %1) on %2.")
                       .arg(after.value())
                       .arg(url.value().display())
                << '\n';
    else if (before.value() != after.value())
        r.out() << SyncCommands::tr("Migrated the team server's schema from version %1 to %2.")
                       .arg(before.value())
                       .arg(after.value())
                << '\n';
    else if (revisionBefore.value() != revisionAfter.value())
        r.out() << SyncCommands::tr("Updated the team server's functions to revision %1 of version %2; every "
                                    "EventDesk that syncs with version %2 keeps working.")
                       .arg(revisionAfter.value())
                       .arg(after.value())
                << '\n';
    else
        r.out() << SyncCommands::tr("The team server's schema is already at version %1; nothing was changed.")
                       .arg(after.value())
                << '\n';
    return CliRunner::Ok;
}

int serverAddMember(CliRunner &r, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(SyncCommands::tr(
        "Create a member's login role in a team (or set the password of an existing one). The member's "
        "password comes from EVENTDESK_MEMBER_PASSWORD or the first line of the standard input."));
    p.addOption({u"url"_s, SyncCommands::tr("The database as an administrator (postgresql://…)"), u"URL"_s});
    p.addOption({u"team"_s, SyncCommands::tr("The team the member belongs to"), u"TEAM"_s});
    p.addOption({u"member"_s, SyncCommands::tr("The member's login name"), u"MEMBER"_s});
    if (auto stop = r.parse(p, args, u"server add-member"_s))
        return *stop;
    if (auto stop = requireUrl(r, p, u"url"_s))
        return *stop;
    if (p.value(u"team"_s).trimmed().isEmpty() || p.value(u"member"_s).trimmed().isEmpty())
        return r.usage(SyncCommands::tr("server add-member needs --team and --member."));
    QString password = qEnvironmentVariable("EVENTDESK_MEMBER_PASSWORD");
    if (password.isEmpty()) {
        std::string line;
        if (std::getline(std::cin, line))
            password = QString::fromLocal8Bit(line.data(), qsizetype(line.size())).remove(u'\r');
    }
    if (password.isEmpty())
        return r.fail(Error{ErrorCode::Validation,
                            SyncCommands::tr("The member needs a password: set EVENTDESK_MEMBER_PASSWORD or "
                                             "give it on the first line of the standard input."),
                            {}});
    auto url = serverUrl(p.value(u"url"_s));
    if (!url)
        return r.fail(url.error());
    ServerConnection connection(url.value());
    if (auto ok = connection.open(); !ok)
        return r.fail(ok.error());
    const QString team = p.value(u"team"_s).trimmed();
    const QString member = p.value(u"member"_s).trimmed();
    if (auto ok = ServerSchema::addMember(connection.db(), team, member, password); !ok)
        return r.fail(ok.error());
    r.out() << SyncCommands::tr("%1 can now sync with the team \"%2\".").arg(member, team) << '\n';
    return CliRunner::Ok;
}

int sync(CliRunner &r, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(SyncCommands::tr(
        "Send this workspace's changes to the team server and fetch the team's; prints what was pushed, "
        "pulled and left in conflict. The password comes from EVENTDESK_SERVER_PASSWORD or PGPASSWORD."));
    p.addOption({u"server"_s, SyncCommands::tr("The team server as this member (postgresql://…)"), u"URL"_s});
    p.addOption({u"json"_s, SyncCommands::tr("Print JSON")});
    p.addOption(
        {u"rejoin"_s, SyncCommands::tr("Send this whole workspace again to a server that was reset or "
                                       "replaced (local data is untouched)")});
    if (auto stop = r.parse(p, args, u"sync"_s))
        return *stop;
    if (auto stop = requireUrl(r, p, u"server"_s))
        return *stop;
    auto url = serverUrl(p.value(u"server"_s));
    if (!url)
        return r.fail(url.error());
    ServerConnection connection(url.value());
    if (auto ok = connection.open(); !ok)
        return r.fail(ok.error());
    SyncSession session(r.store(), connection.db());
    auto checked = session.check();
    if (p.isSet(u"rejoin"_s)) {
        if (checked)
            return r.fail(Error{ErrorCode::Validation,
                                SyncCommands::tr("This workspace already syncs with this server; --rejoin is "
                                                 "only for a server that was reset or replaced."),
                                {}});
        if (checked.error().code != ErrorCode::Conflict)
            return r.fail(checked.error());
        if (auto ok = session.rejoin(); !ok)
            return r.fail(ok.error());
    } else if (!checked) {
        Error e = checked.error();
        if (e.code == ErrorCode::Conflict)
            e.message += u' ' + SyncCommands::tr("To do so, run sync again with --rejoin.");
        return r.fail(e);
    }
    auto report = session.sync();
    if (!report)
        return r.fail(report.error());
    const SyncReport &s = report.value();
    if (p.isSet(u"json"_s)) {
        const QJsonObject out{{u"team"_s, session.team()},
                              {u"member"_s, session.member()},
                              {u"pushed"_s, s.pushed},
                              {u"pulled"_s, s.pulled},
                              {u"conflicts"_s, s.conflicts},
                              {u"pending"_s, s.pending},
                              {u"cancelled"_s, s.cancelled},
                              {u"newClientId"_s, s.newClientId},
                              {u"finishedUtc"_s, utcText(s.finishedUtc)}};
        r.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return CliRunner::Ok;
    }
    r.out() << SyncCommands::tr("Synced with the team \"%1\" as %2: pushed %3, pulled %4.")
                   .arg(session.team(), session.member())
                   .arg(s.pushed)
                   .arg(s.pulled)
            << '\n';
    if (s.newClientId)
        r.out() << SyncCommands::tr(
                       "Another copy of this workspace file has synced since this one last did; this "
                       "workspace now syncs under a client id of its own, and nothing was lost.")
                << '\n';
    if (s.conflicts > 0)
        r.out() << SyncCommands::tr("%n conflict(s) to resolve; see 'eventdesk-cli conflicts list'.", nullptr,
                                    int(s.conflicts))
                << '\n';
    if (s.pending > 0)
        r.out() << SyncCommands::tr("%n change(s) still wait to be sent.", nullptr, int(s.pending)) << '\n';
    return CliRunner::Ok;
}

QJsonObject conflictJson(const ConflictSides &s, const QString &record)
{
    const SyncConflict &c = s.conflict;
    return QJsonObject{{u"id"_s, c.id.toString(QUuid::WithoutBraces)},
                       {u"kind"_s, recordKindName(c.kind)},
                       {u"recordId"_s, c.recordId.toString(QUuid::WithoutBraces)},
                       {u"record"_s, record},
                       {u"field"_s, c.field},
                       {u"mine"_s, s.mine},
                       {u"mineBy"_s, s.mineBy},
                       {u"mineUtc"_s, utcText(s.mineUtc)},
                       {u"theirs"_s, s.theirs},
                       {u"theirsBy"_s, s.theirsBy},
                       {u"theirsUtc"_s, utcText(s.theirsUtc)}};
}

int conflictsList(CliRunner &r, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(SyncCommands::tr(
        "List the team-sync conflicts of this workspace: the record, the field, both values, who and when."));
    p.addOption({u"json"_s, SyncCommands::tr("Print JSON")});
    if (auto stop = r.parse(p, args, u"conflicts list"_s))
        return *stop;
    ConflictResolver resolver(r.store());
    auto open = resolver.open();
    if (!open)
        return r.fail(open.error());
    QJsonArray json;
    for (const ConflictSides &s : open.value()) {
        const SyncConflict &c = s.conflict;
        auto name = resolver.recordName(c.kind, c.recordId);
        const QString record = name ? name.value() : QString();
        if (p.isSet(u"json"_s)) {
            json.append(conflictJson(s, record));
            continue;
        }
        r.out() << c.id.toString(QUuid::WithoutBraces).left(8) << "  " << recordKindDisplayName(c.kind)
                << " \"" << record << "\"  " << ConflictResolver::fieldLabel(c.field) << '\n'
                << "    "
                << SyncCommands::tr("mine:   %1 (%2, %3)")
                       .arg(ConflictResolver::valueText(c, s.mine), s.mineBy, utcText(s.mineUtc))
                << '\n'
                << "    "
                << SyncCommands::tr("theirs: %1 (%2, %3)")
                       .arg(ConflictResolver::valueText(c, s.theirs), s.theirsBy, utcText(s.theirsUtc))
                << '\n';
    }
    if (p.isSet(u"json"_s))
        r.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    else if (open.value().isEmpty())
        r.out() << SyncCommands::tr("No conflicts.") << '\n';
    return CliRunner::Ok;
}

int conflictsResolve(CliRunner &r, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(SyncCommands::tr("Resolve a team-sync conflict: keep your value, take your "
                                                 "teammate's, or give the value. The choice is "
                                                 "written as an ordinary edit and sent with the next sync."));
    p.addPositionalArgument(u"ID"_s, SyncCommands::tr("The conflict's id or a unique prefix of it"));
    p.addOption({u"keep"_s, SyncCommands::tr("mine, theirs, or the value the field gets"), u"VALUE"_s});
    if (auto stop = r.parse(p, args, u"conflicts resolve"_s))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return r.usage(SyncCommands::tr("conflicts resolve needs one conflict id."));
    if (!p.isSet(u"keep"_s))
        return r.usage(
            SyncCommands::tr("conflicts resolve needs --keep mine, --keep theirs or --keep VALUE."));
    ConflictResolver resolver(r.store());
    auto found = resolver.find(p.positionalArguments().first());
    if (!found)
        return r.fail(found.error());
    const QString keep = p.value(u"keep"_s);
    ConflictResolver::Choice choice = ConflictResolver::Choice::Value;
    QJsonValue value;
    if (keep == u"mine"_s) {
        choice = ConflictResolver::Choice::KeepMine;
        value = found.value().mine;
    } else if (keep == u"theirs"_s) {
        choice = ConflictResolver::Choice::TakeTheirs;
        value = found.value().theirs;
    } else {
        value = ConflictResolver::parseTyped(found.value(), keep);
    }
    const SyncConflict &c = found.value().conflict;
    auto resolved = resolver.resolve(c.id, choice, value);
    if (!resolved)
        return r.fail(resolved.error());
    auto name = resolver.recordName(c.kind, c.recordId);
    r.out() << SyncCommands::tr("Resolved: %1 of %2 \"%3\" is %4; the team gets it at the next sync.")
                   .arg(ConflictResolver::fieldLabel(c.field), recordKindDisplayName(c.kind),
                        name ? name.value() : QString(), ConflictResolver::valueText(c, value))
            << '\n';
    return CliRunner::Ok;
}

} // namespace

QList<CliRoute> syncCliRoutes()
{
    return {
        {u"server"_s, u"init"_s, serverInit, false},
        {u"server"_s, u"add-member"_s, serverAddMember, false},
        {u"sync"_s, QString(), sync},
        {u"conflicts"_s, u"list"_s, conflictsList},
        {u"conflicts"_s, u"resolve"_s, conflictsResolve},
    };
}

} // namespace EventDesk
