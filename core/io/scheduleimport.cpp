#include "scheduleimport.h"

#include "c3vocjsonreader.h"
#include "frabxmlreader.h"
#include "model/recordids.h"
#include "storage/eventstore.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

using Action = ScheduleImportItem::Action;

// The fields an import sets on a record that exists, and the names of those that change.
class Changes
{
public:
    template <typename F> void set(F &field, const F &value, const QString &name, bool when = true)
    {
        if (when && field != value) {
            field = value;
            m_names.append(name);
        }
    }
    QStringList names() const { return m_names; }

private:
    QStringList m_names;
};

QStringList merge(Event &e, const Event &in, const ScheduleFile &file)
{
    Changes c;
    c.set(e.name, in.name, u"name"_s, !in.name.isEmpty());
    c.set(e.acronym, in.acronym, u"acronym"_s, !in.acronym.isEmpty());
    c.set(e.timeZone, in.timeZone, u"timeZone"_s, file.hasTimeZone);
    c.set(e.startDate, in.startDate, u"startDate"_s,
          in.startDate.isValid() && (!e.startDate.isValid() || in.startDate < e.startDate));
    c.set(e.endDate, in.endDate, u"endDate"_s,
          in.endDate.isValid() && (!e.endDate.isValid() || in.endDate > e.endDate));
    return c.names();
}

QStringList merge(Room &r, const Room &in)
{
    Changes c;
    c.set(r.name, in.name, u"name"_s);
    c.set(r.capacity, in.capacity, u"capacity"_s, in.capacity > 0);
    return c.names();
}

QStringList merge(Track &t, const Track &in)
{
    Changes c;
    c.set(t.name, in.name, u"name"_s);
    c.set(t.color, in.color, u"color"_s, in.color != Track().color);
    return c.names();
}

QStringList merge(Speaker &s, const Speaker &in)
{
    Changes c;
    c.set(s.name, in.name, u"name"_s);
    c.set(s.bio, in.bio, u"bio"_s, !in.bio.isEmpty());
    return c.names();
}

QStringList merge(Session &s, const Session &in)
{
    Changes c;
    c.set(s.title, in.title, u"title"_s);
    c.set(s.subtitle, in.subtitle, u"subtitle"_s);
    c.set(s.abstract, in.abstract, u"abstract"_s);
    c.set(s.description, in.description, u"description"_s);
    c.set(s.type, in.type, u"type"_s);
    c.set(s.durationMinutes, in.durationMinutes, u"durationMinutes"_s);
    c.set(s.language, in.language, u"language"_s);
    c.set(s.trackId, in.trackId, u"trackId"_s);
    c.set(s.roomId, in.roomId, u"roomId"_s);
    c.set(s.start, in.start, u"start"_s);
    c.set(s.speakerIds, in.speakerIds, u"speakerIds"_s);
    c.set(s.links, in.links, u"links"_s);
    c.set(s.attachments, in.attachments, u"attachments"_s);
    return c.names();
}

template <typename T> QString nameOf(const T &r)
{
    if constexpr (std::is_same_v<T, Session>)
        return r.title;
    else
        return r.name;
}

// Plans one kind: the file's records (ids already resolved) against the workspace's.
template <typename T>
void planKind(const QList<T> &incoming, const QHash<QUuid, T> &existing, const QUuid &eventId, QList<T> &add,
              QList<T> &update, QList<T> &before, QList<ScheduleImportItem> &items, QSet<QUuid> &skipped)
{
    for (T in : incoming) {
        in.eventId = eventId;
        ScheduleImportItem item{T::kind, in.meta.id, nameOf(in), Action::Created, {}, {}};
        T result = in;
        if (const auto it = existing.constFind(in.meta.id); it != existing.cend()) {
            if (it->meta.deleted) {
                item.action = Action::Skipped;
                item.reason = ScheduleImport::tr("It was deleted in the workspace; restore it to update it "
                                                 "from the file.");
                items.append(item);
                skipped.insert(in.meta.id);
                continue;
            }
            result = *it;
            item.fields = merge(result, in);
            item.action = item.fields.isEmpty() ? Action::Unchanged : Action::Updated;
        }
        if (const FieldErrors errors = result.validate(); !errors.isEmpty()) {
            item.action = Action::Skipped;
            item.fields.clear();
            item.reason = errors.first().message;
            items.append(item);
            skipped.insert(in.meta.id);
            continue;
        }
        if (item.action == Action::Created) {
            add.append(result);
        } else if (item.action == Action::Updated) {
            update.append(result);
            before.append(existing.value(in.meta.id));
        }
        items.append(item);
    }
}

