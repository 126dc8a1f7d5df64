#pragma once

#include "schedulefile.h"

#include <QJsonObject>

#include <functional>

namespace EventDesk
{
class EventStore;

enum class ScheduleFormat { FrabXml, C3vocJson };
QString scheduleFormatName(ScheduleFormat format); // "frab-xml", "c3voc-json"
std::optional<ScheduleFormat> scheduleFormatFromName(const QString &name);

// One record of an import and what it does to the workspace.
struct ScheduleImportItem {
    enum class Action { Created, Updated, Unchanged, Skipped };
    RecordKind kind = RecordKind::Session;
    QUuid id;
    QString name;
    Action action = Action::Created;
    QStringList fields; // updated: the fields that change
    QString reason;     // skipped: why
};
QString scheduleImportActionName(ScheduleImportItem::Action action); // "created", …

// What importing a schedule file would do, computed before anything is written: the records to add and to
// update, as they will be written, and the report.
struct ScheduleImportPlan {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ScheduleImportPlan)

public:
    QUuid eventId;
    QString eventName;
    QList<Event> addEvents, updateEvents;
    QList<Room> addRooms, updateRooms;
    QList<Track> addTracks, updateTracks;
    QList<Speaker> addSpeakers, updateSpeakers;
    QList<Session> addSessions, updateSessions;
    // The records updateX will overwrite, as planning found them (what an undo writes back).
    QList<Event> beforeEvents;
    QList<Room> beforeRooms;
    QList<Track> beforeTracks;
    QList<Speaker> beforeSpeakers;
    QList<Session> beforeSessions;
    QList<ScheduleImportItem> items;
    QList<ScheduleIssue> issues; // what the reader left out

    int count(ScheduleImportItem::Action action) const;
    bool writesNothing() const;
    QString summary() const; // "12 created, 3 updated, 200 unchanged, 1 skipped."
    QJsonObject toJson() const;
};

// Imports frab schedule.xml and c3voc JSON files: read (lenient, refusing broken files with a sentence),
// plan (match by guid, report created/updated/unchanged/skipped with reasons), commit (one transaction).
// Re-importing an updated file matches every record it imported before: sessions and records with a UUID
// guid by that id, other guids by a stable UUIDv5 of them, rooms, tracks and persons without one by name
// within the event.
class ScheduleImport
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ScheduleImport)

public:
    static Result<ScheduleFile> read(const QByteArray &bytes, ScheduleFormat format);
    static Result<ScheduleFile> readFile(const QString &path, ScheduleFormat format);
    // The format a file's first bytes suggest.
    static std::optional<ScheduleFormat> detect(const QByteArray &head);
    // targetEvent null: the event the file was imported into before (or a new one).
    static Result<ScheduleImportPlan> plan(const EventStore &store, const ScheduleFile &file,
                                           const QUuid &targetEvent = {});
    // Writes the plan in one transaction: all or nothing. cancelled() is asked between steps; true rolls
    // back and returns ErrorCode::Cancelled. A record changed since planning fails the whole write.
    static Result<void> commit(EventStore &store, const ScheduleImportPlan &plan,
                               const std::function<bool()> &cancelled = {});

    // The revision of every record the plan creates or updates, by id, as the workspace has them now (read
    // right after commit: what undo expects).
    using Revisions = QHash<QUuid, qint64>;
    static Result<Revisions> revisions(const EventStore &store, const ScheduleImportPlan &plan);
    // commit() and revisions() in one transaction: what a GUI import, which can be undone, runs.
    static Result<Revisions> commitUndoable(EventStore &store, const ScheduleImportPlan &plan,
                                            const std::function<bool()> &cancelled = {});
    // Takes a committed import back in one transaction: the records it updated get the values they had
    // before, the records it created are tombstoned. Only while every one of them still has its revision in
    // expected (a record changed since, by anyone, fails the whole undo with ErrorCode::Conflict naming it).
    // Returns the revisions it left, which redo expects.
    static Result<Revisions> undo(EventStore &store, const ScheduleImportPlan &plan,
                                  const Revisions &expected);
    // Writes an undone import again: restores the created records and writes the updated values.
    static Result<Revisions> redo(EventStore &store, const ScheduleImportPlan &plan,
                                  const Revisions &expected);
};

} // namespace EventDesk
