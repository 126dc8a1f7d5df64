// SiteWriter: the static site is loaded from disk by a real browser (Debian's chromium, headless), which runs
// its script; the test checks the DOM it leaves (sessions shown, a filter from the URL) and a screenshot.
#include "io/sitewriter.h"
#include "storage/eventstore.h"
#include "storage/sampleconference.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{

QString chromium()
{
    return QStandardPaths::findExecutable(u"chromium"_s);
}

// Runs headless chromium on a page of the site with extra arguments; returns its standard output.
QString runChromium(const QString &profile, const QStringList &args)
{
    QProcess p;
    p.start(chromium(),
            QStringList{u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--no-first-run"_s,
                        u"--allow-file-access-from-files"_s, u"--user-data-dir="_s + profile} +
                args);
    EXPECT_TRUE(p.waitForFinished(60000)) << "chromium did not finish";
    return QString::fromUtf8(p.readAllStandardOutput());
}

int countMatches(const QString &text, const QString &pattern)
{
    int n = 0;
    auto it = QRegularExpression(pattern).globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

class SiteWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(store.open(ws.path()));
        auto id = SampleConference::create(store);
        ASSERT_TRUE(id);
        auto loaded = ScheduleSelection::load(store, id.value());
        ASSERT_TRUE(loaded);
        data = loaded.value();
        folder = ws.filePath(u"site"_s);
    }

    EventDesk::Test::TempWorkspace ws;
    EventStore store;
    ScheduleData data;
    QString folder;
};

} // namespace

TEST_F(SiteWriterTest, WritesPagesCalendarsAndNothingExternal)
{
    const QList<const Session *> sessions = ScheduleSelection::sessions(data);
    auto written = SiteWriter::write(data, folder, {u"zh-CN"_s});
    ASSERT_TRUE(written) << written.error().message.toStdString();
    QDir dir(folder);
    for (const char *f :
         {"index.html", "style.css", "app.js", "rooms.html", "tracks.html", "speakers.html", "schedule.ics"})
        EXPECT_TRUE(dir.exists(QString::fromLatin1(f))) << f;
    EXPECT_EQ(QDir(dir.filePath(u"sessions"_s)).entryList(QDir::Files).size(), sessions.size());
    EXPECT_TRUE(
        dir.exists(u"ics/room-"_s + data.rooms.first().meta.id.toString(QUuid::WithoutBraces) + u".ics"_s));
    QFile index(dir.filePath(u"index.html"_s));
    ASSERT_TRUE(index.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(index.readAll());
    EXPECT_TRUE(html.contains(u"<html lang=\"zh-CN\">"_s));
    EXPECT_EQ(countMatches(html, u"<article class=\"session\""_s), sessions.size());
    EXPECT_TRUE(html.contains(data.event.name.toHtmlEscaped()));
    // No server and nothing from elsewhere: no absolute URLs in any page, script or style sheet.
    for (const QString &name : dir.entryList({u"*.html"_s, u"*.css"_s, u"*.js"_s}, QDir::Files)) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        EXPECT_FALSE(text.contains(u"http://"_s) || text.contains(u"https://"_s) || text.contains(u"//cdn"_s))
            << name.toStdString();
    }
    // Writing again over its own site is fine; over someone else's files it is refused.
    EXPECT_TRUE(SiteWriter::write(data, folder));
    const QString other = ws.filePath(u"other"_s);
    ASSERT_TRUE(QDir().mkpath(other));
    QFile mine(other + u"/notes.txt"_s);
    ASSERT_TRUE(mine.open(QIODevice::WriteOnly));
    mine.close();
    auto refused = SiteWriter::write(data, other);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
}

TEST_F(SiteWriterTest, CancelStopsTheExport)
{
    auto result = SiteWriter::write(data, folder, {}, [](int done, int) { return done < 3; });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
}

TEST_F(SiteWriterTest, LanguageFollowsTheSessions)
{
    for (Session &s : data.sessions)
        s.language = u"zh"_s;
    EXPECT_EQ(SiteWriter::siteLanguage(data), u"zh"_s);
    EXPECT_EQ(SiteWriter::siteLanguage(data, u"de"_s), u"de"_s);
}

TEST_F(SiteWriterTest, ChromiumRunsTheFiltersAndRendersIt)
{
    if (chromium().isEmpty())
        FAIL() << "chromium is missing; scripts/install-deps.sh installs it";
    const QList<const Session *> sessions = ScheduleSelection::sessions(data);
    ASSERT_TRUE(SiteWriter::write(data, folder, {u"zh-CN"_s}));
    QTemporaryDir profile;
    const QString index = QDir(folder).filePath(u"index.html"_s);

    // Each chromium run costs seconds, so one run checks the filter from the URL and takes the screenshot.
    // A track filter in the URL: every session is in the page, only that track's stay visible.
    const Track &track = data.tracks.first();
    const int inTrack = int(ScheduleSelection::sessions(data, ScheduleFilter{{}, track.meta.id, {}}).size());
    ASSERT_GT(inTrack, 0);
    ASSERT_LT(inTrack, sessions.size());
    QUrl url = QUrl::fromLocalFile(index);
    url.setFragment(u"track="_s + track.meta.id.toString(QUuid::WithoutBraces));
    const QString shot = ws.filePath(u"site.png"_s);
    const QString filtered = runChromium(profile.path(), {u"--dump-dom"_s, u"--screenshot="_s + shot,
                                                          u"--window-size=1200,1600"_s, url.toString()});
    EXPECT_EQ(countMatches(filtered, u"<article class=\"session\"[^>]*>"_s), sessions.size());
    EXPECT_TRUE(filtered.contains(u"data-visible=\""_s + QString::number(inTrack) + u'"'))
        << filtered.left(400).toStdString();
    EXPECT_EQ(countMatches(filtered, u"<article class=\"session\"[^>]* hidden=\"\""_s),
              sessions.size() - inTrack);
    // The select shows the filter the URL asked for.
    EXPECT_TRUE(
        filtered.contains(u"<span id=\"visible-count\">"_s + QString::number(inTrack) + u"</span>"_s));

    // The search, from a query string: some sessions match, not all.
    QUrl search = QUrl::fromLocalFile(index);
    search.setQuery(u"q="_s + QString::fromUtf8(QUrl::toPercentEncoding(sessions.first()->title)));
    const QString searched =
        runChromium(profile.path(), {u"--dump-dom"_s, search.toString(QUrl::FullyEncoded)});
    EXPECT_TRUE(searched.contains(u"data-visible=\""_s));
    EXPECT_FALSE(searched.contains(u"data-visible=\"0\""_s));
    EXPECT_FALSE(searched.contains(u"data-visible=\""_s + QString::number(sessions.size()) + u'"'));

    // The screenshot of the filtered page (Chinese text included) exists and is not empty.
    EXPECT_GT(QFileInfo(shot).size(), 10000);
}
