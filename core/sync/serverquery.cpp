#include "serverquery.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <atomic>

#if EVENTDESK_LIBPQ_FASTPATH
#include <libpq-fe.h>
#endif

namespace EventDesk
{

namespace
{
std::atomic<bool> g_fastPathEnabled{true};

// ? -> $1, $2, … (our statements have no ? inside literals).
QByteArray numbered(const QString &sql)
{
    QByteArray out;
    int n = 0;
    for (const char c : sql.toUtf8()) {
        if (c == '?')
            out += '$' + QByteArray::number(++n);
        else
            out += c;
    }
    return out;
}
} // namespace

bool ServerQuery::fastPathCompiled()
{
#if EVENTDESK_LIBPQ_FASTPATH
    return true;
#else
    return false;
#endif
}

void ServerQuery::setFastPathEnabled(bool enabled)
{
    g_fastPathEnabled = enabled;
}

bool ServerQuery::fastPathEnabled()
{
    return fastPathCompiled() && g_fastPathEnabled;
}

namespace
{
pg_conn *connectionOf(const QSqlDatabase &db)
{
#if EVENTDESK_LIBPQ_FASTPATH
    const QVariant handle =
        ServerQuery::fastPathEnabled() && db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the type after libpq's struct; Qt 5 used the typedef.
    if (handle.isValid() &&
        (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
        return *static_cast<pg_conn *const *>(handle.constData());
#else
    Q_UNUSED(db);
#endif
    return nullptr;
}
} // namespace

bool ServerQuery::canCopy(const QSqlDatabase &db)
{
    return connectionOf(db) != nullptr;
}

namespace
{
#if EVENTDESK_LIBPQ_FASTPATH
QString errorOf(pg_conn *conn, PGresult *r)
{
    QString error = QString::fromUtf8(r ? PQresultErrorMessage(r) : "").trimmed();
    return error.isEmpty() ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : error;
}
#endif

QString noHandle()
{
    return QStringLiteral("COPY needs libpq under Qt's driver");
}
} // namespace

bool ServerQuery::copyBegin(const QSqlDatabase &db, const QString &copyStatement, QString *error)
{
    pg_conn *conn = connectionOf(db);
    if (!conn) {
        *error = noHandle();
        return false;
    }
#if EVENTDESK_LIBPQ_FASTPATH
    PGresult *start = PQexec(conn, copyStatement.toUtf8().constData());
    const bool ok = PQresultStatus(start) == PGRES_COPY_IN;
    if (!ok)
        *error = errorOf(conn, start);
    PQclear(start);
    return ok;
#else
    Q_UNUSED(copyStatement);
    return false;
#endif
}

bool ServerQuery::copyPut(const QSqlDatabase &db, const QByteArray &rows, QString *error)
{
    pg_conn *conn = connectionOf(db);
    if (!conn) {
        *error = noHandle();
        return false;
    }
#if EVENTDESK_LIBPQ_FASTPATH
    constexpr qsizetype kChunk = 1 << 20;
    for (qsizetype from = 0; from < rows.size(); from += kChunk)
        if (PQputCopyData(conn, rows.constData() + from, int(std::min(kChunk, rows.size() - from))) != 1) {
            *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
            return false;
        }
    return true;
#else
    Q_UNUSED(rows);
    return false;
#endif
}

bool ServerQuery::copyEnd(const QSqlDatabase &db, QString *error, const char *abortReason)
{
    pg_conn *conn = connectionOf(db);
    if (!conn) {
        *error = noHandle();
        return false;
    }
#if EVENTDESK_LIBPQ_FASTPATH
    bool ok = PQputCopyEnd(conn, abortReason) == 1;
    if (!ok)
        *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    while (PGresult *r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && ok) {
            *error = errorOf(conn, r);
            ok = false;
        }
        PQclear(r);
    }
    return ok && !abortReason;
#else
    Q_UNUSED(abortReason);
    return false;
#endif
}

ServerQuery::ServerQuery(const QSqlDatabase &db, const QString &sql) : m_fallback(db)
{
    m_conn = connectionOf(db);
    if (m_conn) {
        m_sql = numbered(sql);
        return;
    }
    m_fallback.setForwardOnly(true);
    m_prepared = m_fallback.prepare(sql);
    if (!m_prepared)
        m_error = m_fallback.lastError().text();
}

ServerQuery::~ServerQuery()
{
    drain();
    clearResult();
}

void ServerQuery::clearResult()
{
#if EVENTDESK_LIBPQ_FASTPATH
    PQclear(m_result);
#endif
    m_result = nullptr;
    m_rows = 0;
    m_row = -1;
}

void ServerQuery::bind(const QByteArray &utf8)
{
    if (m_conn) {
        m_params.append(utf8);
        return;
    }
    m_fallback.addBindValue(utf8.isNull() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(QString::fromUtf8(utf8)));
}

bool ServerQuery::exec()
{
    return send() && receive();
}

bool ServerQuery::send()
{
    drain();
    clearResult();
    if (!m_conn && !m_prepared)
        return false; // the error of prepare() stays
    m_error.clear();
    m_sent = true;
    if (!m_conn)
        return true; // QSqlQuery runs it in receive()
#if EVENTDESK_LIBPQ_FASTPATH
    QList<const char *> values;
    QList<int> lengths;
    for (const QByteArray &p : std::as_const(m_params)) {
        values.append(p.isNull() ? nullptr : p.constData());
        lengths.append(int(p.size()));
    }
    const bool sent = PQsendQueryParams(m_conn, m_sql.constData(), int(values.size()), nullptr,
                                        values.constData(), lengths.constData(), nullptr, 0) == 1;
    m_params.clear();
    if (!sent) {
        m_sent = false;
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    }
    return sent;
#else
    return false;
#endif
}

bool ServerQuery::receive()
{
    if (!m_sent)
        return false;
    m_sent = false;
    if (!m_conn) {
        m_fallback.finish();
        if (!m_fallback.exec()) {
            m_error = m_fallback.lastError().text();
            return false;
        }
        return true;
    }
#if EVENTDESK_LIBPQ_FASTPATH
    // One statement gives one result, then null; an error may come as a result or only on the connection.
    while (PGresult *r = PQgetResult(m_conn)) {
        if (m_result)
            PQclear(r);
        else
            m_result = r;
    }
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        m_error =
            QString::fromUtf8(m_result ? PQresultErrorMessage(m_result) : PQerrorMessage(m_conn)).trimmed();
        clearResult();
        return false;
    }
    m_rows = PQntuples(m_result);
    return true;
#else
    return false;
#endif
}

void ServerQuery::drain()
{
    if (!m_sent)
        return;
    m_sent = false;
#if EVENTDESK_LIBPQ_FASTPATH
    if (m_conn)
        while (PGresult *r = PQgetResult(m_conn))
            PQclear(r);
#endif
}

bool ServerQuery::next()
{
    if (!m_conn)
        return m_fallback.next();
    if (m_row + 1 >= m_rows)
        return false;
    ++m_row;
    return true;
}

QByteArray ServerQuery::value(int column) const
{
    if (!m_conn) {
        const QVariant v = m_fallback.value(column);
        return v.isNull() ? QByteArray() : v.toString().toUtf8();
    }
#if EVENTDESK_LIBPQ_FASTPATH
    if (PQgetisnull(m_result, m_row, column))
        return {};
    return QByteArray(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
#else
    return {};
#endif
}

bool ServerQuery::isNull(int column) const
{
    if (!m_conn)
        return m_fallback.isNull(column);
#if EVENTDESK_LIBPQ_FASTPATH
    return PQgetisnull(m_result, m_row, column);
#else
    return true;
#endif
}

} // namespace EventDesk
