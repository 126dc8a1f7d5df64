#include "workspacetables.h"

#include "storeaccess.h"
#include "syncstate.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

const auto kMetaTable = u"workspace_meta"_s;

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

Result<QStringList> tableNames(QSqlDatabase &db, const EventStore &store)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY rowid"_s))
        return StoreAccess::dbError(store, WorkspaceTables::tr("The workspace could not be read."),
                                    q.lastError().text());
    QStringList names;
    while (q.next())
        if (const QString name = q.value(0).toString(); !SyncState::isSyncTable(name))
            names.append(name);
    return names;
}

Result<QStringList> columnsOf(QSqlDatabase &db, const EventStore &store, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA table_info("_s + quoted(table) + u')'))
        return StoreAccess::dbError(store, WorkspaceTables::tr("The workspace could not be read."),
                                    q.lastError().text());
    QStringList columns;
    while (q.next())
        columns.append(q.value(1).toString());
    return columns;
}

} // namespace

bool WorkspaceTables::isSecretSetting(const QString &key)
{
    static const QStringList kWords{u"key"_s, u"secret"_s, u"password"_s, u"token"_s, u"credential"_s};
    for (const QString &w : kWords)
        if (key.contains(w, Qt::CaseInsensitive))
            return true;
    return false;
}

Result<QList<WorkspaceTables::Table>> WorkspaceTables::dump(const EventStore &store)
{
    QSqlDatabase db = StoreAccess::db(store);
    if (!db.isOpen())
        return Error{ErrorCode::Database, tr("No workspace is open."), {}};
    auto names = tableNames(db, store);
    if (!names)
        return names.error();
    QList<Table> out;
    for (const QString &name : names.value()) {
        auto columns = columnsOf(db, store, name);
        if (!columns)
            return columns.error();
        Table t{name, columns.value(), {}};
        QStringList selected;
        for (const QString &c : t.columns)
            selected.append(quoted(c));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // rowid order is insertion order for every table here (none is WITHOUT ROWID).
        if (!q.exec(u"SELECT "_s + selected.join(u", "_s) + u" FROM "_s + quoted(name) +
                    u" ORDER BY rowid"_s))
            return StoreAccess::dbError(store, tr("The workspace could not be read."), q.lastError().text());
        const int keyColumn = name == kMetaTable ? int(t.columns.indexOf(u"key"_s)) : -1;
        while (q.next()) {
            QVariantList row;
            row.reserve(t.columns.size());
            for (int i = 0; i < t.columns.size(); ++i)
                row.append(q.value(i));
            if (keyColumn >= 0 && isSecretSetting(row.at(keyColumn).toString()))
                continue;
            t.rows.append(row);
        }
        out.append(t);
    }
    return out;
}

Result<bool> WorkspaceTables::isEmpty(const EventStore &store)
{
    QSqlDatabase db = StoreAccess::db(store);
    if (!db.isOpen())
        return Error{ErrorCode::Database, tr("No workspace is open."), {}};
    auto names = tableNames(db, store);
    if (!names)
        return names.error();
    for (const QString &name : names.value()) {
        if (name == kMetaTable)
            continue;
        QSqlQuery q(db);
        if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM "_s + quoted(name) + u')') || !q.next())
            return StoreAccess::dbError(store, tr("The workspace could not be read."), q.lastError().text());
        if (q.value(0).toBool())
            return false;
    }
    return true;
}

Result<void> WorkspaceTables::load(EventStore &store, const QList<Table> &tables)
{
    QSqlDatabase db = StoreAccess::db(store);
    if (!db.isOpen())
        return Error{ErrorCode::Database, tr("No workspace is open."), {}};
    auto names = tableNames(db, store);
    if (!names)
        return names.error();
    return store.inTransaction([&]() -> Result<void> {
        // Tables are not created in the order of their references (a later migration adds a column that
        // points at a newer table), so foreign keys are checked once, at commit.
        QSqlQuery defer(db);
        if (!defer.exec(u"PRAGMA defer_foreign_keys = ON"_s))
            return StoreAccess::dbError(store, tr("The backup could not be restored."),
                                        defer.lastError().text());
        for (const Table &t : tables) {
            if (!names.value().contains(t.name))
                return Error{ErrorCode::Corrupt,
                             tr("The backup has a table this version does not know: %1.").arg(t.name),
                             {}};
            auto existing = columnsOf(db, store, t.name);
            if (!existing)
                return existing.error();
            QStringList columns, marks;
            for (const QString &c : t.columns) {
                if (!existing.value().contains(c))
                    return Error{
                        ErrorCode::Corrupt,
                        tr("The backup has a column this version does not know: %1.%2.").arg(t.name, c),
                        {}};
                columns.append(quoted(c));
                marks.append(u"?"_s);
            }
            if (t.name == kMetaTable) {
                QSqlQuery clear(db);
                if (!clear.exec(u"DELETE FROM "_s + quoted(t.name)))
                    return StoreAccess::dbError(store, tr("The backup could not be restored."),
                                                clear.lastError().text());
            }
            QSqlQuery q(db);
            if (!q.prepare(u"INSERT INTO "_s + quoted(t.name) + u" ("_s + columns.join(u", "_s) +
                           u") VALUES ("_s + marks.join(u", "_s) + u')'))
                return StoreAccess::dbError(store, tr("The backup could not be restored."),
                                            q.lastError().text());
            for (const QVariantList &row : t.rows) {
                if (row.size() != t.columns.size())
                    return Error{ErrorCode::Corrupt,
                                 tr("A row of %1 in the backup has %2 values for %3 columns.")
                                     .arg(t.name)
                                     .arg(row.size())
                                     .arg(t.columns.size()),
                                 {}};
                for (int i = 0; i < row.size(); ++i)
                    q.bindValue(i, row.at(i));
                if (!q.exec())
                    return StoreAccess::dbError(store, tr("The backup could not be restored."),
                                                q.lastError().text());
            }
        }
        return {};
    });
}

} // namespace EventDesk
