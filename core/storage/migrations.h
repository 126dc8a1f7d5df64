#pragma once

// Internal to core/storage: numbered, append-only schema migrations.

#include "result.h"

#include <QSqlDatabase>

namespace EventDesk::Storage
{

int readSchemaVersion(QSqlDatabase &db, QString *error = nullptr);
// Runs steps fromVersion+1 … toVersion; each step and its version bump in one transaction.
Result<void> migrate(QSqlDatabase &db, int fromVersion, int toVersion);

} // namespace EventDesk::Storage
