// Schedule commands: conflicts, session move, schedule publish/diff.
#include "clirunner.h"

#include "io/atomicfile.h"
#include "model/recordjson.h"
#include "schedule/conflictchecker.h"
#include "schedule/releasediff.h"
#include "schedule/schedulepublisher.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

QString severityLabel(Severity s)
{
    return s == Severity::Error ? CliRunner::tr("error") : CliRunner::tr("warning");
}

// The lines of the conflicts listing: sessions double-booked together (in one room, or by one speaker)
// are one line, however many pairs of them the checker reports; other conflicts one line each.
QStringList conflictLines(const QList<Conflict> &found, const ScheduleData &data)
{
    struct Group {
        Conflict first;
        QList<QUuid> sessions;
        int pairs = 0;
    };
    QList<Group> groups;
    QStringList lines;
    QList<qsizetype> order; // index into groups, or -1 - index into lines for a conflict of its own
    for (const Conflict &c : found) {
        const bool pairRule =
            c.rule == ConflictRule::RoomDoubleBooked || c.rule == ConflictRule::SpeakerDoubleBooked;
        if (!pairRule) {
            order.append(-1 - lines.size());
            lines.append(severityLabel(c.severity) + u": "_s + c.message);
            continue;
        }
        // Same rule, severity and room or speaker, sharing a session: the same overlap.
        qsizetype into = -1;
        for (qsizetype g = 0; g < groups.size() && into < 0; ++g) {
            const Conflict &f = groups.at(g).first;
            if (f.rule == c.rule && f.severity == c.severity && f.rooms == c.rooms &&
                f.speakers == c.speakers)
                for (const QUuid &s : c.sessions)
                    if (groups.at(g).sessions.contains(s))
                        into = g;
        }
        if (into < 0) {
            order.append(groups.size());
            groups.append({c, {}, 0});
            into = groups.size() - 1;
        }
        for (const QUuid &s : c.sessions)
            if (!groups[into].sessions.contains(s))
                groups[into].sessions.append(s);
        ++groups[into].pairs;
    }
    QStringList out;
    for (qsizetype o : order) {
        if (o < 0) {
            out.append(lines.at(-1 - o));
            continue;
        }
        const Group &g = groups.at(o);
        if (g.pairs == 1) {
            out.append(severityLabel(g.first.severity) + u": "_s + g.first.message);
            continue;
        }
        QStringList titles;
        for (const QUuid &id : g.sessions)
            if (const Session *s = data.session(id))
                titles.append(u"\u201c%1\u201d"_s.arg(s->title));
        QString where;
        if (g.first.rule == ConflictRule::RoomDoubleBooked) {
            const Room *room = g.first.rooms.isEmpty() ? nullptr : data.room(g.first.rooms.first());
            where = room ? room->name : QString();
            out.append(severityLabel(g.first.severity) + u": "_s +
                       CliRunner::tr("%1 overlap in %2.").arg(titles.join(u", "_s), where));
        } else {
            for (const Speaker &sp : data.speakers)
                if (!g.first.speakers.isEmpty() && sp.meta.id == g.first.speakers.first())
                    where = sp.name;
            out.append(
                severityLabel(g.first.severity) + u": "_s +
                CliRunner::tr("%1 speaks in %2 at overlapping times.").arg(where, titles.join(u", "_s)));
        }
    }
    return out;
}

int conflicts(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr("List the schedule's conflicts, errors first."));
    p.addOption(QCommandLineOption(u"json"_s, CliRunner::tr("Print JSON")));
    p.addOption(QCommandLineOption(u"event"_s, CliRunner::tr("Event id"), u"ID"_s));
    if (auto stop = cli.parse(p, args))
        return *stop;
    auto event = cli.currentEvent(p.value(u"event"_s));
    if (!event)
        return cli.fail(event.error());
    auto data = ScheduleData::load(cli.store(), event.value());
    if (!data)
        return cli.fail(data.error());
    const ConflictChecker checker(data.value());
    const QList<Conflict> found = checker.all();
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const Conflict &c : found)
            a.append(c.toJson());
        cli.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return CliRunner::Ok;
    }
    for (const QString &line : conflictLines(found, data.value()))
        cli.out() << line << '\n';
    cli.out() << CliRunner::tr("%1 errors, %2 warnings.")
                     .arg(checker.count(Severity::Error))
                     .arg(checker.count(Severity::Warning))
              << '\n';
    return CliRunner::Ok;
}

