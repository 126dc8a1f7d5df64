// eventdesk-cli: the headless command line. Core only; no Widgets.
#include "clirunner.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EventDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("EventDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVENTDESK_VERSION));
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
