// File dialogs open where the organizer last picked a file, else in Documents (never in the folder the
// program was started from).
#include "common/filelocations.h"
#include "settings.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{
class FileLocationsTest : public ::testing::Test
{
protected:
    void SetUp() override { Settings::remove(Settings::Key::LastFileFolder); }
    void TearDown() override { Settings::remove(Settings::Key::LastFileFolder); }
};
} // namespace

TEST_F(FileLocationsTest, TheFirstDialogOpensInDocumentsThenWhereTheLastPickWas)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    ASSERT_FALSE(documents.isEmpty());
    EXPECT_EQ(FileLocations::start(), documents);
    EXPECT_EQ(FileLocations::start(u"participants.csv"_s), documents + u"/participants.csv"_s);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FileLocations::rememberFile(dir.filePath(u"Downloads/attendees.csv"_s));
    EXPECT_EQ(FileLocations::start(), dir.filePath(u"Downloads"_s));
    EXPECT_EQ(FileLocations::start(u"reply.eml"_s), dir.filePath(u"Downloads/reply.eml"_s));

    FileLocations::rememberFolder(dir.filePath(u"Messages/"_s));
    EXPECT_EQ(FileLocations::start(u"dashboard.pdf"_s), dir.filePath(u"Messages/dashboard.pdf"_s));

    // A cancelled dialog (no path) leaves the place as it was.
    FileLocations::rememberFile({});
    FileLocations::rememberFolder({});
    EXPECT_EQ(FileLocations::start(), dir.filePath(u"Messages"_s));
}
