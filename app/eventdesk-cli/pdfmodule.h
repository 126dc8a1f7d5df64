#pragma once

#include "pdfentrypoints.h"

class QCoreApplication;

namespace EventDesk
{

// The eventdesk_pdf module (print/pdfentrypoints.h), loaded only for `export --format pdf` so that
// eventdesk-cli does not link QtGui. It is looked for beside the program (the build tree, Windows, the macOS
// bundle), then in the installed folder (LIBDIR/eventdesk on Linux).
class PdfModule
{
public:
    // Loads the module; called before any application object exists, so the program's folder comes from
    // the system (or argv0). False, with error() set, when it is missing or is not ours.
    static bool load(const char *argv0);
    static bool isLoaded();
    static Error error();
    // A QGuiApplication, or nullptr when the module is not loaded. The caller owns it.
    static QCoreApplication *createApplication(int &argc, char **argv);
    // AgendaPdfWriter::write through the module (loaded now if need be); the load error when it is missing.
    static Result<int> writeAgenda(const ScheduleData &data, const AgendaHtmlWriter::Options &options,
                                   const QString &path);
    static QString programDir(const char *argv0);
};

} // namespace EventDesk