template <typename T> QString nameKey(const T &r)
{
    return nameOf(r).simplified().toLower();
}

// Resolves the ids of one kind for the target event (see ScheduleFile): a derived id matches a record of
// the event with that name (rooms, tracks, speakers) or becomes a UUIDv5 of the event and the key; an id
// of the file that another event already uses becomes a UUIDv5 of the event and that id.
template <typename T>
Result<QHash<QUuid, T>> resolve(const EventStore &store, QList<T> &records, const ScheduleFile &file,
                                const QUuid &eventId, QHash<QUuid, QUuid> &remap, bool byName)
{
    auto listed = store.list<T>(eventId, true);
    if (!listed)
        return listed.error();
    QHash<QUuid, T> existing;
    QHash<QString, QUuid> names;
    for (const T &r : listed.value()) {
        existing.insert(r.meta.id, r);
        if (!r.meta.deleted && byName)
            names.insert(nameKey(r), r.meta.id);
    }
    // The file's own ids that this event does not hold: one query finds those another event uses.
    QList<QUuid> elsewhere;
    for (const T &r : records)
        if (!file.derivedKeys.contains(r.meta.id) && !existing.contains(r.meta.id))
            elsewhere.append(r.meta.id);
    auto known = store.revisions(T::kind, elsewhere);
    if (!known)
        return known.error();
    for (T &r : records) {
        const QUuid from = r.meta.id;
        QUuid to = from;
        if (const auto key = file.derivedKeys.constFind(from); key != file.derivedKeys.cend()) {
            to = byName ? names.value(nameKey(r)) : QUuid();
            if (to.isNull())
                to = ScheduleFile::derivedId(eventId, *key);
        } else if (known.value().contains(from)) {
            auto other = store.get<T>(from);
            if (other && other.value().eventId != eventId)
                to = ScheduleFile::derivedId(eventId, u"id:"_s + from.toString(QUuid::WithoutBraces));
        }
        if (to != from) {
            remap.insert(from, to);
            r.meta.id = to;
        }
    }
    return existing;
}

// One kind of a committed import taken back (undo) or written again (redo), revision-checked.
template <typename T>
Result<void> revertKind(EventStore &store, const QList<T> &added, QList<T> values, bool undo,
                        const ScheduleImport::Revisions &expected)
{
    for (T &r : values)
        r.meta.revision = expected.value(r.meta.id, -1);
    if (undo && !values.isEmpty())
        if (auto ok = store.updateMany(values, EventStore::RevisionCheck::Strict); !ok)
            return ok.error();
    if (!added.isEmpty())
        if (auto ok = store.setDeleted<T>(recordIds(added), undo, expected); !ok)
            return ok;
    if (!undo && !values.isEmpty())
        if (auto ok = store.updateMany(values, EventStore::RevisionCheck::Strict); !ok)
            return ok.error();
    return {};
}

// Runs write and reads the revisions it left, in one transaction.
Result<ScheduleImport::Revisions> writeThenRead(EventStore &store, const ScheduleImportPlan &p,
                                                const std::function<Result<void>()> &write)
{
    ScheduleImport::Revisions after;
    auto ok = store.inTransaction([&]() -> Result<void> {
        if (auto done = write(); !done)
            return done;
        auto read = ScheduleImport::revisions(store, p);
        if (!read)
            return read.error();
        after = read.value();
        return {};
    });
    if (!ok)
        return ok.error();
    return after;
}