int moveSession(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        CliRunner::tr("Move a session to a room and start time; prints the conflicts it "
                      "then has (conflicts never block a move)."));
    p.addPositionalArgument(u"ID"_s, CliRunner::tr("Session id or unique prefix"));
    p.addOption(QCommandLineOption(u"room"_s, CliRunner::tr("Room id or prefix"), u"ROOM"_s));
    p.addOption(QCommandLineOption(
        u"start"_s, CliRunner::tr("Start, ISO 8601 (event time zone if no offset)"), u"DATETIME"_s));
    p.addOption(
        QCommandLineOption(u"json"_s, CliRunner::tr("Print the moved session and its conflicts as JSON")));
    if (auto stop = cli.parse(p, args))
        return *stop;
    if (p.positionalArguments().size() != 1 || (!p.isSet(u"room"_s) && !p.isSet(u"start"_s)))
        return cli.usage(CliRunner::tr("'session move' needs a session id and --room and/or --start."));
    EventStore &store = cli.store();
    auto id = store.resolveId(RecordKind::Session, p.positionalArguments().first());
    if (!id)
        return cli.fail(id.error());
    Session s = store.get<Session>(id.value()).value();
    auto event = store.get<Event>(s.eventId);
    if (!event)
        return cli.fail(event.error());
    if (p.isSet(u"room"_s)) {
        auto room = store.resolveId(RecordKind::Room, p.value(u"room"_s));
        if (!room)
            return cli.fail(room.error());
        s.roomId = room.value();
    }
    if (p.isSet(u"start"_s)) {
        QDateTime start = QDateTime::fromString(p.value(u"start"_s), Qt::ISODate);
        if (!start.isValid())
            return cli.fail(
                {ErrorCode::Validation,
                 CliRunner::tr("\"%1\" is not a date and time (use ISO 8601, e.g. 2026-05-04T09:30).")
                     .arg(p.value(u"start"_s)),
                 {}});
        if (start.timeSpec() == Qt::LocalTime)
            start = QDateTime(start.date(), start.time(), QTimeZone(event.value().timeZone.toUtf8()));
        s.start = start.toUTC();
    }
    auto moved = store.update(s);
    if (!moved)
        return cli.fail(moved.error());
    auto data = ScheduleData::load(store, s.eventId);
    if (!data)
        return cli.fail(data.error());
    const QList<Conflict> found = ConflictChecker(data.value()).forSession(s.meta.id);
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const Conflict &c : found)
            a.append(c.toJson());
        cli.out() << QJsonDocument(
                         QJsonObject{{u"session"_s, s.meta.id.toString(QUuid::WithoutBraces)},
                                     {u"start"_s, moved.value().start.toString(Qt::ISODate)},
                                     {u"roomId"_s, moved.value().roomId.toString(QUuid::WithoutBraces)},
                                     {u"conflicts"_s, a}})
                         .toJson(QJsonDocument::Indented);
        return CliRunner::Ok;
    }
    const QTimeZone tz(event.value().timeZone.toUtf8());
    cli.out() << CliRunner::tr("Moved \"%1\" to %2.")
                     .arg(s.title, moved.value().start.toTimeZone(tz).toString(u"yyyy-MM-dd HH:mm"_s))
              << '\n';
    for (const Conflict &c : found)
        cli.out() << severityLabel(c.severity) << u": "_s << c.message << '\n';
    return CliRunner::Ok;
}

int publish(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliRunner::tr("Publish the schedule as a named, immutable release."));
    p.addOption(QCommandLineOption(u"name"_s, CliRunner::tr("Release name"), u"NAME"_s));
    p.addOption(QCommandLineOption(u"comment"_s, CliRunner::tr("Comment"), u"TEXT"_s));
    p.addOption(QCommandLineOption(u"force"_s, CliRunner::tr("Publish even when the schedule has errors")));
    p.addOption(QCommandLineOption(u"event"_s, CliRunner::tr("Event id"), u"ID"_s));
    p.addOption(QCommandLineOption(u"json"_s, CliRunner::tr("Print the release as JSON")));
    if (auto stop = cli.parse(p, args))
        return *stop;
    if (!p.isSet(u"name"_s))
        return cli.usage(CliRunner::tr("'schedule publish' needs --name NAME."));
    auto event = cli.currentEvent(p.value(u"event"_s));
    if (!event)
        return cli.fail(event.error());
    auto data = ScheduleData::load(cli.store(), event.value());
    if (!data)
        return cli.fail(data.error());
    const int errors = ConflictChecker(data.value()).count(Severity::Error);
    if (errors > 0 && !p.isSet(u"force"_s))
        return cli.fail(
            {ErrorCode::Conflict,
             CliRunner::tr("The schedule has %1 conflict errors; run 'eventdesk-cli conflicts' to see "
                           "them, or publish anyway with --force.")
                 .arg(errors),
             {}});
    auto release =
        SchedulePublisher::publish(cli.store(), event.value(), p.value(u"name"_s), p.value(u"comment"_s));
    if (!release)
        return cli.fail(release.error());
    if (p.isSet(u"json"_s)) {
        QJsonObject o{{u"id"_s, release.value().meta.id.toString(QUuid::WithoutBraces)},
                      {u"version"_s, release.value().version},
                      {u"name"_s, release.value().name},
                      {u"sessions"_s, release.value().sessions.size()}};
        cli.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return CliRunner::Ok;
    }
    cli.out() << CliRunner::tr("Published release %1 \"%2\" with %3 sessions.")
                     .arg(release.value().version)
                     .arg(release.value().name)
                     .arg(release.value().sessions.size())
              << '\n';
    return CliRunner::Ok;
}

