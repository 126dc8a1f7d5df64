#pragma once

// Internal to core/storage: what the classes that share an EventStore's connection and transaction
// (StatusHistory, CustomQuestionStore, MessageTemplateStore, Outbox) use of it.

#include "eventstore.h"

#include <QSqlDatabase>

namespace EventDesk
{

class StoreAccess
{
public:
    static QSqlDatabase db(const EventStore &s) { return QSqlDatabase::database(s.m_connectionName, false); }
    // The schema version the file was opened at (older only in tests).
    static int openVersion(const EventStore &s) { return s.m_openVersion; }
    static Error dbError(const EventStore &s, const QString &message, const QString &detail)
    {
        return s.dbError(message, detail);
    }
    // Reports a change after the outermost transaction commits.
    static void notify(EventStore &s, RecordKind kind, const QList<QUuid> &ids) { s.notify(kind, ids); }
    static Result<void> recordStatusChange(EventStore &s, const QUuid &id,
                                           std::optional<ParticipantStatus> from, ParticipantStatus to);
};

} // namespace EventDesk
