#include "clirunner.h"

#include "buildinfo.h"
#include "model/recordjson.h"
#include "schedule/conflict.h"
#include "schedule/schedulegenerator.h"
#include "settings.h"
#include "storage/recordreferences.h"
#include "storage/sampleconference.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

// What an option does to a record. Returns an error sentence, or nothing when it applied.
struct Context {
    EventStore &store;
    QString timeZone; // the current event's zone, for times given without an offset
};
template <typename T> struct FieldOption {
    QString name;
    QString valueName; // empty: a flag
    QString help;
    std::function<std::optional<QString>(T &, const QStringList &, const Context &)> apply;
    bool repeatable = false;
};

std::optional<QString> toInt(const QString &text, int &out, const QString &what)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok)
        return CliRunner::tr("%1 must be a whole number, not \"%2\".").arg(what, text);
    out = v;
    return std::nullopt;
}

std::optional<QString> toDateTime(const QString &text, const QString &tz, QDateTime &out)
{
    QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!dt.isValid())
        return CliRunner::tr("\"%1\" is not a date and time (use ISO 8601, e.g. 2026-05-04T09:30).")
            .arg(text);
    if (dt.timeSpec() == Qt::LocalTime) // no offset given: the event's time zone
        dt = QDateTime(dt.date(), dt.time(), QTimeZone(tz.toUtf8()));
    out = dt.toUTC();
    return std::nullopt;
}

std::optional<QString> toWindows(const QStringList &values, const QString &tz, QList<TimeWindow> &out)
{
    out.clear();
    for (const QString &v : values) {
        const QStringList parts = v.split(u'/');
        if (parts.size() != 2)
            return CliRunner::tr("\"%1\" is not a time window (use START/END in ISO 8601).").arg(v);
        TimeWindow w;
        if (auto e = toDateTime(parts.at(0), tz, w.start))
            return e;
        if (auto e = toDateTime(parts.at(1), tz, w.end))
            return e;
        out.append(w);
    }
    return std::nullopt;
}

std::optional<QString> toId(const Context &c, RecordKind kind, const QString &text, QUuid &out)
{
    if (text.trimmed().isEmpty() || text == u"none") {
        out = QUuid();
        return std::nullopt;
    }
    auto id = c.store.resolveId(kind, text);
    if (!id)
        return id.error().message;
    out = id.value();
    return std::nullopt;
}

#define TEXT_FIELD(T, opt, member, helpText)                                                                 \
    FieldOption<T>                                                                                           \
    {                                                                                                        \
        u"" opt ""_s, u"TEXT"_s, helpText, [](T &r, const QStringList &v, const Context &) {                 \
            r.member = v.last();                                                                             \
            return std::optional<QString>();                                                                 \
        }                                                                                                    \
    }

template <typename T> QList<FieldOption<T>> fieldOptions();

template <> QList<FieldOption<Event>> fieldOptions<Event>()
{
    return {
        TEXT_FIELD(Event, "name", name, CliRunner::tr("Event name")),
        TEXT_FIELD(Event, "description", description, CliRunner::tr("Description")),
        TEXT_FIELD(Event, "tz", timeZone, CliRunner::tr("IANA time zone, e.g. Europe/Berlin")),
        TEXT_FIELD(Event, "venue", venueName, CliRunner::tr("Venue name")),
        TEXT_FIELD(Event, "address", venueAddress, CliRunner::tr("Venue address")),
        {u"start"_s, u"DATE"_s, CliRunner::tr("First day, YYYY-MM-DD"),
         [](Event &r, const QStringList &v, const Context &) -> std::optional<QString> {
             r.startDate = QDate::fromString(v.last(), Qt::ISODate);
             if (!r.startDate.isValid())
                 return CliRunner::tr("\"%1\" is not a date (use YYYY-MM-DD).").arg(v.last());
             return std::nullopt;
         }},
        {u"end"_s, u"DATE"_s, CliRunner::tr("Last day, YYYY-MM-DD"),
         [](Event &r, const QStringList &v, const Context &) -> std::optional<QString> {
             r.endDate = QDate::fromString(v.last(), Qt::ISODate);
             if (!r.endDate.isValid())
                 return CliRunner::tr("\"%1\" is not a date (use YYYY-MM-DD).").arg(v.last());
             return std::nullopt;
         }},
        {u"day-start"_s, u"HH:MM"_s, CliRunner::tr("Daily start time"),
         [](Event &r, const QStringList &v, const Context &) -> std::optional<QString> {
             r.dayStart = QTime::fromString(v.last(), u"H:mm"_s);
             if (!r.dayStart.isValid())
                 return CliRunner::tr("\"%1\" is not a time (use HH:MM).").arg(v.last());
             return std::nullopt;
         }},
        {u"day-end"_s, u"HH:MM"_s, CliRunner::tr("Daily end time"),
         [](Event &r, const QStringList &v, const Context &) -> std::optional<QString> {
             r.dayEnd = QTime::fromString(v.last(), u"H:mm"_s);
             if (!r.dayEnd.isValid())
                 return CliRunner::tr("\"%1\" is not a time (use HH:MM).").arg(v.last());
             return std::nullopt;
         }},
        {u"changeover"_s, u"MINUTES"_s, CliRunner::tr("A speaker's minimum gap between rooms"),
         [](Event &r, const QStringList &v, const Context &) {
             return toInt(v.last(), r.changeoverMinutes, u"--changeover"_s);
         }},
        {u"room-changeover"_s, u"MINUTES"_s, CliRunner::tr("Minutes kept free in a room after each session"),
         [](Event &r, const QStringList &v, const Context &) {
             return toInt(v.last(), r.roomChangeoverMinutes, u"--room-changeover"_s);
         }},
        {u"rule"_s, u"RULE=SEVERITY"_s,
         CliRunner::tr("Conflict rule severity, e.g. track-parallel=error (error, warning, off; repeatable)"),
         [](Event &r, const QStringList &v, const Context &) -> std::optional<QString> {
             for (const QString &pair : v) {
                 const QStringList parts = pair.split(u'=');
                 if (parts.size() != 2 || !conflictRuleFromName(parts.at(0)) ||
                     !severityFromName(parts.at(1))) {
                     QStringList names;
                     for (ConflictRule rule : allConflictRules())
                         names.append(conflictRuleName(rule));
                     return CliRunner::tr(
                                "\"%1\" is not RULE=SEVERITY; rules: %2; severities: error, warning, off.")
                         .arg(pair, names.join(u", "_s));
                 }
                 r.conflictRules.insert(parts.at(0), parts.at(1));
             }
             return std::nullopt;
         },
         true},
        {u"status"_s, u"STATUS"_s, CliRunner::tr("draft or published"),
         [](Event &r, const QStringList &v, const Context &) -> std::optional<QString> {
             const auto s = eventStatusFromName(v.last());
             if (!s)
                 return CliRunner::tr("\"%1\" is not an event status (draft or published).").arg(v.last());
             r.status = *s;
             return std::nullopt;
         }},
    };
}

