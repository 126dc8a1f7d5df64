#include "responsecache.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace EventDesk
{

ResponseCache::ResponseCache(const QString &path, qint64 ttlSeconds, qint64 maxBytes)
    : m_path(path), m_ttl(ttlSeconds), m_maxBytes(maxBytes),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    if (m_path.isEmpty())
        m_path = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                     .filePath(u"llm-cache.sqlite"_s);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_connection = u"eventdesk-llm-cache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        qCWarning(lcLlm) << "cache open failed" << db.lastError().text();
        return;
    }
    QSqlQuery q(db);
    q.exec(u"PRAGMA journal_mode=WAL"_s);
    m_open = q.exec(u"CREATE TABLE IF NOT EXISTS llm_cache (key TEXT PRIMARY KEY, value BLOB NOT NULL, "
                    "created INTEGER NOT NULL, used INTEGER NOT NULL, size INTEGER NOT NULL)"_s);
    if (!m_open)
        qCWarning(lcLlm) << "cache schema failed" << q.lastError().text();
}

ResponseCache::~ResponseCache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QByteArray ResponseCache::keyFor(const QUrl &endpoint, const QJsonObject &body)
{
    QJsonObject normal = body;
    normal.remove(u"stream"_s);
    normal.remove(u"stream_options"_s);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toEncoded());
    hash.addData(QByteArrayView("\n"));
    hash.addData(QJsonDocument(normal).toJson(QJsonDocument::Compact)); // QJsonObject keeps keys sorted
    return hash.result().toHex();
}

QJsonObject ResponseCache::toJson(const ChatResponse &r)
{
    QJsonArray calls;
    for (const ToolCall &c : r.toolCalls)
        calls.append(QJsonObject{
            {u"index"_s, c.index}, {u"id"_s, c.id}, {u"name"_s, c.name}, {u"arguments"_s, c.arguments}});
    return {{u"text"_s, r.text}, {u"model"_s, r.model},          {u"finish"_s, r.finishReason},
            {u"tools"_s, calls}, {u"in"_s, r.usage.inputTokens}, {u"out"_s, r.usage.outputTokens}};
}

ChatResponse ResponseCache::fromJson(const QJsonObject &o)
{
    ChatResponse r;
    r.text = o.value(u"text"_s).toString();
    r.model = o.value(u"model"_s).toString();
    r.finishReason = o.value(u"finish"_s).toString();
    for (const QJsonValue &v : o.value(u"tools"_s).toArray()) {
        const QJsonObject c = v.toObject();
        r.toolCalls.append({c.value(u"index"_s).toInt(), c.value(u"id"_s).toString(),
                            c.value(u"name"_s).toString(), c.value(u"arguments"_s).toString()});
    }
    r.usage.inputTokens = o.value(u"in"_s).toInteger();
    r.usage.outputTokens = o.value(u"out"_s).toInteger();
    r.usage.known = true;
    return r;
}

std::optional<ChatResponse> ResponseCache::get(const QByteArray &key)
{
    if (!m_open)
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const qint64 now = m_clock().toSecsSinceEpoch();
    QSqlQuery q(db);
    q.prepare(u"SELECT value, created FROM llm_cache WHERE key = ?"_s);
    q.addBindValue(QString::fromLatin1(key));
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (now - q.value(1).toLongLong() > m_ttl) {
        QSqlQuery del(db);
        del.prepare(u"DELETE FROM llm_cache WHERE key = ?"_s);
        del.addBindValue(QString::fromLatin1(key));
        del.exec();
        return std::nullopt;
    }
    ChatResponse r = fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    QSqlQuery touch(db);
    touch.prepare(u"UPDATE llm_cache SET used = ? WHERE key = ?"_s);
    touch.addBindValue(now);
    touch.addBindValue(QString::fromLatin1(key));
    touch.exec();
    r.fromCache = true;
    r.usage = TokenUsage{}; // a cached answer costs nothing
    return r;
}

void ResponseCache::put(const QByteArray &key, const ChatResponse &response)
{
    if (!m_open)
        return;
    const QByteArray value = QJsonDocument(toJson(response)).toJson(QJsonDocument::Compact);
    if (value.size() > m_maxBytes)
        return;
    const qint64 now = m_clock().toSecsSinceEpoch();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT OR REPLACE INTO llm_cache (key, value, created, used, size) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(value);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(qint64(value.size()));
    if (!q.exec())
        qCWarning(lcLlm) << "cache write failed" << q.lastError().text();
    prune();
}

void ResponseCache::prune()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM llm_cache WHERE created < ?"_s);
    q.addBindValue(m_clock().toSecsSinceEpoch() - m_ttl);
    q.exec();
    while (totalBytes() > m_maxBytes) {
        QSqlQuery del(db);
        if (!del.exec(
                u"DELETE FROM llm_cache WHERE key = (SELECT key FROM llm_cache ORDER BY used, created LIMIT 1)"_s) ||
            del.numRowsAffected() <= 0)
            break;
    }
}

qint64 ResponseCache::totalBytes() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"SELECT COALESCE(SUM(size), 0) FROM llm_cache"_s) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

int ResponseCache::entryCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"SELECT COUNT(*) FROM llm_cache"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

void ResponseCache::remove(const QByteArray &key)
{
    if (!m_open)
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"DELETE FROM llm_cache WHERE key = ?"_s);
    q.addBindValue(QString::fromLatin1(key));
    if (!q.exec())
        qCWarning(lcLlm) << "cache write failed" << q.lastError().text();
}

void ResponseCache::clear()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(u"DELETE FROM llm_cache"_s);
}

} // namespace EventDesk