Result<ScheduleImport::Revisions> revert(EventStore &store, const ScheduleImportPlan &p, bool undo,
                                         const ScheduleImport::Revisions &expected)
{
    return writeThenRead(store, p, [&]() -> Result<void> {
        // Undo goes from the sessions to the event, so nothing live refers to a tombstoned record; redo back.
        const std::function<Result<void>()> steps[] = {
            [&] {
                return revertKind(store, p.addSessions, undo ? p.beforeSessions : p.updateSessions, undo,
                                  expected);
            },
            [&] {
                return revertKind(store, p.addSpeakers, undo ? p.beforeSpeakers : p.updateSpeakers, undo,
                                  expected);
            },
            [&] {
                return revertKind(store, p.addTracks, undo ? p.beforeTracks : p.updateTracks, undo, expected);
            },
            [&] {
                return revertKind(store, p.addRooms, undo ? p.beforeRooms : p.updateRooms, undo, expected);
            },
            [&] {
                return revertKind(store, p.addEvents, undo ? p.beforeEvents : p.updateEvents, undo, expected);
            },
        };
        for (int i = 0; i < 5; ++i)
            if (auto done = steps[undo ? i : 4 - i](); !done)
                return done;
        return {};
    });
}

} // namespace

QString scheduleFormatName(ScheduleFormat format)
{
    return format == ScheduleFormat::FrabXml ? u"frab-xml"_s : u"c3voc-json"_s;
}

std::optional<ScheduleFormat> scheduleFormatFromName(const QString &name)
{
    if (name == u"frab-xml")
        return ScheduleFormat::FrabXml;
    if (name == u"c3voc-json")
        return ScheduleFormat::C3vocJson;
    return std::nullopt;
}

QString scheduleImportActionName(ScheduleImportItem::Action action)
{
    switch (action) {
    case Action::Created:
        return u"created"_s;
    case Action::Updated:
        return u"updated"_s;
    case Action::Unchanged:
        return u"unchanged"_s;
    case Action::Skipped:
        return u"skipped"_s;
    }
    return {};
}

int ScheduleImportPlan::count(ScheduleImportItem::Action action) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [action](const ScheduleImportItem &i) { return i.action == action; }));
}

bool ScheduleImportPlan::writesNothing() const
{
    return count(Action::Created) == 0 && count(Action::Updated) == 0;
}

QString ScheduleImportPlan::summary() const
{
    return tr("%1 created, %2 updated, %3 unchanged, %4 skipped.")
        .arg(count(Action::Created))
        .arg(count(Action::Updated))
        .arg(count(Action::Unchanged))
        .arg(count(Action::Skipped));
}

QJsonObject ScheduleImportPlan::toJson() const
{
    QJsonArray list;
    for (const ScheduleImportItem &i : items) {
        QJsonObject o{{u"kind"_s, recordKindName(i.kind)},
                      {u"id"_s, i.id.toString(QUuid::WithoutBraces)},
                      {u"name"_s, i.name},
                      {u"action"_s, scheduleImportActionName(i.action)}};
        if (!i.fields.isEmpty())
            o.insert(u"fields"_s, QJsonArray::fromStringList(i.fields));
        if (!i.reason.isEmpty())
            o.insert(u"reason"_s, i.reason);
        list.append(o);
    }
    QJsonArray notes;
    for (const ScheduleIssue &i : issues)
        notes.append(QJsonObject{{u"where"_s, i.where}, {u"message"_s, i.message}});
    return {{u"event"_s, eventId.toString(QUuid::WithoutBraces)},
            {u"eventName"_s, eventName},
            {u"created"_s, count(Action::Created)},
            {u"updated"_s, count(Action::Updated)},
            {u"unchanged"_s, count(Action::Unchanged)},
            {u"skipped"_s, count(Action::Skipped)},
            {u"items"_s, list},
            {u"issues"_s, notes}};
}

Result<ScheduleFile> ScheduleImport::read(const QByteArray &bytes, ScheduleFormat format)
{
    if (bytes.size() > ScheduleFile::kMaxFileBytes)
        return Error{
            ErrorCode::Validation,
            ScheduleFile::tr("The schedule is larger than %1; schedule files that large are refused.")
                .arg(QLocale::c().formattedDataSize(ScheduleFile::kMaxFileBytes)),
            {}};
    return format == ScheduleFormat::FrabXml ? FrabXmlReader::read(bytes) : C3vocJsonReader::read(bytes);
}

