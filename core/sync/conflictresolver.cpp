#include "conflictresolver.h"

#include "storage/eventstore.h"
#include "storage/fieldwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

const QString kDeleted = u"deleted"_s;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

template <typename T> Result<QString> nameOf(EventStore &store, const QUuid &id)
{
    auto record = store.get<T>(id);
    if (!record)
        return record.error();
    if constexpr (std::is_same_v<T, Session>)
        return record.value().title;
    else
        return record.value().name;
}

} // namespace

Result<QList<ConflictSides>> ConflictResolver::open() const
{
    SyncState state(m_store);
    if (auto ok = state.ensureTables(); !ok)
        return ok.error();
    auto client = state.clientId();
    if (!client)
        return client.error();
    auto all = state.conflicts();
    if (!all)
        return all.error();
    QList<ConflictSides> out;
    for (const SyncConflict &c : all.value()) {
        if (c.resolvedLocally)
            continue;
        ConflictSides s;
        s.conflict = c;
        const bool mineProposed = c.proposedClient == client.value();
        s.mine = mineProposed ? c.proposed : c.kept;
        s.theirs = mineProposed ? c.kept : c.proposed;
        s.mineBy = mineProposed ? c.proposedBy : c.keptBy;
        s.theirsBy = mineProposed ? c.keptBy : c.proposedBy;
        s.mineUtc = mineProposed ? c.proposedUtc : c.keptUtc;
        s.theirsUtc = mineProposed ? c.keptUtc : c.proposedUtc;
        out.append(s);
    }
    return out;
}

Result<ConflictSides> ConflictResolver::find(const QString &idOrPrefix) const
{
    const QString needle = idOrPrefix.trimmed().toLower().remove(u'{').remove(u'}');
    if (needle.size() < 4)
        return Error{ErrorCode::NotFound,
                     tr("\"%1\" is not a conflict id (give at least 4 characters).").arg(idOrPrefix),
                     {}};
    auto all = open();
    if (!all)
        return all.error();
    QList<ConflictSides> found;
    for (const ConflictSides &s : all.value())
        if (idText(s.conflict.id).startsWith(needle))
            found.append(s);
    if (found.isEmpty())
        return Error{ErrorCode::NotFound, tr("There is no open conflict with id %1.").arg(idOrPrefix), {}};
    if (found.size() > 1)
        return Error{
            ErrorCode::NotFound,
            tr("The id prefix %1 matches more than one conflict; give more characters.").arg(idOrPrefix),
            {}};
    return found.first();
}

Result<ConflictSides> ConflictResolver::sides(const QUuid &conflictId) const
{
    auto all = open();
    if (!all)
        return all.error();
    for (const ConflictSides &s : all.value())
        if (s.conflict.id == conflictId)
            return s;
    return Error{ErrorCode::Conflict,
                 tr("The conflict is no longer open here: it was resolved or settled with the team since."),
                 {}};
}

Result<QJsonObject> ConflictResolver::valuesFor(const ConflictSides &sides, Choice choice,
                                                const QJsonValue &value)
{
    const QJsonValue chosen =
        choice == Choice::KeepMine ? sides.mine : (choice == Choice::TakeTheirs ? sides.theirs : value);
    const SyncConflict &c = sides.conflict;
    if (c.field != kDeleted)
        return QJsonObject{{c.field, chosen}};
    if (choice == Choice::Value)
        return Error{
            ErrorCode::Validation,
            tr("A deleted record is kept deleted or restored: keep mine or take theirs, then edit the "
               "record."),
            {}};
    if (!chosen.isObject())
        return QJsonObject{{kDeleted, chosen}};
    // An edit of the deleted record: restore it with the edit's columns (those an edit may write).
    const QStringList writable = FieldWriter::writableColumns(c.kind);
    QJsonObject out{{kDeleted, 0}};
    const QJsonObject edit = chosen.toObject();
    for (auto it = edit.begin(); it != edit.end(); ++it)
        if (writable.contains(it.key()) && it.key() != kDeleted)
            out.insert(it.key(), it.value());
    return out;
}

QJsonValue ConflictResolver::parseTyped(const ConflictSides &sides, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Null);
    if (sides.mine.isDouble() || sides.theirs.isDouble() || sides.mine.isBool() || sides.theirs.isBool()) {
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        if (ok)
            return number;
    }
    return text;
}

Result<QJsonObject> ConflictResolver::plan(const QUuid &conflictId, Choice choice,
                                           const QJsonValue &value) const
{
    auto found = sides(conflictId);
    if (!found)
        return found.error();
    auto values = valuesFor(found.value(), choice, value);
    if (!values)
        return values.error();
    const SyncConflict &c = found.value().conflict;
    auto before = FieldWriter(m_store).read(c.kind, c.recordId, values.value().keys());
    if (!before)
        return before.error();
    for (auto it = values.value().begin(); it != values.value().end(); ++it)
        if (!FieldWriter::sameValue(it.value(), before.value().value(it.key())))
            return values.value();
    return QJsonObject();
}

Result<ConflictResolution> ConflictResolver::resolve(const QUuid &conflictId, Choice choice,
                                                     const QJsonValue &value)
{
    auto values = plan(conflictId, choice, value);
    if (!values)
        return values.error();
    return resolveWith(conflictId, values.value());
}

