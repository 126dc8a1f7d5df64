#include "sseparser.h"

#include <cstring>

namespace EventDesk
{

SseParser::SseParser(Handler handler, qsizetype maxLineBytes, qsizetype maxEventBytes)
    : m_handler(std::move(handler)), m_maxLine(maxLineBytes), m_maxEvent(maxEventBytes)
{
}

void SseParser::reset()
{
    m_line.clear();
    m_event.clear();
    m_data.clear();
    m_lastId.clear();
    m_hasData = m_pendingFields = m_skipLf = m_overflow = false;
}

bool SseParser::feed(QByteArrayView bytes)
{
    if (m_overflow)
        return false;
    const char *p = bytes.data();
    const char *end = p + bytes.size();
    if (m_skipLf && p != end) {
        if (*p == '\n')
            ++p;
        m_skipLf = false;
    }
    while (p != end) {
        const char *cr = static_cast<const char *>(std::memchr(p, '\r', size_t(end - p)));
        const char *lf = static_cast<const char *>(std::memchr(p, '\n', size_t((cr ? cr : end) - p)));
        const char *eol = lf ? lf : cr;
        if (!eol) {
            if (m_line.size() + (end - p) > m_maxLine) {
                m_overflow = true;
                return false;
            }
            m_line.append(p, end - p);
            return true;
        }
        if (m_line.isEmpty()) {
            if (eol - p > m_maxLine) {
                m_overflow = true;
                return false;
            }
            processLine(QByteArrayView(p, eol - p));
        } else {
            if (m_line.size() + (eol - p) > m_maxLine) {
                m_overflow = true;
                return false;
            }
            m_line.append(p, eol - p);
            processLine(m_line);
            m_line.clear();
        }
        if (m_overflow)
            return false;
        p = eol + 1;
        if (*eol == '\r') {
            if (p == end)
                m_skipLf = true;
            else if (*p == '\n')
                ++p;
        }
    }
    return !m_overflow;
}

bool SseParser::finish()
{
    if (m_overflow)
        return false;
    if (!m_line.isEmpty()) {
        processLine(m_line);
        m_line.clear();
    }
    const bool pending = m_pendingFields;
    m_event.clear();
    m_data.clear();
    m_hasData = m_pendingFields = m_skipLf = false;
    return pending;
}

void SseParser::processLine(QByteArrayView line)
{
    if (line.isEmpty()) {
        dispatch();
        return;
    }
    if (line.front() == ':')
        return; // a comment, e.g. ": keep-alive" or ": OPENROUTER PROCESSING"
    qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value;
    if (colon >= 0) {
        value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1);
    }
    if (field == "data") {
        if (m_data.size() + value.size() + 1 > m_maxEvent) {
            m_overflow = true;
            return;
        }
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value.data(), value.size());
        m_hasData = true;
        m_pendingFields = true;
    } else if (field == "event") {
        m_event = value.toByteArray();
        m_pendingFields = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value.toByteArray();
        m_pendingFields = true;
    }
    // "retry" and unknown fields are ignored.
}

void SseParser::dispatch()
{
    m_pendingFields = false;
    if (!m_hasData) {
        m_event.clear();
        return;
    }
    SseEvent ev{std::move(m_event), std::move(m_data), m_lastId};
    m_event = QByteArray();
    m_data = QByteArray();
    m_hasData = false;
    if (m_handler)
        m_handler(ev);
}

} // namespace EventDesk
