// GoogleTest main for print/: a QGuiApplication (fonts, QPdfWriter) without Widgets, offscreen by default.
#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EventDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("eventdesk-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
