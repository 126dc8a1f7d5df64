#include "assistant/recordindex.h"

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

TEST(RecordIndexTest, ResolvesFullIdsAndUniquePrefixesOfTheRightKind)
{
    RecordIndex index;
    const QUuid a(u"1234abcd-0000-4000-8000-000000000001"_s);
    const QUuid b(u"1234abce-0000-4000-8000-000000000002"_s);
    index.add(u"session"_s, a, u"Alpha"_s);
    index.add(u"session"_s, b, u"Beta"_s);
    index.add(u"room"_s, QUuid(u"99990000-0000-4000-8000-000000000003"_s), u"Hall"_s);
    EXPECT_EQ(index.resolve(u"session"_s, u"1234abcd"_s).entry.id, a);
    EXPECT_EQ(index.resolve(u"session"_s, u"[1234ABCE]"_s).entry.label, u"Beta"_s);
    EXPECT_EQ(index.resolve(u"session"_s, a.toString()).entry.id, a);
    EXPECT_EQ(index.resolve(u"session"_s, u"1234"_s).match, RecordIndex::Match::Ambiguous);
    EXPECT_EQ(index.resolve(u"session"_s, u"123"_s).match, RecordIndex::Match::Unknown);
    EXPECT_EQ(index.resolve(u"room"_s, u"1234abcd"_s).match, RecordIndex::Match::Unknown);
    EXPECT_EQ(index.resolve(u"session"_s, u"deadbeef"_s).match, RecordIndex::Match::Unknown);
    EXPECT_EQ(RecordIndex::shortId(a), u"1234abcd"_s);
}
