#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
// Whether the driver's SQLite is the one linked here: the same version string, checked once.
bool sameLibraryAsDriver(const QSqlDatabase &db)
{
    static const bool same = [&] {
        QSqlQuery q(db);
        return q.exec(u"SELECT sqlite_version()"_s) && q.next() &&
               q.value(0).toString() == QString::fromLatin1(sqlite3_libversion());
    }();
    return same;
}
} // namespace

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql) : m_fallback(db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 && sameLibraryAsDriver(db))
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db) {
        m_fallbackPrepared = m_fallback.prepare(sql);
        if (!m_fallbackPrepared)
            m_error = m_fallback.lastError().text();
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, const QString &value)
{
    if (!m_stmt) {
        m_fallback.bindValue(index, value);
        return;
    }
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index + 1);
        return;
    }
    if (index >= m_text.size())
        m_text.resize(index + 1);
    // ASCII (most of what is imported) is copied into the buffer the index already has; other text is
    // encoded by Qt.
    QByteArray &utf8 = m_text[index];
    const qsizetype n = value.size();
    const QChar *src = value.constData();
    utf8.resize(n);
    char *dst = utf8.data();
    qsizetype i = 0;
    for (; i < n && src[i].unicode() < 0x80; ++i)
        dst[i] = char(src[i].unicode());
    if (i < n)
        utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    if (!m_stmt) {
        m_fallback.bindValue(index, value);
        return;
    }
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index + 1);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_stmt, index + 1, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, index + 1, value.toDouble());
        break;
    case QMetaType::QString:
        bind(index, value.toString());
        break;
    default:
        bind(index, value.toString());
        break;
    }
}

bool SqliteStatement::exec()
{
    if (!m_stmt) {
        const bool ok = m_fallbackPrepared && m_fallback.exec();
        if (!ok)
            m_error = m_fallback.lastError().text();
        return ok;
    }
    const int rc = sqlite3_step(m_stmt);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return ok;
}

} // namespace EventDesk
