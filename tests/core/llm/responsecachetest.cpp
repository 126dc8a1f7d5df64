#include "llm/responsecache.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

TEST(ResponseCacheTest, KeyIgnoresStreamFlagsButNotContent)
{
    const QUrl url(u"http://x/v1/chat/completions"_s);
    const QJsonObject a{{u"model"_s, u"m"_s}, {u"stream"_s, true}, {u"messages"_s, u"hi"_s}};
    const QJsonObject b{{u"messages"_s, u"hi"_s}, {u"model"_s, u"m"_s}};
    const QJsonObject c{{u"messages"_s, u"ho"_s}, {u"model"_s, u"m"_s}};
    EXPECT_EQ(ResponseCache::keyFor(url, a), ResponseCache::keyFor(url, b));
    EXPECT_NE(ResponseCache::keyFor(url, a), ResponseCache::keyFor(url, c));
    EXPECT_EQ(ResponseCache::keyFor(url, a).size(), 64);
}

TEST(ResponseCacheTest, StoresAndExpires)
{
    QTemporaryDir dir;
    QDateTime now(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC);
    ResponseCache cache(dir.filePath(u"c.sqlite"_s), 3600, 1 << 20);
    ASSERT_TRUE(cache.isOpen());
    cache.setClock([&] { return now; });
    ChatResponse r;
    r.text = u"answer"_s;
    r.toolCalls = {{0, u"c1"_s, u"f"_s, u"{}"_s}};
    r.usage = {10, 5, 0, true};
    cache.put("k1", r);
    auto hit = cache.get("k1");
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->text, u"answer"_s);
    EXPECT_EQ(hit->toolCalls, r.toolCalls);
    EXPECT_TRUE(hit->fromCache);
    EXPECT_EQ(hit->usage.total(), 0);
    EXPECT_FALSE(cache.get("other"));
    now = now.addSecs(3601);
    EXPECT_FALSE(cache.get("k1"));
    EXPECT_EQ(cache.entryCount(), 0);
}

TEST(ResponseCacheTest, SizeCapEvictsLeastRecentlyUsed)
{
    QTemporaryDir dir;
    qint64 t = 1000;
    ResponseCache cache(dir.filePath(u"c.sqlite"_s), 1000000, 3000);
    cache.setClock([&] { return QDateTime::fromSecsSinceEpoch(t, Qt::UTC); });
    ChatResponse r;
    r.text = QString(900, u'x');
    cache.put("a", r);
    ++t;
    cache.put("b", r);
    ++t;
    ASSERT_TRUE(cache.get("a")); // a is now more recent than b
    ++t;
    cache.put("c", r);
    ++t;
    cache.put("d", r);
    EXPECT_LE(cache.totalBytes(), 3000);
    EXPECT_FALSE(cache.get("b"));
    EXPECT_TRUE(cache.get("d"));
}

TEST(ResponseCacheTest, SeparateFileFromWorkspace)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/llm.sqlite"_s);
    {
        ResponseCache cache(path);
        EXPECT_TRUE(cache.isOpen());
        ChatResponse r;
        r.text = u"x"_s;
        cache.put("k", r);
    }
    ResponseCache again(path);
    EXPECT_TRUE(again.get("k"));
}
