#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QSqlError>

#include <atomic>

#if EVENTDESK_SQLITE_FASTPATH
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
std::atomic<bool> g_fastPathEnabled{true};
} // namespace

bool SqliteStatement::fastPathCompiled()
{
#if EVENTDESK_SQLITE_FASTPATH
    return true;
#else
    return false;
#endif
}

void SqliteStatement::setFastPathEnabled(bool enabled)
{
    g_fastPathEnabled = enabled;
}

bool SqliteStatement::fastPathEnabled()
{
    return fastPathCompiled() && g_fastPathEnabled;
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql) : m_fallback(db)
{
#if EVENTDESK_SQLITE_FASTPATH
    const QVariant handle = fastPathEnabled() && db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
#endif
    if (!m_db) {
        m_fallback.setForwardOnly(true);
        m_fallbackPrepared = m_fallback.prepare(sql);
        if (!m_fallbackPrepared)
            m_error = m_fallback.lastError().text();
        return;
    }
#if EVENTDESK_SQLITE_FASTPATH
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_stmt = nullptr;
    }
#endif
}

SqliteStatement::~SqliteStatement()
{
#if EVENTDESK_SQLITE_FASTPATH
    sqlite3_finalize(m_stmt);
#endif
}

#if EVENTDESK_SQLITE_FASTPATH
namespace
{
// Binds through the handle; only called when the statement has one.
void bindText(sqlite3_stmt *stmt, QList<QByteArray> &texts, int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(stmt, index + 1);
        return;
    }
    if (index >= texts.size())
        texts.resize(index + 1);
    // ASCII (most of what is imported) is copied into the buffer the index already has; other text is
    // encoded by Qt.
    QByteArray &utf8 = texts[index];
    const qsizetype n = value.size();
    const QChar *src = value.constData();
    utf8.resize(n);
    char *dst = utf8.data();
    qsizetype i = 0;
    for (; i < n && src[i].unicode() < 0x80; ++i)
        dst[i] = char(src[i].unicode());
    if (i < n)
        utf8 = value.toUtf8();
    sqlite3_bind_text(stmt, index + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void bindVariant(sqlite3_stmt *stmt, QList<QByteArray> &texts, int index, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(stmt, index + 1);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(stmt, index + 1, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(stmt, index + 1, value.toDouble());
        break;
    default:
        bindText(stmt, texts, index, value.toString());
        break;
    }
}
} // namespace
#endif

void SqliteStatement::bindUtf8(int index, std::string_view utf8)
{
#if EVENTDESK_SQLITE_FASTPATH
    if (m_stmt) {
        // Copied by SQLite: the text is usually a view into a reader that moves on.
        sqlite3_bind_text(m_stmt, index + 1, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
        return;
    }
#endif
    m_fallback.bindValue(index, QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

void SqliteStatement::bind(int index, const QString &value)
{
#if EVENTDESK_SQLITE_FASTPATH
    if (m_stmt) {
        bindText(m_stmt, m_text, index, value);
        return;
    }
#endif
    m_fallback.bindValue(index, value);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
#if EVENTDESK_SQLITE_FASTPATH
    if (m_stmt) {
        bindVariant(m_stmt, m_text, index, value);
        return;
    }
#endif
    m_fallback.bindValue(index, value);
}

bool SqliteStatement::exec()
{
#if EVENTDESK_SQLITE_FASTPATH
    if (m_stmt) {
        const int rc = sqlite3_step(m_stmt);
        const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
        if (!ok)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return ok;
    }
#endif
    const bool ok = m_fallbackPrepared && m_fallback.exec();
    if (!ok)
        m_error = m_fallback.lastError().text();
    return ok;
}

bool SqliteStatement::next()
{
#if EVENTDESK_SQLITE_FASTPATH
    if (m_stmt) {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return false;
    }
#endif
    if (!m_fallbackReading) {
        if (!m_fallbackPrepared)
            return false; // m_error says why
        if (!m_fallback.exec()) {
            m_error = m_fallback.lastError().text();
            return false;
        }
        m_fallbackReading = true;
    }
    if (m_fallback.next())
        return true;
    m_fallbackReading = false;
    if (m_fallback.lastError().isValid())
        m_error = m_fallback.lastError().text();
    return false;
}

bool SqliteStatement::isNull(int column) const
{
#if EVENTDESK_SQLITE_FASTPATH
    if (m_stmt)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
#endif
    return m_fallback.isNull(column);
}

qint64 SqliteStatement::int64(int column) const
{
#if EVENTDESK_SQLITE_FASTPATH
    if (m_stmt)
        return sqlite3_column_int64(m_stmt, column);
#endif
    return m_fallback.value(column).toLongLong();
}

QByteArray SqliteStatement::utf8(int column) const
{
#if EVENTDESK_SQLITE_FASTPATH
    if (m_stmt) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return text ? QByteArray(text, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
    }
#endif
    return m_fallback.value(column).toString().toUtf8();
}

QString SqliteStatement::text(int column) const
{
#if EVENTDESK_SQLITE_FASTPATH
    if (m_stmt) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
#endif
    return m_fallback.value(column).toString();
}

} // namespace EventDesk
