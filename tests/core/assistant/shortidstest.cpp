#include "assistant/shortids.h"

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

TEST(ShortIdsTest, EightCharactersOrMoreWhereNeededToBeUnique)
{
    const QUuid a(u"1a2b3c4d-0000-4000-8000-000000000001"_s);
    const QUuid b(u"1a2b3c4d-0000-4000-8000-000000000002"_s); // shares 35 characters with a
    const QUuid c(u"1a2b3c4e-1111-4000-8000-000000000003"_s); // differs from both in the 8th
    const QUuid d(u"1a2b3c4d-9999-4000-8000-000000000004"_s); // differs after the dash
    const QHash<QUuid, QString> ids = ShortIds::of({a, b, c, d});
    EXPECT_EQ(ids.value(a), u"1a2b3c4d-0000-4000-8000-000000000001"_s);
    EXPECT_EQ(ids.value(b), u"1a2b3c4d-0000-4000-8000-000000000002"_s);
    EXPECT_EQ(ids.value(c), u"1a2b3c4e"_s);
    EXPECT_EQ(ids.value(d), u"1a2b3c4d-9"_s) << "never ends on a dash";
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        for (auto other = ids.cbegin(); other != ids.cend(); ++other)
            if (it.key() != other.key()) {
                EXPECT_FALSE(ShortIds::full(other.key()).startsWith(it.value()));
            }
    EXPECT_EQ(ShortIds::of({a, c, b, d}), ids) << "independent of the order";
}
