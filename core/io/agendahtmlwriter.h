#pragma once

#include "scheduleselection.h"

namespace EventDesk
{

// The printable agenda as print-ready HTML: one page per day (every room, in time order) or one page per room
// and day (for the door), in the event's language. A browser prints it as it is; AgendaPdfWriter lays the
// same HTML out with QTextDocument, so the two always agree.
class AgendaHtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::AgendaHtmlWriter)

public:
    enum class Layout { PerDay, PerRoom };
    struct Options {
        Layout layout = Layout::PerDay;
        ScheduleFilter filter;
        QString language; // for <html lang> and dates; empty: SiteWriter::siteLanguage
    };

    static QString html(const ScheduleData &data, const Options &options);
    // The number of pages the agenda asks for (one per day, or per room and day).
    static int pageCount(const ScheduleData &data, const Options &options);
    static QString language(const ScheduleData &data, const Options &options);
};

} // namespace EventDesk
