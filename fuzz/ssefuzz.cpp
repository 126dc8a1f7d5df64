// libFuzzer target for SseParser: arbitrary bytes, fed whole and in fuzzer-chosen chunks, must never crash,
// must respect the caps, and must dispatch the same events however the input is split.
#include "llm/sseparser.h"

#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace EventDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView all(reinterpret_cast<const char *>(data), qsizetype(size));
    constexpr qsizetype kLine = 256, kEvent = 1024;

    QList<SseEvent> whole;
    SseParser a([&](const SseEvent &e) { whole.append(e); }, kLine, kEvent);
    const bool okWhole = a.feed(all);
    if (a.bufferedBytes() > kLine + kEvent)
        std::abort();

    // The first byte chooses the chunk size for a second pass.
    const qsizetype step = qsizetype(data[0] % 7) + 1;
    QList<SseEvent> chunked;
    SseParser b([&](const SseEvent &e) { chunked.append(e); }, kLine, kEvent);
    bool okChunked = true;
    for (qsizetype pos = 0; pos < all.size() && okChunked; pos += step)
        okChunked = b.feed(all.sliced(pos, qMin(step, all.size() - pos)));
    if (okWhole && okChunked) {
        if (whole.size() != chunked.size())
            std::abort();
        for (qsizetype i = 0; i < whole.size(); ++i)
            if (whole[i].data != chunked[i].data || whole[i].event != chunked[i].event ||
                whole[i].id != chunked[i].id)
                std::abort();
    }
    for (const SseEvent &e : whole)
        if (e.data.size() > kEvent)
            std::abort();
    a.finish();
    b.finish();
    return 0;
}
