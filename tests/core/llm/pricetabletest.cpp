#include "llm/pricetable.h"
#include "llm/usageledger.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EventDesk;
using namespace Qt::StringLiterals;

TEST(PriceTableTest, ExactAndPrefixMatches)
{
    const PriceTable t = PriceTable::builtIn();
    TokenUsage u{1000000, 1000000, 0, true};
    EXPECT_DOUBLE_EQ(*t.cost(u"gpt-4o-mini"_s, u), 0.75);
    EXPECT_DOUBLE_EQ(*t.cost(u"gpt-4o-mini-2024-07-18"_s, u), 0.75); // not gpt-4o's price
    EXPECT_DOUBLE_EQ(*t.cost(u"gpt-4o"_s, u), 12.5);
    EXPECT_FALSE(t.cost(u"llama3"_s, u));
}

TEST(UsageLedgerTest, TotalsPerScope)
{
    QTemporaryDir dir;
    {
        UsageLedger ledger(dir.filePath(u"u.sqlite"_s));
        ledger.record(u"event-a"_s, {10, 5, 0, true}, 0.5);
        ledger.record(u"event-a"_s, {1, 2, 0, true}, 0.25);
        ledger.record(u"event-b"_s, {100, 100, 0, true}, 1);
    }
    UsageLedger ledger(dir.filePath(u"u.sqlite"_s));
    const auto a = ledger.totals(u"event-a"_s);
    EXPECT_EQ(a.requests, 2);
    EXPECT_EQ(a.inputTokens, 11);
    EXPECT_EQ(a.outputTokens, 7);
    EXPECT_DOUBLE_EQ(a.cost, 0.75);
    EXPECT_EQ(ledger.totals(u"none"_s).requests, 0);
}
