#pragma once

#include "chatresponse.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

namespace EventDesk
{

class ResponseCache;

// The response cache off the calling thread: a thread of its own opens the ResponseCache (its own SQLite
// connection) and looks answers up and stores them there, so a window's requests never wait on the file.
// Answers come back on the thread this object lives on (the GUI thread).
class ResponseCacheWorker : public QObject
{
    Q_OBJECT

public:
    using Lookup = std::function<void(std::optional<ChatResponse>)>;

    // path empty: ResponseCache's default file.
    explicit ResponseCacheWorker(const QString &path = {}, QObject *parent = nullptr);
    ~ResponseCacheWorker() override; // finishes the queued work, then closes the cache on its thread

    // done(answer or nullopt) runs on this object's thread, if context still exists then.
    void get(const QByteArray &key, QObject *context, Lookup done);
    void put(const QByteArray &key, const ChatResponse &response);
    void remove(const QByteArray &key);
    // For tests: the number of entries, read on the cache's thread (this thread waits).
    int entryCount();

private:
    QThread m_thread;
    QObject *m_home = nullptr;        // lives on m_thread
    ResponseCache *m_cache = nullptr; // created and used on m_thread only
};

} // namespace EventDesk