template <> QList<FieldOption<Room>> fieldOptions<Room>()
{
    return {
        TEXT_FIELD(Room, "name", name, CliRunner::tr("Room name")),
        {u"capacity"_s, u"N"_s, CliRunner::tr("Seats"),
         [](Room &r, const QStringList &v, const Context &) {
             return toInt(v.last(), r.capacity, u"--capacity"_s);
         }},
        {u"available"_s, u"START/END"_s, CliRunner::tr("Availability window (repeatable)"),
         [](Room &r, const QStringList &v, const Context &c) {
             return toWindows(v, c.timeZone, r.availability);
         },
         true},
    };
}

template <> QList<FieldOption<Track>> fieldOptions<Track>()
{
    return {
        TEXT_FIELD(Track, "name", name, CliRunner::tr("Track name")),
        TEXT_FIELD(Track, "color", color, CliRunner::tr("Colour, #rrggbb")),
    };
}

template <> QList<FieldOption<Speaker>> fieldOptions<Speaker>()
{
    return {
        TEXT_FIELD(Speaker, "name", name, CliRunner::tr("Speaker name")),
        TEXT_FIELD(Speaker, "email", email, CliRunner::tr("Email address")),
        TEXT_FIELD(Speaker, "organisation", organisation, CliRunner::tr("Organisation")),
        TEXT_FIELD(Speaker, "bio", bio, CliRunner::tr("Short biography")),
        {u"available"_s, u"START/END"_s, CliRunner::tr("Availability window (repeatable)"),
         [](Speaker &r, const QStringList &v, const Context &c) {
             return toWindows(v, c.timeZone, r.availability);
         },
         true},
    };
}

