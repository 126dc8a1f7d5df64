// The publishing formats of File › Import… and File › Export… (iCalendar, site, agenda, backup).
#include "interopformats.h"

namespace EventDesk
{

QList<GuiImportFormat> publishGuiImportFormats()
{
    return {};
}

QList<GuiExportFormat> publishGuiExportFormats()
{
    return {};
}

} // namespace EventDesk
