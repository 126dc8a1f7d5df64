#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace EventDesk
{

// A prepared statement on the SQLite handle underneath a Qt connection, for bulk writes and reads: QSqlQuery
// spends more on each bound value (a formatted name and a hash lookup) than SQLite spends on the insert, and
// more on each value it reads (a QVariant, text turned into UTF-16) than SQLite spends on the row. It runs on
// the same connection, inside the same transaction, as the QSqlQuery statements around it.
// The handle is used only in a build with EVENTDESK_SQLITE_FASTPATH (on by default only where Qt's driver
// links the system libsqlite3, which we link too; a Qt that bundles its own SQLite must not be handed our
// calls). Otherwise, or when switched off at run time, the statement runs through QSqlQuery.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Whether this build has the fast path (EVENTDESK_SQLITE_FASTPATH).
    static bool fastPathCompiled();
    // Statements made afterwards use the handle only while this is on (the default where compiled); tests
    // switch it off to run the QSqlQuery fallback in the same build.
    static void setFastPathEnabled(bool enabled);
    static bool fastPathEnabled();

    bool isValid() const { return m_stmt != nullptr || m_fallbackPrepared; }
    bool usesHandle() const { return m_stmt != nullptr; }
    // index from 0, as QSqlQuery::bindValue. Strings, integers, doubles, booleans and null.
    void bind(int index, const QVariant &value);
    void bind(int index, const QString &value);
    // UTF-8 text (copied).
    void bindUtf8(int index, std::string_view utf8);
    // Runs the statement with the bound values and clears them; false on error (see lastError()).
    bool exec();
    // Reads a SELECT with the bound values, a row at a time: each next() moves to the next row and is false
    // after the last one (the bindings are cleared then) or on an error (see lastError()).
    bool next();
    // The current row's values by column, from 0. Text comes as SQLite holds it (UTF-8); a null as null.
    bool isNull(int column) const;
    qint64 int64(int column) const;
    QByteArray utf8(int column) const;
    QString text(int column) const;
    QString lastError() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlQuery m_fallback;
    bool m_fallbackPrepared = false;
    bool m_fallbackReading = false; // the fallback query ran and next() walks its rows
    QString m_error;
    // The UTF-8 form of each bound text, kept until the next exec(): SQLite stores the database as UTF-8 and
    // converts UTF-16 one character at a time, while QString::toUtf8() is vectorised.
    QList<QByteArray> m_text;
};

} // namespace EventDesk