template <> QList<FieldOption<Session>> fieldOptions<Session>()
{
    return {
        TEXT_FIELD(Session, "title", title, CliRunner::tr("Session title")),
        TEXT_FIELD(Session, "abstract", abstract, CliRunner::tr("Abstract")),
        TEXT_FIELD(Session, "language", language, CliRunner::tr("Language code, e.g. en or zh")),
        {u"type"_s, u"TYPE"_s, CliRunner::tr("talk, workshop, keynote, panel, break or other"),
         [](Session &r, const QStringList &v, const Context &) -> std::optional<QString> {
             const auto t = sessionTypeFromName(v.last());
             if (!t)
                 return CliRunner::tr(
                            "\"%1\" is not a session type (talk, workshop, keynote, panel, break, other).")
                     .arg(v.last());
             r.type = *t;
             return std::nullopt;
         }},
        {u"duration"_s, u"MINUTES"_s, CliRunner::tr("Length in minutes"),
         [](Session &r, const QStringList &v, const Context &) {
             return toInt(v.last(), r.durationMinutes, u"--duration"_s);
         }},
        {u"attendance"_s, u"N"_s, CliRunner::tr("Expected attendance"),
         [](Session &r, const QStringList &v, const Context &) {
             return toInt(v.last(), r.expectedAttendance, u"--attendance"_s);
         }},
        {u"track"_s, u"ID"_s, CliRunner::tr("Track id (or none)"),
         [](Session &r, const QStringList &v, const Context &c) {
             return toId(c, RecordKind::Track, v.last(), r.trackId);
         }},
        {u"room"_s, u"ID"_s, CliRunner::tr("Room id (or none)"),
         [](Session &r, const QStringList &v, const Context &c) {
             return toId(c, RecordKind::Room, v.last(), r.roomId);
         }},
        {u"start"_s, u"DATETIME"_s,
         CliRunner::tr("Start, ISO 8601 (event time zone if no offset); none unschedules"),
         [](Session &r, const QStringList &v, const Context &c) -> std::optional<QString> {
             if (v.last() == u"none") {
                 r.start = QDateTime();
                 return std::nullopt;
             }
             return toDateTime(v.last(), c.timeZone, r.start);
         }},
        {u"speaker"_s, u"ID"_s, CliRunner::tr("Speaker id (repeatable)"),
         [](Session &r, const QStringList &v, const Context &c) -> std::optional<QString> {
             r.speakerIds.clear();
             for (const QString &s : v) {
                 QUuid id;
                 if (auto e = toId(c, RecordKind::Speaker, s, id))
                     return e;
                 if (!id.isNull())
                     r.speakerIds.append(id);
             }
             return std::nullopt;
         },
         true},
        {u"tag"_s, u"TAG"_s, CliRunner::tr("Tag (repeatable)"),
         [](Session &r, const QStringList &v, const Context &) {
             r.tags = v;
             return std::optional<QString>();
         },
         true},
        {u"allowed-room"_s, u"ID"_s,
         CliRunner::tr("A room the session may use (repeatable; none: any room, the default)"),
         [](Session &r, const QStringList &v, const Context &c) -> std::optional<QString> {
             r.allowedRoomIds.clear();
             for (const QString &s : v) {
                 QUuid id;
                 if (auto e = toId(c, RecordKind::Room, s, id))
                     return e;
                 if (!id.isNull() && !r.allowedRoomIds.contains(id))
                     r.allowedRoomIds.append(id);
             }
             return std::nullopt;
         },
         true},
        {u"allowed-time"_s, u"START/END"_s,
         CliRunner::tr(
             "A time window the session may take place in (repeatable; none: any time, the default)"),
         [](Session &r, const QStringList &v, const Context &c) {
             QStringList windows = v;
             windows.removeAll(u"none"_s);
             return toWindows(windows, c.timeZone, r.allowedTimes);
         },
         true},
        {u"pinned"_s, u"yes|no"_s, CliRunner::tr("Pin the session in place"),
         [](Session &r, const QStringList &v, const Context &) {
             r.pinned = v.last() == u"yes" || v.last() == u"true" || v.last() == u"1";
             return std::optional<QString>();
         }},
    };
}

template <> QList<FieldOption<Participant>> fieldOptions<Participant>()
{
    return {
        TEXT_FIELD(Participant, "name", name, CliRunner::tr("Full name")),
        TEXT_FIELD(Participant, "email", email, CliRunner::tr("Email address")),
        TEXT_FIELD(Participant, "phone", phone, CliRunner::tr("Phone number")),
        TEXT_FIELD(Participant, "organisation", organisation, CliRunner::tr("Organisation")),
        TEXT_FIELD(Participant, "notes", notes, CliRunner::tr("Notes")),
        TEXT_FIELD(Participant, "source", source, CliRunner::tr("Where the registration came from")),
        {u"ticket-type"_s, u"ID"_s, CliRunner::tr("Ticket type id (or none)"),
         [](Participant &r, const QStringList &v, const Context &c) {
             return toId(c, RecordKind::TicketType, v.last(), r.ticketTypeId);
         }},
        {u"status"_s, u"STATUS"_s, CliRunner::tr("pending, confirmed, waitlisted, cancelled or checked-in"),
         [](Participant &r, const QStringList &v, const Context &) -> std::optional<QString> {
             const auto s = participantStatusFromName(v.last());
             if (!s)
                 return CliRunner::tr("\"%1\" is not a registration status "
                                      "(pending, confirmed, waitlisted, cancelled, checked-in).")
                     .arg(v.last());
             r.status = *s;
             return std::nullopt;
         }},
        {u"answer"_s, u"QUESTION=ANSWER"_s, CliRunner::tr("Answer to a custom question (repeatable)"),
         [](Participant &r, const QStringList &v, const Context &) -> std::optional<QString> {
             for (const QString &pair : v) {
                 const qsizetype eq = pair.indexOf(u'=');
                 if (eq <= 0)
                     return CliRunner::tr("\"%1\" is not of the form QUESTION=ANSWER.").arg(pair);
                 r.answers.insert(pair.left(eq), pair.mid(eq + 1));
             }
             return std::nullopt;
         },
         true},
    };
}

#undef TEXT_FIELD

