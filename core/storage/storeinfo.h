#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace EventDesk
{

class EventStore;

// Facts about the database engine behind a store, for About and bug reports. Call on the storage thread.
class StoreInfo
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::StoreInfo)

public:
    // The version of the SQLite library the store's connection runs on ("3.40.1").
    static Result<QString> sqliteVersion(const EventStore &store);
};

} // namespace EventDesk
