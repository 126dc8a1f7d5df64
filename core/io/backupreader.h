#pragma once

#include "result.h"
#include "storage/workspacetables.h"

#include <QCoreApplication>

namespace EventDesk
{
class EventStore;

// Reads a backup made by BackupWriter and restores it into an empty workspace, in one transaction.
class BackupReader
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::BackupReader)

public:
    struct Backup {
        int formatVersion = 0;
        int schemaVersion = 0;
        QString workspaceId;
        QString createdUtc;
        QList<WorkspaceTables::Table> tables;
    };

    // Refuses a file that is not a backup, one from a newer format, or one from a newer workspace schema
    // than maxSchemaVersion, each with one sentence.
    static Result<Backup> parse(const QByteArray &bytes, int maxSchemaVersion);
    static Result<Backup> read(const QString &path, int maxSchemaVersion);
    // Whether store is empty, as a restore needs; else the sentence that says so.
    static Result<void> checkEmpty(const EventStore &store);
    // Restores into store, which must be empty: all rows or none.
    static Result<Backup> restore(EventStore &store, const QString &path);
    static Result<void> restore(EventStore &store, const Backup &backup);
};

} // namespace EventDesk
