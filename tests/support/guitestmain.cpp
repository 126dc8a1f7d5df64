// GoogleTest main for GUI tests: an offscreen QApplication, and settings in a throwaway test location.
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir config; // QSettings of the tests never touch the user's
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    // Test mode puts QSettings in ~/.qttest, shared by test processes running in parallel (ctest -j): each
    // process keeps its settings in its own folder instead.
    for (auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, config.path());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EventDeskTests"));
    QApplication::setApplicationName(QStringLiteral("eventdesk-gui-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
