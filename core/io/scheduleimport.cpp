#include "scheduleimport.h"

#include "c3vocjsonreader.h"
#include "frabxmlreader.h"
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
QStringList merge(Event &e, const Event &in, const ScheduleFile &file)
{
    QStringList changed;
    auto set = [&changed](auto &field, const auto &value, const QString &name) {
        if (field != value) {
            field = value;
            changed.append(name);
        }
    };
    if (!in.name.isEmpty())
        set(e.name, in.name, u"name"_s);
    if (file.hasTimeZone)
        set(e.timeZone, in.timeZone, u"timeZone"_s);
    if (in.startDate.isValid() && (!e.startDate.isValid() || in.startDate < e.startDate))
        set(e.startDate, in.startDate, u"startDate"_s);
    if (in.endDate.isValid() && (!e.endDate.isValid() || in.endDate > e.endDate))
        set(e.endDate, in.endDate, u"endDate"_s);
    return changed;
}

QStringList merge(Room &r, const Room &in)
{
    QStringList changed;
    if (r.name != in.name) {
        r.name = in.name;
        changed.append(u"name"_s);
    }
    if (in.capacity > 0 && r.capacity != in.capacity) {
        r.capacity = in.capacity;
        changed.append(u"capacity"_s);
    }
    return changed;
}

QStringList merge(Track &t, const Track &in)
{
    QStringList changed;
    if (t.name != in.name) {
        t.name = in.name;
        changed.append(u"name"_s);
    }
    if (in.color != Track().color && t.color != in.color) {
        t.color = in.color;
        changed.append(u"color"_s);
    }
    return changed;
}

QStringList merge(Speaker &s, const Speaker &in)
{
    QStringList changed;
    if (s.name != in.name) {
        s.name = in.name;
        changed.append(u"name"_s);
    }
    if (!in.bio.isEmpty() && s.bio != in.bio) {
        s.bio = in.bio;
        changed.append(u"bio"_s);
    }
    return changed;
}

QStringList merge(Session &s, const Session &in)
{
    QStringList changed;
    auto set = [&changed](auto &field, const auto &value, const QString &name) {
        if (field != value) {
            field = value;
            changed.append(name);
        }
    };
    set(s.title, in.title, u"title"_s);
    set(s.abstract, in.abstract, u"abstract"_s);
    set(s.type, in.type, u"type"_s);
    set(s.durationMinutes, in.durationMinutes, u"durationMinutes"_s);
    set(s.language, in.language, u"language"_s);
    set(s.trackId, in.trackId, u"trackId"_s);
    set(s.roomId, in.roomId, u"roomId"_s);
    if (s.start != in.start) {
        s.start = in.start;
        changed.append(u"start"_s);
    }
    set(s.speakerIds, in.speakerIds, u"speakerIds"_s);
    return changed;
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
              QList<T> &update, QList<ScheduleImportItem> &items, QSet<QUuid> &skipped)
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
        if (item.action == Action::Created)
            add.append(result);
        else if (item.action == Action::Updated)
            update.append(result);
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
    for (T &r : records) {
        const QUuid from = r.meta.id;
        QUuid to = from;
        if (const auto key = file.derivedKeys.constFind(from); key != file.derivedKeys.cend()) {
            to = byName ? names.value(nameKey(r)) : QUuid();
            if (to.isNull())
                to = ScheduleFile::derivedId(eventId, *key);
        } else if (!existing.contains(from)) {
            auto other = store.get<T>(from);
            if (other && other.value().eventId != eventId)
                to = ScheduleFile::derivedId(eventId, u"id:"_s + from.toString(QUuid::WithoutBraces));
        }
        if (to != from) {
            remap.insert(from, to);
            r.meta.id = to;
        }
        if (!existing.contains(to)) {
            if (auto found = store.get<T>(to); found && found.value().eventId == eventId)
                existing.insert(to, found.value());
        }
    }
    return existing;
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
        const QString key = (file.acronym.isEmpty() ? in.name : file.acronym).simplified().toLower();
        plan.eventId = ScheduleFile::derivedId({}, u"event:"_s + key);
    }
    in.meta.id = plan.eventId;
    if (in.name.isEmpty())
        in.name = file.acronym.isEmpty() ? tr("Imported schedule") : file.acronym;
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
    else if (eventItem.action == Action::Updated)
        plan.updateEvents.append(event);
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
    planKind(file.data.rooms, rooms.value(), plan.eventId, plan.addRooms, plan.updateRooms, plan.items,
             skipped);
    planKind(file.data.tracks, tracks.value(), plan.eventId, plan.addTracks, plan.updateTracks, plan.items,
             skipped);
    planKind(file.data.speakers, speakers.value(), plan.eventId, plan.addSpeakers, plan.updateSpeakers,
             plan.items, skipped);
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
             plan.items, skipped);
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

} // namespace EventDesk
