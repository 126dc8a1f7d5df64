// eventdesk: the GUI. Builds the objects, opens the workspace off the GUI thread, shows the window.
#include "buildinfo.h"
#include "commands/command.h"
#include "common/translations.h"
#include "events/eventlistmodel.h"
#include "mainwindow/mainwindow.h"
#include "settings.h"
#include "storage/storageworker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QUndoStack>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace EventDesk;

int main(int argc, char *argv[])
{
    // --version answers without a display (QApplication needs one): over SSH, in scripts, in package tests.
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("EventDesk %s\n", qPrintable(BuildInfo::version()));
            return 0;
        }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"EventDesk"_s);
    QApplication::setApplicationName(u"EventDesk"_s);
    QApplication::setApplicationVersion(BuildInfo::version());
    QApplication::setDesktopFileName(u"io.eventdesk.EventDesk"_s); // its icon and name in the desktop shell

    QCommandLineParser parser;
    parser.setApplicationDescription(u"EventDesk — plan events, schedules and registrations."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, u"Workspace file (default: $EVENTDESK_DB or the app-data folder)."_s, u"PATH"_s);
    const QCommandLineOption demoOption(u"demo"_s, u"Start with the sample conference."_s);
    const QCommandLineOption langOption(u"lang"_s, u"Interface language: en or zh_CN."_s, u"CODE"_s);
    // For package tests: open the workspace, show the window, quit as soon as the event list has loaded.
    const QCommandLineOption smokeOption(
        u"smoke"_s, u"Open the window, load the workspace and quit at once (exit code 0 when it loaded)."_s);
    parser.addOptions({dbOption, demoOption, langOption, smokeOption});
    parser.process(app);
    installTranslations(parser.value(langOption));

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Settings::defaultWorkspacePath();
    StorageWorker worker;
    QUndoStack undoStack;
    Command::setContext(&undoStack, &worker);
    std::unique_ptr<MainWindow> window;
    const bool demo = parser.isSet(demoOption);

    // Status changes are recorded with who made them: the person logged in to this computer.
    const QString actor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    worker.run(
        &app,
        [path, actor](EventStore &s) {
            s.setActor(actor);
            return s.open(path);
        },
        [&](const Result<void> &opened) {
            if (!opened) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "EventDesk"),
                                      opened.error().message);
                QApplication::exit(1);
                return;
            }
            window = std::make_unique<MainWindow>(worker);
            window->setWindowFilePath(QDir::toNativeSeparators(path));
            if (demo) {
                QObject::connect(
                    window->eventModel(), &EventListModel::loaded, window.get(),
                    [&window] {
                        static bool done = false;
                        if (done)
                            return;
                        done = true;
                        if (window->eventModel()->rowCount() == 0)
                            window->loadSampleEvent();
                    },
                    Qt::QueuedConnection);
            }
            if (parser.isSet(smokeOption)) {
                QObject::connect(
                    window->eventModel(), &EventListModel::loaded, &app, [] { QApplication::exit(0); },
                    Qt::QueuedConnection);
                QObject::connect(window->eventModel(), &EventListModel::loadFailed, &app,
                                 [](const QString &message) {
                                     qWarning("%s", qPrintable(message));
                                     QApplication::exit(1);
                                 });
            }
            window->show();
        });
    const int code = QApplication::exec();
    window.reset();
    return code;
}
