// The publishing formats of `eventdesk-cli import` and `export` (iCalendar, site, agenda, backup).
#include "interopformats.h"

namespace EventDesk
{

QList<CliImportFormat> publishImportFormats()
{
    return {};
}

QList<CliExportFormat> publishExportFormats()
{
    return {};
}

} // namespace EventDesk
