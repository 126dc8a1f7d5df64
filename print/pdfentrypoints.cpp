// The eventdesk_pdf module's exported functions (see pdfentrypoints.h); everything else in the module is
// hidden.
#include "pdfentrypoints.h"

#include "agendapdfwriter.h"

#include <QGuiApplication>

using namespace EventDesk;

extern "C" Q_DECL_EXPORT QCoreApplication *eventdeskPdfCreateApplication(int &argc, char **argv)
{
    return new QGuiApplication(argc, argv);
}

extern "C" Q_DECL_EXPORT void eventdeskPdfWriteAgenda(const ScheduleData &data,
                                                      const AgendaHtmlWriter::Options &options,
                                                      const QString &path, Result<int> *result)
{
    *result = AgendaPdfWriter::write(data, options, path);
}

// The signatures above are the ones eventdesk-cli resolves.
static_assert(std::is_same_v<decltype(&eventdeskPdfCreateApplication), PdfEntryPoints::CreateApplication>);
static_assert(std::is_same_v<decltype(&eventdeskPdfWriteAgenda), PdfEntryPoints::WriteAgenda>);
