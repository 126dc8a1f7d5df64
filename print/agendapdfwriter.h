#pragma once

#include "io/agendahtmlwriter.h"

#include <functional>

namespace EventDesk
{

// The printable agenda as PDF: AgendaHtmlWriter's HTML laid out by QTextDocument on A4 pages through
// QPdfWriter, with a CJK-capable font for Chinese, Japanese and Korean text. Needs a QGuiApplication (the
// offscreen platform is enough). The file is written through AtomicFile.
class AgendaPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::AgendaPdfWriter)

public:
    // Returns the number of pages. cancelled() is asked between the steps.
    static Result<int> write(const ScheduleData &data, const AgendaHtmlWriter::Options &options,
                             const QString &path, const std::function<bool()> &cancelled = {});
    static Result<QByteArray> render(const ScheduleData &data, const AgendaHtmlWriter::Options &options,
                                     int *pages = nullptr, const std::function<bool()> &cancelled = {});
};

} // namespace EventDesk