// "a room", "an event": the CLI speaks English.
QString withArticle(const QString &noun)
{
    const bool vowel = !noun.isEmpty() && QStringView(u"aeiou").contains(noun.front().toLower());
    return (vowel ? u"an "_s : u"a "_s) + noun;
}

// Columns for plain-text listings.
QString shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}
QStringList header(const Event *)
{
    return {u"ID"_s, u"NAME"_s, u"DATES"_s, u"TZ"_s, u"STATUS"_s};
}
QStringList row(const Event &r)
{
    return {shortId(r.meta.id), r.name,
            r.startDate.toString(Qt::ISODate) + u" – "_s + r.endDate.toString(Qt::ISODate), r.timeZone,
            eventStatusName(r.status)};
}
QStringList header(const Room *)
{
    return {u"ID"_s, u"NAME"_s, u"CAPACITY"_s};
}
QStringList row(const Room &r)
{
    return {shortId(r.meta.id), r.name, QString::number(r.capacity)};
}
QStringList header(const Track *)
{
    return {u"ID"_s, u"NAME"_s, u"COLOR"_s};
}
QStringList row(const Track &r)
{
    return {shortId(r.meta.id), r.name, r.color};
}
QStringList header(const Speaker *)
{
    return {u"ID"_s, u"NAME"_s, u"EMAIL"_s, u"ORGANISATION"_s};
}
QStringList row(const Speaker &r)
{
    return {shortId(r.meta.id), r.name, r.email, r.organisation};
}
QStringList header(const Session *)
{
    return {u"ID"_s, u"START (UTC)"_s, u"MIN"_s, u"TYPE"_s, u"TITLE"_s};
}
QStringList row(const Session &r)
{
    return {shortId(r.meta.id),
            r.start.isValid() ? r.start.toString(u"yyyy-MM-dd HH:mm"_s) : u"unscheduled"_s,
            QString::number(r.durationMinutes), sessionTypeName(r.type), r.title};
}
QStringList header(const Participant *)
{
    return {u"ID"_s, u"NAME"_s, u"EMAIL"_s, u"STATUS"_s};
}
QStringList row(const Participant &r)
{
    return {shortId(r.meta.id), r.name, r.email, participantStatusName(r.status)};
}

void printTable(QTextStream &out, const QStringList &head, const QList<QStringList> &rows)
{
    QList<qsizetype> width(head.size(), 0);
    for (qsizetype i = 0; i < head.size(); ++i)
        width[i] = head.at(i).size();
    for (const QStringList &r : rows)
        for (qsizetype i = 0; i < r.size(); ++i)
            width[i] = qMax(width[i], r.at(i).size());
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(width[i] + 2) : cells.at(i);
        out << text << '\n';
    };
    line(head);
    for (const QStringList &r : rows)
        line(r);
}

template <typename T> QString noun()
{
    return recordKindName(T::kind);
}

} // namespace

CliRunner::CliRunner(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

std::optional<int> CliRunner::parse(QCommandLineParser &p, const QStringList &args, const QString &command)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    const QString program = command.isEmpty() ? u"eventdesk-cli"_s : u"eventdesk-cli "_s + command;
    if (!p.parse(QStringList{program} + args))
        return usage(p.errorText());
    if (p.isSet(u"help"_s)) {
        m_out << p.helpText();
        return Ok;
    }
    return std::nullopt;
}

