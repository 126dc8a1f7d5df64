#pragma once

#include "chatresponse.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace EventDesk
{

// Answers to deterministic requests, in a SQLite file of its own (not the workspace), keyed by a SHA-256 of
// the normalised request. Entries expire after the TTL; the least recently used go when the size cap is hit.
class ResponseCache
{
public:
    // path empty: the file in QStandardPaths::CacheLocation.
    explicit ResponseCache(const QString &path = {}, qint64 ttlSeconds = 7 * 24 * 3600,
                           qint64 maxBytes = 50LL * 1024 * 1024);
    ~ResponseCache();
    ResponseCache(const ResponseCache &) = delete;
    ResponseCache &operator=(const ResponseCache &) = delete;

    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Stream flags do not change the answer, so they are left out of the key.
    static QByteArray keyFor(const QUrl &endpoint, const QJsonObject &body);
    std::optional<ChatResponse> get(const QByteArray &key);
    void put(const QByteArray &key, const ChatResponse &response);
    void remove(const QByteArray &key);
    qint64 totalBytes() const;
    int entryCount() const;
    void clear();

    static QJsonObject toJson(const ChatResponse &r);
    static ChatResponse fromJson(const QJsonObject &o);

private:
    void prune();

    QString m_path;
    QString m_connection;
    qint64 m_ttl;
    qint64 m_maxBytes;
    bool m_open = false;
    std::function<QDateTime()> m_clock;
};

} // namespace EventDesk
