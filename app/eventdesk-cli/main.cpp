// eventdesk-cli: the headless command line. Core only, no Widgets; `export --format pdf` alone runs on a
// QGuiApplication (offscreen) for QPdfWriter and the fonts.
#include "buildinfo.h"
#include "clirunner.h"
#include "publishformats.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    if (EventDesk::publishNeedsGuiApplication(rawArgs)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("EventDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("EventDesk"));
    QCoreApplication::setApplicationVersion(EventDesk::BuildInfo::version());
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