QList<CliRunner::Candidate> CliRunner::matching(const QList<Candidate> &candidates, const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    QList<Candidate> byName;
    QList<Candidate> byId;
    for (const Candidate &c : candidates) {
        if (c.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            byName.append(c);
        if (c.id.toString(QUuid::WithoutBraces).startsWith(wanted.toLower()))
            byId.append(c);
    }
    return byName.isEmpty() ? byId : byName;
}

QString CliRunner::listed(const QList<Candidate> &candidates)
{
    QStringList out;
    for (const Candidate &c : candidates)
        out.append(u"%1 (%2)"_s.arg(c.name, c.id.toString(QUuid::WithoutBraces)));
    return out.join(u", "_s);
}

int CliRunner::usage(const QString &message)
{
    m_err << message << '\n' << tr("Run 'eventdesk-cli --help' for the list of commands.") << '\n';
    return UsageError;
}

int CliRunner::fail(const Error &error)
{
    m_err << error.message << '\n';
    return error.code == ErrorCode::Usage ? UsageError : UserError;
}

void CliRunner::printHelp()
{
    m_out << tr(
        "Usage: eventdesk-cli [--db PATH] COMMAND …\n\n"
        "Commands:\n"
        "  init                               create or upgrade the workspace\n"
        "  demo                               add a sample conference\n"
        "  event create|list|show|update|delete   (--rule RULE=SEVERITY, --changeover N, --room-changeover "
        "N)\n"
        "  room|track|speaker add|list|show|update|delete   (delete --force when sessions use it)\n"
        "  session add|list|show|update|delete   (--allowed-room ID, --allowed-time START/END; none: any)\n"
        "  participant add|list|show|update|delete\n"
        "  participant import|export|register|checkin|cancel|confirm|waitlist|history|messages\n"
        "  ticket add|list|show|update|delete   question add|list|remove\n"
        "  message template show|set|reset KIND\n"
        "  llm profiles                       list the language-model profiles\n"
        "  llm profile add|update|remove|default NAME …\n"
        "  llm test                           check the default profile's connection\n"
        "  llm key set|delete KEYREF          API keys in the system keychain\n"
        "  ask \"QUESTION\" [--json] [--no-cache]   ask about the current event\n"
        "  assistant reply \"QUESTION\" [--participant ID] [--json]   draft a grounded reply\n"
        "  assistant review [--json] [--no-model]   findings on the schedule\n"
        "  assistant proposal list|show|apply|reject [ID]   the agenda proposals kept in the workspace\n"
        "  import FILE [--format F] [--dry-run] [--json]   a schedule (frab XML, c3voc JSON) or backup\n"
        "  export --format F [--room R|--track T|--speaker S] [--release N|latest|working] -o PATH\n"
        "  schedule auto [--replan] [--day DATE] [--time-limit S] [--seed N] [--json] [--apply]\n"
        "                                     place or re-plan sessions with no conflict\n"
        "  server init --url URL              install or migrate the team server (PostgreSQL)\n"
        "  server add-member --url URL --team T --member M   a member's login in a team\n"
        "  sync --server URL [--json] [--rejoin]   send and fetch the team's changes\n"
        "  conflicts list [--json]            team-sync conflicts: both values, who and when\n"
        "  conflicts resolve ID --keep mine|theirs|VALUE\n\n"
        "Listings take --json; records belong to the only event unless --event ID is given.\n"
        "Ids may be shortened to a unique prefix of at least 4 characters.\n"
        "The workspace is --db PATH, else $EVENTDESK_DB, else the app-data folder.\n"
        "Run 'eventdesk-cli NOUN VERB --help' for a command's options.\n");
}

Result<QUuid> CliRunner::currentEvent(const QString &requested)
{
    if (!requested.isEmpty())
        return m_store.resolveId(RecordKind::Event, requested);
    auto events = m_store.list<Event>();
    if (!events)
        return events.error();
    if (events.value().size() == 1)
        return events.value().first().meta.id;
    if (events.value().isEmpty())
        return Error{ErrorCode::NotFound,
                     tr("This workspace has no event yet; create one with 'eventdesk-cli event create'."),
                     {}};
    return Error{ErrorCode::Usage,
                 tr("This workspace has %1 events; choose one with --event ID.").arg(events.value().size()),
                 {}};
}

namespace
{
template <typename T> void addOptions(QCommandLineParser &p)
{
    for (const FieldOption<T> &o : fieldOptions<T>())
        p.addOption(QCommandLineOption(o.name, o.help, o.valueName));
}

template <typename T>
std::optional<QString> applyOptions(const QCommandLineParser &p, T &record, const Context &c)
{
    for (const FieldOption<T> &o : fieldOptions<T>()) {
        if (!p.isSet(o.name))
            continue;
        if (auto e = o.apply(record, p.values(o.name), c))
            return e;
    }
    return std::nullopt;
}

QString timeZoneOf(EventStore &store, const QUuid &eventId)
{
    auto e = store.get<Event>(eventId);
    return e ? e.value().timeZone : u"UTC"_s;
}

template <typename T> QUuid &eventIdOf(T &r)
{
    return r.eventId;
}

// Plain text for the fields 'show' would otherwise print as raw JSON.
template <typename T> QHash<QString, QString> readableFields(EventStore &, const T &)
{
    return {};
}

// A session's allowed rooms by name, and its allowed times as START/END in the event's zone, as
// --allowed-room and --allowed-time take them.
template <> QHash<QString, QString> readableFields(EventStore &store, const Session &s)
{
    QStringList rooms;
    for (const QUuid &id : s.allowedRoomIds) {
        auto room = store.get<Room>(id);
        rooms << (room ? u"%1 (%2)"_s.arg(room.value().name, shortId(id)) : shortId(id));
    }
    const QTimeZone zone(timeZoneOf(store, s.eventId).toUtf8());
    QStringList times;
    for (const TimeWindow &w : s.allowedTimes)
        times << w.start.toTimeZone(zone).toString(Qt::ISODate) + u"/"_s +
                     w.end.toTimeZone(zone).toString(Qt::ISODate);
    return {{u"allowedRoomIds"_s, rooms.isEmpty() ? CliRunner::tr("any room") : rooms.join(u", "_s)},
            {u"allowedTimes"_s, times.isEmpty() ? CliRunner::tr("any time") : times.join(u", "_s)}};
}
} // namespace

template <typename T> int CliRunner::add(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Add %1.").arg(withArticle(recordKindDisplayName(T::kind))));
    addOptions<T>(p);
    p.addOption(QCommandLineOption(u"id"_s, tr("Use this UUID instead of a new one"), u"UUID"_s));
    p.addOption(QCommandLineOption(u"json"_s, tr("Print the new record as JSON")));
    if constexpr (!std::is_same_v<T, Event>)
        p.addOption(QCommandLineOption(u"event"_s, tr("Event id"), u"ID"_s));
    if (auto stop = parse(p, args))
        return *stop;
    T record;
    QString tz = u"UTC"_s;
    if constexpr (!std::is_same_v<T, Event>) {
        auto event = currentEvent(p.value(u"event"_s));
        if (!event)
            return fail(event.error());
        eventIdOf(record) = event.value();
        tz = timeZoneOf(m_store, event.value());
    }
    if (p.isSet(u"id"_s)) {
        record.meta.id = QUuid::fromString(p.value(u"id"_s));
        if (record.meta.id.isNull())
            return fail({ErrorCode::Usage, tr("\"%1\" is not a UUID.").arg(p.value(u"id"_s)), {}});
    }
    if (auto e = applyOptions(p, record, Context{m_store, tz}))
        return fail({ErrorCode::Validation, *e, {}});
    auto added = m_store.add(record);
    if (!added)
        return fail(added.error());
    if (p.isSet(u"json"_s))
        m_out << QJsonDocument(toJson(added.value())).toJson(QJsonDocument::Indented);
    else
        m_out << added.value().meta.id.toString(QUuid::WithoutBraces) << '\n';
    return Ok;
}

template <typename T> int CliRunner::list(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List %1 records.").arg(recordKindDisplayName(T::kind)));
    p.addOption(QCommandLineOption(u"json"_s, tr("Print JSON")));
    p.addOption(QCommandLineOption(u"deleted"_s, tr("Include deleted records")));
    if constexpr (!std::is_same_v<T, Event>)
        p.addOption(QCommandLineOption(u"event"_s, tr("Event id"), u"ID"_s));
    if (auto stop = parse(p, args))
        return *stop;
    QUuid eventId;
    if constexpr (!std::is_same_v<T, Event>) {
        auto event = currentEvent(p.value(u"event"_s));
        if (!event)
            return fail(event.error());
        eventId = event.value();
    }
    auto records = m_store.list<T>(eventId, p.isSet(u"deleted"_s));
    if (!records)
        return fail(records.error());
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const T &r : records.value())
            a.append(toJson(r));
        m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return Ok;
    }
    QList<QStringList> rows;
    for (const T &r : records.value())
        rows.append(row(r));
    printTable(m_out, header(static_cast<const T *>(nullptr)), rows);
    return Ok;
}

