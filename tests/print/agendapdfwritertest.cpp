// AgendaPdfWriter: a real PDF, checked with poppler-utils (pdfinfo, pdftotext, pdffonts) when installed.
#include "agendapdfwriter.h"
#include "storage/eventstore.h"
#include "storage/sampleconference.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

namespace
{

QString run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(tool), args);
    EXPECT_TRUE(p.waitForFinished(30000)) << tool.toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

class AgendaPdfWriterTest : public ::testing::Test
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
    }

    EventDesk::Test::TempWorkspace ws;
    EventStore store;
    ScheduleData data;
};

} // namespace

TEST_F(AgendaPdfWriterTest, WritesAPdfPerDayWithChineseText)
{
    const QString path = ws.filePath(u"agenda.pdf"_s);
    AgendaHtmlWriter::Options options;
    auto pages = AgendaPdfWriter::write(data, options, path);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5) == "%PDF-");
    const int days = AgendaHtmlWriter::pageCount(data, options);
    ASSERT_GT(days, 0);
    // One page per day at least (a long day may run onto a second).
    EXPECT_GE(pages.value(), days);
    EXPECT_LE(pages.value(), 3 * days);

    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        FAIL() << "pdftotext (poppler-utils) is missing; scripts/install-deps.sh installs it";
    const QString info = run(u"pdfinfo"_s, {path});
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    ASSERT_TRUE(match.hasMatch()) << info.toStdString();
    EXPECT_EQ(match.captured(1).toInt(), pages.value());
    const QString text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    EXPECT_TRUE(text.contains(u"开放技术峰会"_s)) << text.left(300).toStdString();
    const QList<const Session *> sessions = ScheduleSelection::sessions(data);
    // pdftotext gives ligatures (U+FB01) and CJK radicals (U+2F00) for some glyphs, so compare in NFKC; it
    // also loses the digits of the bold CJK font's subset and breaks lines anywhere, so leave out digits
    // and white space.
    const auto plain = [](const QString &t) {
        QString out = t.normalized(QString::NormalizationForm_KC);
        out.removeIf([](QChar c) { return c.isSpace() || c.isDigit(); });
        return out;
    };
    const QString all = plain(text);
    int found = 0;
    for (const Session *s : sessions)
        found += all.contains(plain(s->title)) ? 1 : 0;
    EXPECT_GE(found, sessions.size() * 9 / 10) << "of " << sessions.size();
    // The Chinese text is set in a CJK font, embedded.
    EXPECT_TRUE(run(u"pdffonts"_s, {path}).contains(u"CJK"_s));
}

TEST_F(AgendaPdfWriterTest, PerRoomHasAPageForEachRoomAndDay)
{
    AgendaHtmlWriter::Options options;
    options.layout = AgendaHtmlWriter::Layout::PerRoom;
    options.filter.roomId = data.rooms.first().meta.id;
    int pages = 0;
    auto bytes = AgendaPdfWriter::render(data, options, &pages);
    ASSERT_TRUE(bytes);
    EXPECT_GE(pages, AgendaHtmlWriter::pageCount(data, options));
    EXPECT_TRUE(bytes.value().startsWith("%PDF-"));
}

TEST_F(AgendaPdfWriterTest, CancelWritesNothing)
{
    const QString path = ws.filePath(u"agenda.pdf"_s);
    auto result = AgendaPdfWriter::write(data, {}, path, [] { return true; });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_FALSE(QFile::exists(path));
}