int diff(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        CliRunner::tr("Compare two releases (version numbers, names, latest or working)."));
    p.addPositionalArgument(u"A"_s, CliRunner::tr("Older release"));
    p.addPositionalArgument(u"B"_s, CliRunner::tr("Newer release"));
    p.addOption(QCommandLineOption(u"json"_s, CliRunner::tr("Print JSON")));
    p.addOption(QCommandLineOption(u"event"_s, CliRunner::tr("Event id"), u"ID"_s));
    if (auto stop = cli.parse(p, args))
        return *stop;
    if (p.positionalArguments().size() != 2)
        return cli.usage(CliRunner::tr("'schedule diff' needs two releases, e.g. 'schedule diff 1 latest'."));
    auto event = cli.currentEvent(p.value(u"event"_s));
    if (!event)
        return cli.fail(event.error());
    auto a = SchedulePublisher::sessionsOf(cli.store(), event.value(), p.positionalArguments().at(0));
    if (!a)
        return cli.fail(a.error());
    auto b = SchedulePublisher::sessionsOf(cli.store(), event.value(), p.positionalArguments().at(1));
    if (!b)
        return cli.fail(b.error());
    const ReleaseDiff d = ReleaseDiff::compare(a.value(), b.value());
    if (p.isSet(u"json"_s)) {
        cli.out() << QJsonDocument(d.toJson()).toJson(QJsonDocument::Indented);
        return CliRunner::Ok;
    }
    auto print = [&cli](const QString &label, const QList<ReleaseDiff::Entry> &list) {
        for (const ReleaseDiff::Entry &e : list)
            cli.out() << label << u" "_s << e.title
                      << (e.fields.isEmpty() ? QString() : u" ("_s + e.fields.join(u", "_s) + u")"_s) << '\n';
    };
    print(u"+"_s, d.added);
    print(u"-"_s, d.removed);
    print(u">"_s, d.moved);
    print(u"~"_s, d.changed);
    cli.out() << CliRunner::tr("%1 added, %2 removed, %3 moved, %4 changed.")
                     .arg(d.added.size())
                     .arg(d.removed.size())
                     .arg(d.moved.size())
                     .arg(d.changed.size())
              << '\n';
    return CliRunner::Ok;
}

int exportSchedule(CliRunner &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        CliRunner::tr("Export the schedule as JSON: the latest release by default, or "
                      "--release N|NAME|working."));
    p.addOption(QCommandLineOption(u"release"_s,
                                   CliRunner::tr("A version number, a release name, latest or working"),
                                   u"WHICH"_s, u"latest"_s));
    p.addOption(QCommandLineOption({u"o"_s, u"output"_s}, CliRunner::tr("Output file"), u"FILE"_s));
    p.addOption(QCommandLineOption(u"event"_s, CliRunner::tr("Event id"), u"ID"_s));
    if (auto stop = cli.parse(p, args))
        return *stop;
    if (!p.isSet(u"output"_s))
        return cli.usage(CliRunner::tr("'schedule export' needs -o FILE."));
    auto event = cli.currentEvent(p.value(u"event"_s));
    if (!event)
        return cli.fail(event.error());
    auto sessions = SchedulePublisher::sessionsOf(cli.store(), event.value(), p.value(u"release"_s));
    if (!sessions)
        return cli.fail(sessions.error());
    const Event e = cli.store().get<Event>(event.value()).value();
    const QJsonObject doc{{u"event"_s, toJson(e)},
                          {u"release"_s, p.value(u"release"_s)},
                          {u"rooms"_s,
                           [&] {
                               QJsonArray a;
                               for (const Room &r : cli.store().list<Room>(e.meta.id).value())
                                   a.append(toJson(r));
                               return a;
                           }()},
                          {u"sessions"_s, sessions.value()}};
    if (auto written =
            AtomicFile::write(p.value(u"output"_s), QJsonDocument(doc).toJson(QJsonDocument::Indented));
        !written)
        return cli.fail(written.error());
    cli.out()
        << CliRunner::tr("Wrote %1 sessions to %2.").arg(sessions.value().size()).arg(p.value(u"output"_s))
        << '\n';
    return CliRunner::Ok;
}

} // namespace

QList<CliRoute> scheduleCliRoutes()
{
    return {
        {u"conflicts"_s, QString(), conflicts},       {u"session"_s, u"move"_s, moveSession},
        {u"schedule"_s, u"publish"_s, publish},       {u"schedule"_s, u"diff"_s, diff},
        {u"schedule"_s, u"export"_s, exportSchedule},
    };
}

} // namespace EventDesk
