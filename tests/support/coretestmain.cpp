// GoogleTest main for headless core tests: a QCoreApplication so Qt Sql and signals work.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EventDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("eventdesk-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
