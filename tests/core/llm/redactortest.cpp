#include "llm/redactor.h"

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

TEST(RedactorTest, EmailsAndPhonesGetStablePlaceholders)
{
    Redactor r;
    const QString in = u"Mail anna.berg@example.org or call +49 30 1234567; again anna.berg@example.org, "
                       "also bob@example.com. Keynote on 2026-05-04 at 09:30."_s;
    const QString out = r.redact(in);
    EXPECT_FALSE(out.contains(u'@'));
    EXPECT_FALSE(out.contains(u"1234567"_s));
    EXPECT_EQ(out.count(u"[EMAIL_1]"_s), 2);
    EXPECT_TRUE(out.contains(u"[EMAIL_2]"_s));
    EXPECT_TRUE(out.contains(u"[PHONE_1]"_s));
    EXPECT_TRUE(out.contains(u"2026-05-04"_s));
    EXPECT_TRUE(out.contains(u"09:30"_s));
    EXPECT_EQ(r.restore(out), in);
}

TEST(RedactorTest, NamesWhenEnabled)
{
    Redactor r;
    r.setNames({u"王芳"_s, u"Anna Berg"_s, u"Anna"_s});
    const QString out = r.redact(u"Anna Berg and 王芳 meet Anna."_s);
    EXPECT_EQ(out, u"[NAME_1] and [NAME_3] meet [NAME_2]."_s); // longest names first
    EXPECT_EQ(r.restore(u"Ask [NAME_3] first."_s), u"Ask 王芳 first."_s);
}

TEST(RedactorTest, StreamingRestoreAcrossChunks)
{
    Redactor r;
    r.redact(u"a@b.org"_s);
    QString out;
    for (const QString &chunk : {u"Write to [EM"_s, u"AIL"_s, u"_1] now [x"_s, u"y]"_s})
        out += r.restoreStreaming(chunk, false);
    out += r.restoreStreaming(QString(), true);
    EXPECT_EQ(out, u"Write to a@b.org now [xy]"_s);
}
