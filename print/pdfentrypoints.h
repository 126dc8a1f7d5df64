#pragma once

#include "io/agendahtmlwriter.h"

class QCoreApplication;

// The entry points of the eventdesk_pdf module (print/CMakeLists.txt). eventdesk-cli loads the module with
// QLibrary only for `export --format pdf`, so the command line tool itself does not link QtGui: its ~20
// libraries would lengthen the start of every other command. This header includes nothing from QtGui.
namespace EventDesk::PdfEntryPoints
{

// Makes a QGuiApplication on argc and argv; the caller owns it.
using CreateApplication = QCoreApplication *(*)(int &argc, char **argv);
// AgendaPdfWriter::write(data, options, path) into *result.
using WriteAgenda = void (*)(const ScheduleData &data, const AgendaHtmlWriter::Options &options,
                             const QString &path, Result<int> *result);

inline constexpr char createApplicationName[] = "eventdeskPdfCreateApplication";
inline constexpr char writeAgendaName[] = "eventdeskPdfWriteAgenda";

} // namespace EventDesk::PdfEntryPoints
