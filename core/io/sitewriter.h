#pragma once

#include "scheduleselection.h"

#include <functional>

namespace EventDesk
{

// The static schedule site: a folder of HTML, CSS and a little JavaScript that works from disk, with no
// server and nothing loaded from elsewhere. index.html lists the days with filters by day, track and room,
// a search and a "my agenda" star kept in the browser's localStorage; each session has its own page; rooms,
// tracks and speakers have theirs, with .ics calendars (IcsWriter) for the whole event, each room, track,
// speaker and session. The page templates, CSS and script are Qt resources (resources/site/).
class SiteWriter
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::SiteWriter)

public:
    struct Options {
        QString language; // BCP 47 for <html lang>; empty: the sessions' most common language
    };
    // (files written, files in all); returning false cancels.
    using Progress = std::function<bool(int, int)>;

    // Writes into folder (made if missing). A folder that has files but is not an earlier EventDesk site is
    // refused, so nothing of the user's is overwritten. Each file is written atomically. Returns the number
    // of files.
    static Result<int> write(const ScheduleData &data, const QString &folder, const Options &options = {},
                             const Progress &progress = {});
    // The language the site declares: options.language, else the sessions' most common one, else "en".
    static QString siteLanguage(const ScheduleData &data, const QString &requested = {});
};

} // namespace EventDesk
