#pragma once

#include "eventstore.h"

#include <QVariantList>

namespace EventDesk
{

// Every row of every table of a workspace, as plain values: what a full backup writes and restores. Knows
// tables and columns only; what the rows mean is the records' business. The team-sync tables are left out
// (SyncState::isSyncTable): a restored copy must not speak to the team as this computer.
class WorkspaceTables
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::WorkspaceTables)

public:
    struct Table {
        QString name;
        QStringList columns;
        QList<QVariantList> rows; // values in column order: qint64, double, QString, QByteArray or null
    };

    // All tables in the order they were created (parents before children), rows in primary-key order.
    // Internal SQLite tables are left out, and so is any workspace setting whose name suggests a secret.
    static Result<QList<Table>> dump(const EventStore &store);
    // Whether the workspace holds no records yet (a new, empty workspace).
    static Result<bool> isEmpty(const EventStore &store);
    // Inserts the rows into an empty workspace in one transaction: all of them or none. A column the
    // workspace does not have fails the whole load; a column the dump lacks takes its default. The
    // workspace's own settings (its id, when it was created) are replaced by the dump's.
    static Result<void> load(EventStore &store, const QList<Table> &tables);
    // Whether a workspace setting looks like a secret (never written to a backup).
    static bool isSecretSetting(const QString &key);
};

} // namespace EventDesk
