#pragma once

// Internal to core/storage: numbered, append-only schema migrations.

#include "result.h"

#include <QSqlDatabase>

namespace EventDesk::Storage
{

int readSchemaVersion(QSqlDatabase &db, QString *error = nullptr);
// Runs steps fromVersion+1 … toVersion, all in one transaction: the file reaches toVersion or is left
// exactly as it was. Run it before switching the journal mode, which is not transactional.
Result<void> migrate(QSqlDatabase &db, int fromVersion, int toVersion);

} // namespace EventDesk::Storage