template <typename T> int CliRunner::show(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"ID"_s, tr("Record id or unique prefix"));
    p.addOption(QCommandLineOption(u"json"_s, tr("Print JSON")));
    if (auto stop = parse(p, args))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return usage(tr("'%1 show' needs exactly one id.").arg(noun<T>()));
    auto id = m_store.resolveId(T::kind, p.positionalArguments().first());
    if (!id)
        return fail(id.error());
    auto record = m_store.get<T>(id.value());
    if (!record)
        return fail(record.error());
    const QJsonObject json = toJson(record.value());
    if (p.isSet(u"json"_s)) {
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QHash<QString, QString> readable = readableFields(m_store, record.value());
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QJsonValue v = it.value();
        QString text =
            v.isString() ? v.toString()
            : v.isNull()
                ? QString()
                : QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
        if (v.isDouble())
            text = QString::number(v.toDouble());
        if (v.isBool())
            text = v.toBool() ? u"yes"_s : u"no"_s;
        text = readable.value(it.key(), text);
        m_out << it.key() << u": "_s << text << '\n';
    }
    return Ok;
}

template <typename T> int CliRunner::update(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Change %1; only the options given are changed.")
                                    .arg(withArticle(recordKindDisplayName(T::kind))));
    p.addPositionalArgument(u"ID"_s, tr("Record id or unique prefix"));
    addOptions<T>(p);
    p.addOption(QCommandLineOption(u"json"_s, tr("Print the updated record as JSON")));
    if (auto stop = parse(p, args))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return usage(tr("'%1 update' needs exactly one id.").arg(noun<T>()));
    auto id = m_store.resolveId(T::kind, p.positionalArguments().first());
    if (!id)
        return fail(id.error());
    auto record = m_store.get<T>(id.value());
    if (!record)
        return fail(record.error());
    T changed = record.value();
    QString tz = u"UTC"_s;
    if constexpr (std::is_same_v<T, Event>)
        tz = changed.timeZone;
    else
        tz = timeZoneOf(m_store, eventIdOf(changed));
    if (auto e = applyOptions(p, changed, Context{m_store, tz}))
        return fail({ErrorCode::Validation, *e, {}});
    auto saved = m_store.update(changed);
    if (!saved)
        return fail(saved.error());
    if (p.isSet(u"json"_s))
        m_out << QJsonDocument(toJson(saved.value())).toJson(QJsonDocument::Indented);
    else
        m_out << tr("Updated %1 %2 (revision %3).")
                     .arg(recordKindDisplayName(T::kind), shortId(saved.value().meta.id))
                     .arg(saved.value().meta.revision)
              << '\n';
    return Ok;
}

