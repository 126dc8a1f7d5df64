#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace EventDesk::Test
{

// A second, plain SQLite connection to a workspace file, for what EventStore deliberately hides from its API:
// PRAGMAs, rows of an old schema, a deliberately broken schema. Closed and unregistered when it goes out of
// scope.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
        : m_name(QStringLiteral("raw-sqlite-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawSqlite()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool isOpen() const { return m_open; }
    QString connectionName() const { return m_name; }

    // Runs one statement; returns an empty string on success, else SQLite's error text.
    QString exec(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql))
            return q.lastError().text() + QStringLiteral(" in: ") + sql;
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return q.lastError().text() + QStringLiteral(" in: ") + sql;
        return {};
    }

    // The first column of the first row, or an invalid QVariant when there is no row or the query fails.
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql))
            return {};
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

    // Column names of a table, in order (empty when the table does not exist).
    QStringList columns(const QString &table) const
    {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(QStringLiteral("PRAGMA table_info(") + table + QStringLiteral(")")))
            return out;
        while (q.next())
            out.append(q.value(1).toString());
        return out;
    }

    // Every row of a query, each as its column values.
    QList<QVariantList> rows(const QString &sql) const
    {
        QList<QVariantList> out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return out;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            out.append(row);
        }
        return out;
    }

private:
    QString m_name;
    bool m_open = false;
};

// The whole content of a file, to check that a refused open left it byte for byte unchanged.
inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace EventDesk::Test
