#include "storeinfo.h"

#include "storeaccess.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace EventDesk
{

Result<QString> StoreInfo::sqliteVersion(const EventStore &store)
{
    QSqlQuery query(StoreAccess::db(store));
    if (!query.exec(u"select sqlite_version()"_s) || !query.next())
        return StoreAccess::dbError(store, tr("Could not read the SQLite version."),
                                    query.lastError().text());
    return query.value(0).toString();
}

} // namespace EventDesk
