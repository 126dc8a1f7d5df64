// eventdesk-cli: the headless command line. Core only, no Widgets, no QtGui; `export --format pdf` alone
// runs on a QGuiApplication (offscreen) for QPdfWriter and the fonts, made by the eventdesk_pdf module.
#include "buildinfo.h"
#include "clirunner.h"
#include "pdfmodule.h"
#include "publishformats.h"

#include <QCoreApplication>
#include <QTranslator>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    // Without the module, `export --format pdf` fails with PdfModule's error.
    if (EventDesk::publishNeedsGuiApplication(rawArgs) && EventDesk::PdfModule::load(argv[0])) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app.reset(EventDesk::PdfModule::createApplication(argc, argv));
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("EventDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("EventDesk"));
    QCoreApplication::setApplicationVersion(EventDesk::BuildInfo::version());
    // English plural forms for "%n …" messages (the command line speaks English).
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/eventdesk_cli_en")))
        QCoreApplication::installTranslator(&plurals);
    QTextStream out(stdout);
    QTextStream err(stderr);
    EventDesk::CliRunner runner(out, err);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int code = runner.run(args);
    out.flush();
    err.flush();
    return code;
}
