#pragma once

#include "schedulefile.h"

namespace EventDesk
{

// Reads a frab / pretalx / CCC hub schedule.xml leniently: unknown elements are skipped, link and
// attachment elements with child elements are understood, persons may have an id, a guid or only a name,
// dates may carry different offsets. It refuses, with one sentence naming the line: XML that is not
// well-formed, a DTD that declares entities (expansion bombs, external entities), an event without a
// usable date or duration, and two events with one guid. Nothing is partly read.
class FrabXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::FrabXmlReader)

public:
    static Result<ScheduleFile> read(const QByteArray &bytes);
    // Whether the first bytes of a file look like a schedule.xml.
    static bool looksLike(const QByteArray &head);
};

} // namespace EventDesk