Result<ScheduleFile> ScheduleImport::readFile(const QString &path, ScheduleFormat format)
{
    auto bytes = ScheduleFile::readBytes(path);
    if (!bytes)
        return bytes.error();
    return read(bytes.value(), format);
}

std::optional<ScheduleFormat> ScheduleImport::detect(const QByteArray &head)
{
    if (C3vocJsonReader::looksLike(head))
        return ScheduleFormat::C3vocJson;
    if (FrabXmlReader::looksLike(head))
        return ScheduleFormat::FrabXml;
    return std::nullopt;
}

Result<ScheduleImportPlan> ScheduleImport::plan(const EventStore &store, const ScheduleFile &source,
                                                const QUuid &targetEvent)
{
    ScheduleFile file = source;
    ScheduleImportPlan plan;
    plan.issues = file.issues;
    // The event: the one asked for, or the one this file (by its acronym or title) was imported into before.
    Event in = file.data.event;
    if (!targetEvent.isNull()) {
        plan.eventId = targetEvent;
    } else {
        const QString key = (in.acronym.isEmpty() ? in.name : in.acronym).simplified().toLower();
        plan.eventId = ScheduleFile::derivedId({}, u"event:"_s + key);
    }
    in.meta.id = plan.eventId;
    if (in.name.isEmpty())
        in.name = in.acronym.isEmpty() ? tr("Imported schedule") : in.acronym;
    auto current = store.get<Event>(plan.eventId);
    if (!current && current.error().code != ErrorCode::NotFound)
        return current.error();
    if (!current && !targetEvent.isNull())
        return current.error();
    if (current && current.value().meta.deleted)
        return Error{ErrorCode::Conflict,
                     tr("The event \"%1\" this schedule was imported into before was deleted; restore it, or "
                        "import into another event with --event.")
                         .arg(current.value().name),
                     {}};
    ScheduleImportItem eventItem{RecordKind::Event, plan.eventId, in.name, Action::Created, {}, {}};
    Event event = in;
    if (current) {
        event = current.value();
        eventItem.fields = merge(event, in, file);
        eventItem.action = eventItem.fields.isEmpty() ? Action::Unchanged : Action::Updated;
        eventItem.name = event.name;
    }
    if (const FieldErrors errors = event.validate(); !errors.isEmpty())
        return Error{ErrorCode::Validation,
                     tr("The schedule's conference cannot be imported: %1").arg(errors.first().message),
                     {}};
    plan.eventName = event.name;
    if (eventItem.action == Action::Created)
        plan.addEvents.append(event);
    else if (eventItem.action == Action::Updated) {
        plan.updateEvents.append(event);
        plan.beforeEvents.append(current.value());
    }
    plan.items.append(eventItem);

    // Ids for the target event, then references follow them.
    QHash<QUuid, QUuid> remap;
    auto rooms = resolve(store, file.data.rooms, file, plan.eventId, remap, true);
    auto tracks = resolve(store, file.data.tracks, file, plan.eventId, remap, true);
    auto speakers = resolve(store, file.data.speakers, file, plan.eventId, remap, true);
    auto sessions = resolve(store, file.data.sessions, file, plan.eventId, remap, false);
    if (!rooms)
        return rooms.error();
    if (!tracks)
        return tracks.error();
    if (!speakers)
        return speakers.error();
    if (!sessions)
        return sessions.error();
    auto mapped = [&remap](const QUuid &id) { return remap.value(id, id); };
    for (Session &s : file.data.sessions) {
        s.roomId = mapped(s.roomId);
        s.trackId = mapped(s.trackId);
        for (QUuid &id : s.speakerIds)
            id = mapped(id);
    }
    QSet<QUuid> skipped;
    planKind(file.data.rooms, rooms.value(), plan.eventId, plan.addRooms, plan.updateRooms, plan.beforeRooms,
             plan.items, skipped);
    planKind(file.data.tracks, tracks.value(), plan.eventId, plan.addTracks, plan.updateTracks,
             plan.beforeTracks, plan.items, skipped);
    planKind(file.data.speakers, speakers.value(), plan.eventId, plan.addSpeakers, plan.updateSpeakers,
             plan.beforeSpeakers, plan.items, skipped);
    // A session keeps no reference to a room or track the import skipped (it was deleted here).
    for (Session &s : file.data.sessions) {
        if (skipped.contains(s.trackId))
            s.trackId = QUuid();
        if (skipped.contains(s.roomId)) {
            s.roomId = QUuid();
            s.start = QDateTime();
        }
    }
    planKind(file.data.sessions, sessions.value(), plan.eventId, plan.addSessions, plan.updateSessions,
             plan.beforeSessions, plan.items, skipped);
    return plan;
}

