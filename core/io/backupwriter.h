#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace EventDesk
{
class EventStore;

// The full backup: one versioned JSON file with every row of the workspace (records, releases,
// registrations and their status history, questions, templates, the assistant's conversations and
// proposals, the outbox, the workspace's own settings). Never keys: they live in the keychain, and a
// workspace setting named like a secret is left out.
//
//   {"format": "eventdesk-backup", "formatVersion": 1, "schemaVersion": 7, "createdUtc": "…",
//    "tables": [{"name": "events", "columns": ["id", …], "rows": [["…", …], …]}, …]}
//
// A value is a JSON string, number or null; a binary value is {"base64": "…"}.
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::BackupWriter)

public:
    static constexpr int kFormatVersion = 1;
    static inline const QString kFormatName = QStringLiteral("eventdesk-backup");

    static Result<QJsonObject> toJson(const EventStore &store);
    // Written through AtomicFile: the file is whole or left as it was.
    static Result<void> write(const EventStore &store, const QString &path);
};

} // namespace EventDesk