template <typename T> int CliRunner::remove(const QStringList &args)
{
    constexpr bool referenced =
        std::is_same_v<T, Room> || std::is_same_v<T, Track> || std::is_same_v<T, Speaker>;
    QCommandLineParser p;
    p.addPositionalArgument(u"ID"_s, tr("Record id or unique prefix"));
    if constexpr (referenced)
        p.addOption(QCommandLineOption(
            u"force"_s, tr("Delete it even when sessions refer to it, taking it out of them")));
    if (auto stop = parse(p, args))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return usage(tr("'%1 delete' needs exactly one id.").arg(noun<T>()));
    auto id = m_store.resolveId(T::kind, p.positionalArguments().first());
    if (!id)
        return fail(id.error());
    if constexpr (referenced)
        return removeReferenced(T::kind, id.value(), p.isSet(u"force"_s));
    if (auto r = m_store.remove<T>(id.value()); !r)
        return fail(r.error());
    m_out << tr("Deleted %1 %2.").arg(recordKindDisplayName(T::kind), shortId(id.value())) << '\n';
    return Ok;
}

int CliRunner::removeReferenced(RecordKind kind, const QUuid &id, bool force)
{
    RecordReferences references(m_store);
    auto found = references.find(kind, id);
    if (!found)
        return fail(found.error());
    if (!found.value().isEmpty() && !force)
        return fail({ErrorCode::Validation,
                     tr("The %1 %2 is still in use. %3 Use --force to take it out of them and delete it.")
                         .arg(recordKindDisplayName(kind), shortId(id), found.value().describe()),
                     {}});
    auto removed = references.detachAndRemove(kind, id);
    if (!removed)
        return fail(removed.error());
    const qsizetype detached = removed.value().sessions.size() + removed.value().participants.size();
    if (detached > 0)
        m_out << tr("Deleted %1 %2 and took it out of %n record(s).", nullptr, int(detached))
                     .arg(recordKindDisplayName(kind), shortId(id))
              << '\n';
    else
        m_out << tr("Deleted %1 %2.").arg(recordKindDisplayName(kind), shortId(id)) << '\n';
    return Ok;
}

int CliRunner::init()
{
    m_out << tr("Workspace ready at %1 (schema %2).").arg(m_store.path()).arg(m_store.schemaVersion())
          << '\n';
    return Ok;
}

int CliRunner::demo(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Add a sample conference with rooms, tracks, speakers, sessions and "
                                   "participants."));
    p.addOption(QCommandLineOption(u"json"_s, tr("Print the new event as JSON")));
    p.addOption(
        QCommandLineOption(u"fosdem"_s, tr("A generated FOSDEM-sized schedule instead: 900 sessions in 30 "
                                           "rooms over 2 days")));
    if (auto stop = parse(p, args))
        return *stop;
    auto created = p.isSet(u"fosdem"_s) ? ScheduleGenerator::write(m_store, ScheduleGenerator::generate({}))
                                        : SampleConference::create(m_store);
    if (!created)
        return fail(created.error());
    auto event = m_store.get<Event>(created.value());
    if (!event)
        return fail(event.error());
    if (p.isSet(u"json"_s)) {
        m_out << QJsonDocument(toJson(event.value())).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QUuid id = created.value();
    m_out << tr("Created the sample event \"%1\" (%2): %3 rooms, %4 sessions, %5 speakers, %6 participants.")
                 .arg(event.value().name, id.toString(QUuid::WithoutBraces))
                 .arg(m_store.count<Room>(id).value())
                 .arg(m_store.count<Session>(id).value())
                 .arg(m_store.count<Speaker>(id).value())
                 .arg(m_store.count<Participant>(id).value())
          << '\n';
    return Ok;
}

