// libFuzzer targets for the schedule importers (FrabXmlReader with SCHEDULE_FUZZ_XML, C3vocJsonReader
// otherwise). Checks that reading never crashes or hangs, that a refusal always carries a sentence, and that
// what is read is consistent: unique session ids, every session scheduled with a positive duration, every
// reference pointing at a record of the file.
#include "io/c3vocjsonreader.h"
#include "io/frabxmlreader.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace EventDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#ifdef SCHEDULE_FUZZ_XML
    auto file = FrabXmlReader::read(bytes);
#else
    auto file = C3vocJsonReader::read(bytes);
#endif
    if (!file) {
        if (file.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const ScheduleData &d = file.value().data;
    QSet<QUuid> rooms, tracks, speakers, sessions;
    for (const Room &r : d.rooms)
        rooms.insert(r.meta.id);
    for (const Track &t : d.tracks)
        tracks.insert(t.meta.id);
    for (const Speaker &s : d.speakers)
        speakers.insert(s.meta.id);
    for (const Session &s : d.sessions) {
        if (sessions.contains(s.meta.id) || s.meta.id.isNull())
            std::abort();
        sessions.insert(s.meta.id);
        if (!s.start.isValid() || s.durationMinutes <= 0 || !rooms.contains(s.roomId))
            std::abort();
        if (!s.trackId.isNull() && !tracks.contains(s.trackId))
            std::abort();
        for (const QUuid &id : s.speakerIds)
            if (!speakers.contains(id))
                std::abort();
    }
    return 0;
}