Result<ConflictResolution> ConflictResolver::resolveWith(const QUuid &conflictId, const QJsonObject &values,
                                                         std::optional<qint64> expectedRevision)
{
    ConflictResolution out;
    auto ok = m_store.inTransaction([&]() -> Result<void> {
        auto found = sides(conflictId);
        if (!found)
            return found.error();
        const SyncConflict &c = found.value().conflict;
        out.conflictId = c.id;
        out.kind = c.kind;
        out.recordId = c.recordId;
        FieldWriter writer(m_store);
        auto before = writer.read(c.kind, c.recordId, values.keys());
        if (!before)
            return before.error();
        bool differs = false;
        for (auto it = values.begin(); it != values.end(); ++it)
            differs = differs || !FieldWriter::sameValue(it.value(), before.value().value(it.key()));
        if (differs) {
            auto written = writer.write(c.kind, c.recordId, values, expectedRevision);
            if (!written)
                return written.error();
            out.before = before.value();
            out.after = values;
            out.revision = written.value();
        }
        return SyncState(m_store).setResolvedLocally(c.id, true);
    });
    if (!ok)
        return ok.error();
    return out;
}

Result<qint64> ConflictResolver::unresolve(const ConflictResolution &resolution,
                                           std::optional<qint64> expectedRevision)
{
    qint64 revision = resolution.revision;
    auto ok = m_store.inTransaction([&]() -> Result<void> {
        SyncState state(m_store);
        auto all = state.conflicts();
        if (!all)
            return all.error();
        const bool stillHere =
            std::any_of(all.value().begin(), all.value().end(), [&](const SyncConflict &c) {
                return c.id == resolution.conflictId && c.resolvedLocally;
            });
        if (!stillHere)
            return Error{ErrorCode::Conflict,
                         tr("The resolution was already sent to the team server, so the conflict cannot be "
                            "opened again."),
                         {}};
        if (!resolution.before.isEmpty()) {
            auto written = FieldWriter(m_store).write(resolution.kind, resolution.recordId, resolution.before,
                                                      expectedRevision);
            if (!written)
                return written.error();
            revision = written.value();
        }
        return state.setResolvedLocally(resolution.conflictId, false);
    });
    if (!ok)
        return ok.error();
    return revision;
}

QString ConflictResolver::fieldLabel(const QString &field)
{
    static const QList<std::pair<QString, const char *>> labels{
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"title"_s, QT_TR_NOOP("Title")},
        {u"subtitle"_s, QT_TR_NOOP("Subtitle")},
        {u"abstract"_s, QT_TR_NOOP("Abstract")},
        {u"description"_s, QT_TR_NOOP("Description")},
        {u"capacity"_s, QT_TR_NOOP("Capacity")},
        {u"start_utc"_s, QT_TR_NOOP("Start")},
        {u"duration_minutes"_s, QT_TR_NOOP("Duration (minutes)")},
        {u"room_id"_s, QT_TR_NOOP("Room")},
        {u"track_id"_s, QT_TR_NOOP("Track")},
        {u"speaker_ids"_s, QT_TR_NOOP("Speakers")},
        {u"type"_s, QT_TR_NOOP("Type")},
        {u"language"_s, QT_TR_NOOP("Language")},
        {u"email"_s, QT_TR_NOOP("Email")},
        {u"phone"_s, QT_TR_NOOP("Phone")},
        {u"organisation"_s, QT_TR_NOOP("Organisation")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"notes"_s, QT_TR_NOOP("Notes")},
        {u"bio"_s, QT_TR_NOOP("Biography")},
        {u"color"_s, QT_TR_NOOP("Colour")},
        {u"ticket_type_id"_s, QT_TR_NOOP("Ticket type")},
        {u"quota"_s, QT_TR_NOOP("Quota")},
        {u"price_cents"_s, QT_TR_NOOP("Price (cents)")},
        {u"start_date"_s, QT_TR_NOOP("First day")},
        {u"end_date"_s, QT_TR_NOOP("Last day")},
        {u"time_zone"_s, QT_TR_NOOP("Time zone")},
        {u"venue_name"_s, QT_TR_NOOP("Venue")},
        {u"venue_address"_s, QT_TR_NOOP("Venue address")},
        {u"deleted"_s, QT_TR_NOOP("Deleted")},
    };
    for (const auto &[column, label] : labels)
        if (column == field)
            return tr(label);
    return field;
}

QString ConflictResolver::valueText(const SyncConflict &conflict, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return tr("(none)");
    if (conflict.field == kDeleted) {
        if (value.isObject()) {
            QStringList parts;
            const QJsonObject edit = value.toObject();
            for (auto it = edit.begin(); it != edit.end(); ++it)
                parts.append(tr("%1: %2").arg(fieldLabel(it.key()), valueText(SyncConflict{}, it.value())));
            return tr("Edited (%1)").arg(parts.join(u"; "_s));
        }
        return value.toVariant().toInt() != 0 ? tr("Deleted") : tr("Kept");
    }
    if (value.isString())
        return value.toString().isEmpty() ? tr("(empty)") : value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

Result<QString> ConflictResolver::recordName(RecordKind kind, const QUuid &id) const
{
    switch (kind) {
    case RecordKind::Event:
        return nameOf<Event>(m_store, id);
    case RecordKind::Room:
        return nameOf<Room>(m_store, id);
    case RecordKind::Track:
        return nameOf<Track>(m_store, id);
    case RecordKind::Session:
        return nameOf<Session>(m_store, id);
    case RecordKind::Speaker:
        return nameOf<Speaker>(m_store, id);
    case RecordKind::Participant:
        return nameOf<Participant>(m_store, id);
    case RecordKind::TicketType:
        return nameOf<TicketType>(m_store, id);
    case RecordKind::ScheduleRelease:
        break;
    }
    return nameOf<ScheduleRelease>(m_store, id);
}

} // namespace EventDesk
