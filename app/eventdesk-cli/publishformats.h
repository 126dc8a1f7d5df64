#pragma once

#include <QStringList>

namespace EventDesk
{

// Whether these command-line arguments (without the program name) need a QGuiApplication: only
// `export --format pdf` does, for QPdfWriter and the font database. main() then has the eventdesk_pdf module
// (pdfmodule.h) make one on the offscreen platform; every other command runs on a plain QCoreApplication.
bool publishNeedsGuiApplication(const QStringList &arguments);

} // namespace EventDesk