Result<void> ScheduleImport::commit(EventStore &store, const ScheduleImportPlan &plan,
                                    const std::function<bool()> &cancelled)
{
    const Error cancel{ErrorCode::Cancelled, tr("The import was cancelled; nothing was written."), {}};
    auto step = [&](auto write) -> Result<void> {
        if (cancelled && cancelled())
            return cancel;
        auto r = write();
        if (!r)
            return r.error();
        return {};
    };
    return store.inTransaction([&]() -> Result<void> {
        using RC = EventStore::RevisionCheck;
        for (const auto &w : std::initializer_list<std::function<Result<void>()>>{
                 [&] { return step([&] { return store.addMany(plan.addEvents); }); },
                 [&] { return step([&] { return store.updateMany(plan.updateEvents, RC::Strict); }); },
                 [&] { return step([&] { return store.addMany(plan.addRooms); }); },
                 [&] { return step([&] { return store.updateMany(plan.updateRooms, RC::Strict); }); },
                 [&] { return step([&] { return store.addMany(plan.addTracks); }); },
                 [&] { return step([&] { return store.updateMany(plan.updateTracks, RC::Strict); }); },
                 [&] { return step([&] { return store.addMany(plan.addSpeakers); }); },
                 [&] { return step([&] { return store.updateMany(plan.updateSpeakers, RC::Strict); }); },
                 [&] {
                     return step([&] {
                         return store.addMany(plan.addSessions,
                                              [&cancelled](int) { return !(cancelled && cancelled()); });
                     });
                 },
                 [&] { return step([&] { return store.updateMany(plan.updateSessions, RC::Strict); }); },
             }) {
            if (auto r = w(); !r)
                return r;
        }
        if (cancelled && cancelled())
            return cancel;
        return {};
    });
}

Result<ScheduleImport::Revisions> ScheduleImport::revisions(const EventStore &store,
                                                            const ScheduleImportPlan &p)
{
    Revisions out;
    for (const auto &[kind, ids] :
         {std::pair{RecordKind::Event, recordIds(p.addEvents) + recordIds(p.updateEvents)},
          std::pair{RecordKind::Room, recordIds(p.addRooms) + recordIds(p.updateRooms)},
          std::pair{RecordKind::Track, recordIds(p.addTracks) + recordIds(p.updateTracks)},
          std::pair{RecordKind::Speaker, recordIds(p.addSpeakers) + recordIds(p.updateSpeakers)},
          std::pair{RecordKind::Session, recordIds(p.addSessions) + recordIds(p.updateSessions)}}) {
        if (ids.isEmpty())
            continue;
        auto read = store.revisions(kind, ids);
        if (!read)
            return read.error();
        out.insert(read.value());
    }
    return out;
}

Result<ScheduleImport::Revisions> ScheduleImport::commitUndoable(EventStore &store,
                                                                 const ScheduleImportPlan &plan,
                                                                 const std::function<bool()> &cancelled)
{
    return writeThenRead(store, plan, [&] { return commit(store, plan, cancelled); });
}

Result<ScheduleImport::Revisions> ScheduleImport::undo(EventStore &store, const ScheduleImportPlan &plan,
                                                       const Revisions &expected)
{
    return revert(store, plan, true, expected);
}

Result<ScheduleImport::Revisions> ScheduleImport::redo(EventStore &store, const ScheduleImportPlan &plan,
                                                       const Revisions &expected)
{
    return revert(store, plan, false, expected);
}

} // namespace EventDesk