QList<CliRoute> CliRunner::routes()
{
    auto route = [](const QString &noun, const QString &verb, auto member) {
        return CliRoute{noun, verb,
                        [member](CliRunner &r, const QStringList &args) { return (r.*member)(args); }};
    };
    QList<CliRoute> all{
        route(u"event"_s, u"create"_s, &CliRunner::add<Event>),
        route(u"event"_s, u"list"_s, &CliRunner::list<Event>),
        route(u"event"_s, u"show"_s, &CliRunner::show<Event>),
        route(u"event"_s, u"update"_s, &CliRunner::update<Event>),
        route(u"event"_s, u"delete"_s, &CliRunner::remove<Event>),
        route(u"room"_s, u"add"_s, &CliRunner::add<Room>),
        route(u"room"_s, u"list"_s, &CliRunner::list<Room>),
        route(u"room"_s, u"show"_s, &CliRunner::show<Room>),
        route(u"room"_s, u"update"_s, &CliRunner::update<Room>),
        route(u"room"_s, u"delete"_s, &CliRunner::remove<Room>),
        route(u"track"_s, u"add"_s, &CliRunner::add<Track>),
        route(u"track"_s, u"list"_s, &CliRunner::list<Track>),
        route(u"track"_s, u"show"_s, &CliRunner::show<Track>),
        route(u"track"_s, u"update"_s, &CliRunner::update<Track>),
        route(u"track"_s, u"delete"_s, &CliRunner::remove<Track>),
        route(u"session"_s, u"add"_s, &CliRunner::add<Session>),
        route(u"session"_s, u"list"_s, &CliRunner::list<Session>),
        route(u"session"_s, u"show"_s, &CliRunner::show<Session>),
        route(u"session"_s, u"update"_s, &CliRunner::update<Session>),
        route(u"session"_s, u"delete"_s, &CliRunner::remove<Session>),
        route(u"speaker"_s, u"add"_s, &CliRunner::add<Speaker>),
        route(u"speaker"_s, u"list"_s, &CliRunner::list<Speaker>),
        route(u"speaker"_s, u"show"_s, &CliRunner::show<Speaker>),
        route(u"speaker"_s, u"update"_s, &CliRunner::update<Speaker>),
        route(u"speaker"_s, u"delete"_s, &CliRunner::remove<Speaker>),
        route(u"participant"_s, u"add"_s, &CliRunner::add<Participant>),
        route(u"participant"_s, u"list"_s, &CliRunner::list<Participant>),
        route(u"participant"_s, u"show"_s, &CliRunner::show<Participant>),
        route(u"participant"_s, u"update"_s, &CliRunner::update<Participant>),
        // participant delete is a registration command: it promotes from the waitlist
        route(u"demo"_s, QString(), &CliRunner::demo),
    };
    all += scheduleCliRoutes();
    all += registrationCliRoutes();
    all += llmCliRoutes();
    all += assistantAgendaCliRoutes();
    all += assistantPrefillCliRoutes();
    all += assistantReplyCliRoutes();
    all += interopCliRoutes();
    all += autoScheduleCliRoutes();
    all += syncCliRoutes();
    return all;
}

int CliRunner::dispatch(const QString &noun, const QStringList &args)
{
    const QList<CliRoute> all = routes();
    const QString verb = args.value(0);
    // A noun that is a command of its own may also have verbs (`conflicts` and `conflicts list`): a verb
    // that matches wins.
    for (const CliRoute &r : all)
        if (r.noun == noun && !r.verb.isEmpty() && r.verb == verb)
            return r.run(*this, args.mid(1));
    QStringList verbs;
    for (const CliRoute &r : all) {
        if (r.noun != noun)
            continue;
        if (r.verb.isEmpty())
            return r.run(*this, args);
        verbs.append(r.verb);
        if (r.verb == verb)
            return r.run(*this, args.mid(1));
    }
    if (verbs.isEmpty())
        return usage(tr("Unknown command \"%1\".").arg(noun));
    if (verb.isEmpty())
        return usage(tr("'%1' needs one of: %2.").arg(noun, verbs.join(u", "_s)));
    return usage(tr("'%1 %2' is not a command; use one of: %3.").arg(noun, verb, verbs.join(u", "_s)));
}

int CliRunner::run(const QStringList &arguments)
{
    QStringList args = arguments;
    QString dbPath;
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString opt = args.takeFirst();
        if (opt == u"--help" || opt == u"-h") {
            printHelp();
            return Ok;
        }
        if (opt == u"--version") {
            m_out << u"eventdesk-cli "_s << BuildInfo::version() << '\n'
                  << u"Qt %1 (built with %2); %3"_s.arg(QString::fromLatin1(qVersion()),
                                                        BuildInfo::qtBuildVersion(), BuildInfo::buildLine())
                  << '\n';
            return Ok;
        }
        if (opt == u"--db") {
            if (args.isEmpty())
                return usage(tr("--db needs a file path."));
            dbPath = args.takeFirst();
        } else if (opt.startsWith(u"--db="_s)) {
            dbPath = opt.mid(5);
        } else {
            return usage(tr("Unknown option \"%1\".").arg(opt));
        }
    }
    if (args.isEmpty()) {
        printHelp();
        return UsageError;
    }
    if (args.first() == u"help") {
        printHelp();
        return Ok;
    }
    const QString noun = args.takeFirst();
    bool known = noun == u"init";
    bool needsWorkspace = noun == u"init";
    for (const CliRoute &r : routes())
        if (r.noun == noun) {
            known = true;
            needsWorkspace = needsWorkspace || r.needsWorkspace;
        }
    if (!known)
        return usage(tr("Unknown command \"%1\".").arg(noun));
    if (!needsWorkspace)
        return dispatch(noun, args);
    if (dbPath.isEmpty())
        dbPath = Settings::defaultWorkspacePath();
    m_store.setActor(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    if (auto opened = m_store.open(dbPath); !opened)
        return fail(opened.error());
    if (noun == u"init")
        return args.isEmpty() ? init() : usage(tr("'init' takes no arguments."));
    return dispatch(noun, args);
}

} // namespace EventDesk
