#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace EventDesk
{

// One dispatched Server-Sent Event.
struct SseEvent {
    QByteArray event; // empty means "message"
    QByteArray data;  // data lines joined with '\n'
    QByteArray id;
};

// A byte-level incremental parser for text/event-stream (WHATWG rules): feed it chunks split anywhere,
// including inside a UTF-8 sequence or between '\r' and '\n'. It knows nothing of the network.
// Lines longer than maxLineBytes, or an event larger than maxEventBytes, put it in the overflow state.
class SseParser
{
public:
    using Handler = std::function<void(const SseEvent &)>;

    explicit SseParser(Handler handler, qsizetype maxLineBytes = 1 << 20, qsizetype maxEventBytes = 8 << 20);

    // Returns false once a cap was exceeded; later input is ignored.
    bool feed(QByteArrayView bytes);
    // End of stream: a trailing line without its terminator is processed, a pending event is dropped
    // (the spec discards an event that was not terminated by a blank line). Returns whether one was pending.
    bool finish();

    bool overflowed() const { return m_overflow; }
    qsizetype bufferedBytes() const { return m_line.size() + m_data.size(); }
    const QByteArray &lastEventId() const { return m_lastId; }
    void reset();

private:
    void processLine(QByteArrayView line);
    void dispatch();

    Handler m_handler;
    qsizetype m_maxLine;
    qsizetype m_maxEvent;
    QByteArray m_line;
    QByteArray m_event;
    QByteArray m_data;
    QByteArray m_lastId;
    bool m_hasData = false;
    bool m_pendingFields = false;
    bool m_skipLf = false; // the previous chunk ended with '\r'
    bool m_overflow = false;
};

} // namespace EventDesk
